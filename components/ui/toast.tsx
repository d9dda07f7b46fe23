"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";

import { ToastItem } from "./toast-item";

export type ToastVariant = "default" | "success" | "error";

export interface ToastOptions {
  title: string;
  description?: string;
  /** Adds an icon and accent; the title should still say what happened. */
  variant?: ToastVariant;
  /** One follow-up, typically "Undo". Clicking it also dismisses the toast. */
  action?: { label: string; onClick: () => void };
  /** Defaults to 5000. `Infinity` keeps the toast until it is dismissed. */
  durationMs?: number;
}

export interface ToastRecord extends ToastOptions {
  id: string;
  durationMs: number;
}

export interface ToastApi {
  /** Shows a toast and returns its id. */
  toast: (options: ToastOptions) => string;
  dismiss: (id: string) => void;
}

const DEFAULT_DURATION_MS = 5000;
/** Older toasts are dropped beyond this, so a burst of actions can't cover the page. */
const MAX_TOASTS = 4;
const FOCUS_HOTKEY = "F8";

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error("useToast() must be used inside <ToastProvider>.");
  return api;
}

export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<ToastRecord[]>([]);
  const nextId = useRef(0);

  const dismiss = useCallback((id: string) => {
    setToasts((current) => current.filter((t) => t.id !== id));
  }, []);

  const toast = useCallback((options: ToastOptions) => {
    nextId.current += 1;
    const id = `toast-${nextId.current}`;
    const record: ToastRecord = { ...options, id, durationMs: options.durationMs ?? DEFAULT_DURATION_MS };
    setToasts((current) => [...current, record].slice(-MAX_TOASTS));
    return id;
  }, []);

  const api = useMemo<ToastApi>(() => ({ toast, dismiss }), [toast, dismiss]);

  return (
    <ToastContext value={api}>
      {children}
      <ToastViewport toasts={toasts} onDismiss={dismiss} />
    </ToastContext>
  );
}

function ToastViewport({ toasts, onDismiss }: { toasts: ToastRecord[]; onDismiss: (id: string) => void }) {
  const listRef = useRef<HTMLOListElement>(null);
  /** Where focus was before F8, so it can go back once the toasts are gone. */
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const [hovered, setHovered] = useState(false);
  const [focusedWithin, setFocusedWithin] = useState(false);
  const pageHidden = usePageHidden();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== FOCUS_HOTKEY || event.defaultPrevented) return;
      const newest = listRef.current?.lastElementChild;
      if (!(newest instanceof HTMLElement)) return;
      event.preventDefault();
      if (!listRef.current?.contains(document.activeElement) && document.activeElement instanceof HTMLElement) {
        returnFocusTo.current = document.activeElement;
      }
      newest.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  // A dismissed toast may hold focus; move it to a sibling or back to where it came from instead of <body>.
  const dismissKeepingFocus = useCallback(
    (id: string) => {
      const list = listRef.current;
      const item = list?.querySelector<HTMLElement>(`[data-toast-id="${id}"]`);
      if (item?.contains(document.activeElement)) {
        const sibling = item.previousElementSibling ?? item.nextElementSibling;
        const target = sibling instanceof HTMLElement ? sibling : returnFocusTo.current;
        if (target?.isConnected) target.focus();
        else item.blur();
      }
      onDismiss(id);
    },
    [onDismiss],
  );

  return (
    <section
      aria-label={`Notifications (${FOCUS_HOTKEY})`}
      className="pointer-events-none fixed inset-x-0 bottom-0 z-100 p-4 pb-[max(1rem,env(safe-area-inset-bottom))] sm:left-auto sm:w-full sm:max-w-sm"
    >
      {/* The live region is always rendered: screen readers ignore regions that appear together with their content. */}
      <ol
        ref={listRef}
        aria-live="polite"
        className="flex flex-col gap-2"
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
        onFocus={() => setFocusedWithin(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setFocusedWithin(false);
        }}
      >
        {toasts.map((t) => (
          <ToastItem
            key={t.id}
            toast={t}
            paused={hovered || focusedWithin || pageHidden}
            onDismiss={dismissKeepingFocus}
          />
        ))}
      </ol>
    </section>
  );
}

/** Timers shouldn't run out while the user is in another tab and can't see the toast. */
function usePageHidden(): boolean {
  return useSyncExternalStore(
    subscribeToVisibility,
    () => document.visibilityState === "hidden",
    () => false,
  );
}

function subscribeToVisibility(onChange: () => void): () => void {
  document.addEventListener("visibilitychange", onChange);
  return () => document.removeEventListener("visibilitychange", onChange);
}
