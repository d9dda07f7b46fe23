"use client";

import { useCallback, useEffect, useRef } from "react";
import { CircleCheck, CircleExclamationPoint, Info, X } from "lucide-react";

import { cn } from "@/lib/cn";
import { Button } from "./button";
import type { ToastRecord, ToastVariant } from "./toast";

const variantIcon: Record<ToastVariant, React.ReactNode> = {
  default: <Info aria-hidden="true" className="size-5 text-primary" />,
  success: <CircleCheck aria-hidden="true" className="size-5 text-success" />,
  error: <CircleExclamationPoint aria-hidden="true" className="size-5 text-danger" />,
};

/** A paused toast gets at least this long once the pointer/focus leaves, so it never vanishes on mouse-out. */
const MIN_REMAINING_MS = 1500;

interface ToastItemProps {
  toast: ToastRecord;
  paused: boolean;
  onDismiss: (id: string) => void;
}

export function ToastItem({ toast, paused, onDismiss }: ToastItemProps) {
  const { id, title, description, action, variant = "default" } = toast;
  const close = useCallback(() => onDismiss(id), [id, onDismiss]);
  useAutoDismiss(toast.durationMs, paused, close);

  return (
    <li
      data-toast-id={id}
      // Focusable (not tabbable) so F8 and the viewport's focus management can land here.
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          close();
        }
      }}
      className={cn(
        "pointer-events-auto flex w-full items-start gap-3 rounded-lg border bg-card p-4 text-card-foreground shadow-lg",
        "animate-toast-in motion-reduce:animate-none",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        variant === "error" && "border-danger/50",
        variant === "success" && "border-success/50",
      )}
    >
      <span className="mt-0.5 shrink-0">{variantIcon[variant]}</span>
      <div className="grid min-w-0 flex-1 gap-1">
        <p className="text-sm font-semibold">{title}</p>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
        {action ? (
          <div className="mt-2">
            <Button
              variant="outline"
              size="sm"
              onClick={() => {
                action.onClick();
                close();
              }}
            >
              {action.label}
            </Button>
          </div>
        ) : null}
      </div>
      <button
        type="button"
        onClick={close}
        aria-label="Dismiss notification"
        className={cn(
          "-mt-1 -mr-1 inline-flex size-8 shrink-0 cursor-pointer items-center justify-center rounded-md",
          "text-muted-foreground transition-colors hover:bg-muted hover:text-foreground",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        )}
      >
        <X aria-hidden="true" className="size-4" />
      </button>
    </li>
  );
}

/** Counts down only while not paused, and resumes with the time that was left. */
function useAutoDismiss(durationMs: number, paused: boolean, onTimeout: () => void) {
  const remaining = useRef(durationMs);

  useEffect(() => {
    // Infinity means "until dismissed"; setTimeout would treat it as 0.
    if (paused || !Number.isFinite(remaining.current)) return;

    const startedAt = Date.now();
    const timer = window.setTimeout(onTimeout, Math.max(remaining.current, 0));
    return () => {
      window.clearTimeout(timer);
      remaining.current = Math.max(remaining.current - (Date.now() - startedAt), MIN_REMAINING_MS);
    };
  }, [paused, onTimeout]);
}
