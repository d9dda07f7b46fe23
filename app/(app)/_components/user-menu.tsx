"use client";
// The header's account menu: a WAI-ARIA menu button (arrow keys, Home/End,
// Escape; Tab or a click elsewhere closes it) with Settings and Sign out.
import { useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import { ChevronDown, LogOut, Settings } from "lucide-react";

import { useToast } from "@/components/ui/toast";
import { cn } from "@/lib/cn";
import { endSession } from "./sign-out";

const itemClass = cn(
  "flex w-full cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-foreground",
  "outline-none hover:bg-muted focus-visible:bg-muted focus-visible:outline-2 focus-visible:outline-ring",
  "aria-disabled:cursor-wait aria-disabled:opacity-60 [&_svg]:size-4 [&_svg]:text-muted-foreground",
);

function initials(name: string | null, email: string): string {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean);
  const letters = words.length ? words.slice(0, 2).map((word) => [...word][0]) : [[...email][0]];
  return letters.join("").toUpperCase();
}

export function UserMenu({ name, email }: { name: string | null; email: string }) {
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const focusOnOpen = useRef<"first" | "last">("first");
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const buttonId = useId();

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const list = items();
    (focusOnOpen.current === "first" ? list[0] : list.at(-1))?.focus();

    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function openWithFocusOn(item: "first" | "last") {
    focusOnOpen.current = item;
    setOpen(true);
  }

  function close({ returnFocus }: { returnFocus: boolean }) {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: React.KeyboardEvent) {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const moveTo = (next: number) => list.at(next % list.length)?.focus();
    switch (event.key) {
      case "ArrowDown":
        moveTo(index + 1);
        break;
      case "ArrowUp":
        moveTo(index - 1);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(-1);
        break;
      case "Escape":
        close({ returnFocus: true });
        break;
      case "Tab":
        // Focus moves on to the next control as usual; the menu just closes.
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  async function signOut() {
    if (signingOut) return;
    setSigningOut(true);
    if (await endSession()) {
      // A full load on purpose: nothing of the signed-in UI (router cache, state) may outlive the session.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/login");
      return;
    }
    setSigningOut(false);
    toast({
      variant: "error",
      title: "You are still signed in",
      description: "Ledgerly couldn't be reached. Try again in a moment.",
    });
  }

  return (
    <div
      ref={containerRef}
      className="relative"
      onBlur={(event) => {
        if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? close({ returnFocus: false }) : openWithFocusOn("first"))}
        onKeyDown={(event) => {
          if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
          event.preventDefault();
          openWithFocusOn(event.key === "ArrowDown" ? "first" : "last");
        }}
        className={cn(
          "flex h-10 cursor-pointer items-center gap-2 rounded-md px-1.5 text-sm font-medium transition-colors sm:px-2",
          "hover:bg-muted",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        )}
      >
        <span
          aria-hidden="true"
          className="flex size-7 shrink-0 items-center justify-center rounded-full bg-primary/15 text-xs font-semibold text-primary"
        >
          {initials(name, email)}
        </span>
        {/* Phones show only the initials; the name still names the button. */}
        <span className="hidden max-w-44 truncate sm:block">{name ?? email}</span>
        <span className="sr-only sm:hidden">{name ?? email}</span>
        <ChevronDown aria-hidden="true" className="hidden size-4 shrink-0 text-muted-foreground sm:block" />
      </button>

      <div
        hidden={!open}
        className="absolute top-full right-0 z-50 mt-2 w-64 rounded-lg border bg-card p-1 text-card-foreground shadow-lg"
      >
        {/* Who is signed in: outside role="menu", which may only hold items. */}
        <div className="border-b px-3 py-2.5">
          {name ? <p className="truncate text-sm font-medium">{name}</p> : null}
          <p className="truncate text-sm text-muted-foreground">{email}</p>
        </div>
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKeyDown}
          className="grid gap-0.5 pt-1"
        >
          <li role="none">
            <Link href="/settings" role="menuitem" tabIndex={-1} className={itemClass} onClick={() => setOpen(false)}>
              <Settings aria-hidden="true" />
              Settings
            </Link>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={signingOut || undefined}
              className={itemClass}
              onClick={signOut}
            >
              <LogOut aria-hidden="true" />
              {signingOut ? "Signing out…" : "Sign out"}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
