"use client";

import { cloneElement, createContext, isValidElement, useCallback, useContext, useEffect, useId, useState } from "react";
import { X } from "lucide-react";

import { cn } from "@/lib/cn";

// Radix supplies the accessibility: focus trap, focus return, Escape, aria-modal, scroll lock.
// It loads on demand (dialog-primitive.tsx), so pages whose dialogs stay shut
// don't ship it: until a dialog first opens, Dialog and DialogTrigger are ours
// (state, ARIA, the click), and DialogContent renders nothing.
type Primitive = typeof import("./dialog-primitive");
type ContentProps = React.ComponentProps<Primitive["Content"]>;

let primitive: Primitive | null = null;
let loading: Promise<Primitive> | null = null;

/** Starts loading the dialog code (the trigger calls this on hover and focus, so a click opens at once). */
export function preloadDialog(): Promise<Primitive> {
  loading ??= import("./dialog-primitive").then((module) => (primitive = module));
  loading.catch(() => (loading = null));
  return loading;
}

function usePrimitive(needed: boolean): Primitive | null {
  const [module, setModule] = useState<Primitive | null>(primitive);
  useEffect(() => {
    if (!needed || module) return;
    let live = true;
    preloadDialog().then((loaded) => live && setModule(() => loaded), () => {});
    return () => {
      live = false;
    };
  }, [needed, module]);
  return module;
}

type DialogState = {
  open: boolean;
  setOpen: (open: boolean) => void;
  modal: boolean;
  contentId: string;
};

/** The trigger of a dialog carries its content's id here: where focus returns on close. */
const TRIGGER_ATTRIBUTE = "data-dialog-trigger";

const DialogContext = createContext<DialogState | null>(null);
/** The loaded Radix module, inside DialogContent, for the parts that need Radix's own context. */
const PrimitiveContext = createContext<Primitive | null>(null);

function useDialog(part: string): DialogState {
  const state = useContext(DialogContext);
  if (!state) throw new Error(`<${part}> must be inside <Dialog>`);
  return state;
}

export interface DialogProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  modal?: boolean;
  children?: React.ReactNode;
}

export function Dialog({ open: controlled, defaultOpen = false, onOpenChange, modal = true, children }: DialogProps) {
  const [uncontrolled, setUncontrolled] = useState(defaultOpen);
  const open = controlled ?? uncontrolled;
  const contentId = useId();
  const setOpen = useCallback(
    (next: boolean) => {
      if (controlled === undefined) setUncontrolled(next);
      onOpenChange?.(next);
    },
    [controlled, onOpenChange],
  );
  return <DialogContext value={{ open, setOpen, modal, contentId }}>{children}</DialogContext>;
}

type SlotChild = React.ReactElement<Record<string, unknown>>;

/** Props onto the one child (asChild), its own handlers running first. */
function slot(child: React.ReactNode, props: Record<string, unknown>): React.ReactNode {
  if (!isValidElement(child)) return child;
  const element = child as SlotChild;
  const own = element.props;
  const overrides: Record<string, unknown> = { ...props };
  for (const [name, handler] of Object.entries(props)) {
    const theirs = own[name];
    if (typeof handler !== "function" || !name.startsWith("on") || typeof theirs !== "function") continue;
    overrides[name] = (event: React.SyntheticEvent) => {
      (theirs as (event: React.SyntheticEvent) => void)(event);
      if (!event.defaultPrevented) (handler as (event: React.SyntheticEvent) => void)(event);
    };
  }
  return cloneElement(element, overrides);
}

export function DialogTrigger({ asChild, children, ...props }: React.ComponentProps<"button"> & { asChild?: boolean }) {
  const { open, setOpen, contentId } = useDialog("DialogTrigger");
  const preload = () => void preloadDialog().catch(() => {});
  const triggerProps = {
    "aria-haspopup": "dialog" as const,
    "aria-expanded": open,
    "aria-controls": open ? contentId : undefined,
    "data-state": open ? ("open" as const) : ("closed" as const),
    [TRIGGER_ATTRIBUTE]: contentId,
    onPointerEnter: preload,
    onFocus: preload,
    onPointerDown: preload,
    onClick: () => setOpen(!open),
  };
  if (asChild) return slot(children, triggerProps);
  return (
    <button type="button" {...props} {...triggerProps}>
      {children}
    </button>
  );
}

export function DialogClose({ asChild, children, ...props }: React.ComponentProps<"button"> & { asChild?: boolean }) {
  const Loaded = useContext(PrimitiveContext);
  const { setOpen } = useDialog("DialogClose");
  if (Loaded) {
    return (
      <Loaded.Close asChild={asChild} {...props}>
        {children}
      </Loaded.Close>
    );
  }
  const close = { onClick: () => setOpen(false) };
  return asChild ? slot(children, close) : <button type="button" {...props} {...close}>{children}</button>;
}

export interface DialogContentProps extends ContentProps {
  /** Hide the corner close button when the footer already offers an explicit way out. */
  showCloseButton?: boolean;
}

export function DialogContent({ className, children, showCloseButton = true, onCloseAutoFocus, ...props }: DialogContentProps) {
  const { open, setOpen, modal, contentId } = useDialog("DialogContent");
  // Once loaded it stays rendered, so closing animates out as Radix does it.
  const Loaded = usePrimitive(open);
  if (!Loaded) return null;
  return (
    <PrimitiveContext value={Loaded}>
      <Loaded.Root open={open} onOpenChange={setOpen} modal={modal}>
        <Loaded.Portal>
          <Loaded.Overlay
            className={cn(
              "fixed inset-0 z-50 bg-black/60",
              "data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in motion-reduce:animate-none",
            )}
          />
          <Loaded.Content
            id={contentId}
            className={cn(
              "fixed top-1/2 left-1/2 z-50 grid w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 gap-4",
              "max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-xl border bg-card p-6 text-card-foreground shadow-lg",
              // Content only takes focus when it has no focusable children; it isn't a control itself.
              "outline-none",
              "data-[state=closed]:animate-dialog-out data-[state=open]:animate-dialog-in motion-reduce:animate-none",
              className,
            )}
            // Focus goes back to our trigger (Radix only knows its own).
            onCloseAutoFocus={(event) => {
              onCloseAutoFocus?.(event);
              if (event.defaultPrevented) return;
              event.preventDefault();
              document.querySelector<HTMLElement>(`[${TRIGGER_ATTRIBUTE}="${CSS.escape(contentId)}"]`)?.focus();
            }}
            {...props}
          >
            {children}
            {showCloseButton ? (
              <Loaded.Close
                className={cn(
                  "absolute top-3 right-3 inline-flex size-9 cursor-pointer items-center justify-center rounded-md",
                  "text-muted-foreground transition-colors hover:bg-muted hover:text-foreground",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                )}
              >
                <X aria-hidden="true" className="size-4" />
                <span className="sr-only">Close</span>
              </Loaded.Close>
            ) : null}
          </Loaded.Content>
        </Loaded.Portal>
      </Loaded.Root>
    </PrimitiveContext>
  );
}

export function DialogHeader({ className, ...props }: React.ComponentProps<"div">) {
  // Right padding keeps long titles clear of the close button.
  return <div className={cn("flex flex-col gap-1.5 pr-8", className)} {...props} />;
}

function useLoaded(part: string): Primitive {
  const Loaded = useContext(PrimitiveContext);
  if (!Loaded) throw new Error(`<${part}> must be inside <DialogContent>`);
  return Loaded;
}

export function DialogTitle({ className, ...props }: React.ComponentProps<"h2">) {
  const Loaded = useLoaded("DialogTitle");
  return <Loaded.Title className={cn("text-lg leading-tight font-semibold", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: React.ComponentProps<"p">) {
  const Loaded = useLoaded("DialogDescription");
  return <Loaded.Description className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: React.ComponentProps<"div">) {
  // Stacked with the primary action on top on phones; right-aligned in a row from `sm`.
  return <div className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
