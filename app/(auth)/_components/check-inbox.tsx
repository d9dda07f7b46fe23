"use client";

import { useEffect, useRef } from "react";
import { MailCheck } from "lucide-react";

import { DevMailHint } from "./dev-mail-hint";

export interface CheckInboxProps {
  title: string;
  children: React.ReactNode;
  /** What to offer when no mail arrives (resend, try another address). */
  actions?: React.ReactNode;
  showOutboxHint: boolean;
}

/** Replaces a form once its mail is sent; focus moves to the heading so screen readers read the new state. */
export function CheckInbox({ title, children, actions, showOutboxHint }: CheckInboxProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="check-inbox-title" className="grid gap-4">
      <div className="flex items-start gap-3">
        <MailCheck
          aria-hidden="true"
          className="box-content size-5 shrink-0 rounded-full bg-primary/10 p-2.5 text-primary"
        />
        <div className="grid gap-1">
          <h2 id="check-inbox-title" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
            {title}
          </h2>
          <div className="text-sm text-pretty text-muted-foreground">{children}</div>
        </div>
      </div>
      {actions}
      {showOutboxHint ? <DevMailHint /> : null}
    </section>
  );
}
