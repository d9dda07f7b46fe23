"use client";

import { useRef } from "react";
import { LogOut } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

export interface IdleWarningDialogProps {
  /** Seconds until the idle sign-out; null hides the dialog. */
  secondsLeft: number | null;
  onStay: () => void;
  onSignOut: () => void;
}

/** Screen readers hear the title when the dialog opens, then only these milestones, not every second. */
const ANNOUNCED = new Set([30, 10]);

export function IdleWarningDialog({ secondsLeft, onStay, onSignOut }: IdleWarningDialogProps) {
  const stayButton = useRef<HTMLButtonElement>(null);
  const open = secondsLeft !== null;

  return (
    // Escape, a click outside and the buttons all mean someone is there.
    <Dialog open={open} onOpenChange={(stillOpen) => !stillOpen && onStay()}>
      <DialogContent
        role="alertdialog"
        showCloseButton={false}
        className="max-w-md"
        onOpenAutoFocus={(event) => {
          // Focus the safe, expected answer rather than the first button (sign out).
          event.preventDefault();
          stayButton.current?.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>
            You&apos;ll be signed out in <span className="tabular-nums">{secondsLeft ?? 0}</span> s
          </DialogTitle>
          <DialogDescription>
            There has been no activity for almost 30 minutes. To protect your finances, Ledgerly signs you out unless
            you&apos;re still here.
          </DialogDescription>
        </DialogHeader>
        <p aria-live="polite" className="sr-only">
          {secondsLeft !== null && ANNOUNCED.has(secondsLeft) ? `${secondsLeft} seconds left` : ""}
        </p>
        <DialogFooter>
          <Button variant="outline" onClick={onSignOut}>
            <LogOut aria-hidden="true" />
            Sign out now
          </Button>
          <Button ref={stayButton} onClick={onStay}>
            Stay signed in
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
