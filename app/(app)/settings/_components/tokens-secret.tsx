"use client";

import { useEffect, useRef, useState } from "react";
import { Check, Copy, TriangleExclamationPoint } from "lucide-react";

import { Button } from "@/components/ui/button";

export interface TokensSecretProps {
  name: string;
  secret: string;
  appUrl: string;
  /** The user has put the secret away: back to the form. */
  onDone: () => void;
}

/** The new token's secret, shown this once (only its hash is stored), with a way to copy it and an example of its use. */
export function TokensSecret({ name, secret, appUrl, onDone }: TokensSecretProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const command = `curl -H "Authorization: Bearer ${secret}" ${appUrl}/api/transactions`;

  // Focus moves here, so a screen reader reads the warning and the keyboard is next to the Copy button.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      aria-labelledby="token-secret-title"
      className="grid gap-4 rounded-lg border border-warning/40 bg-warning/5 p-4"
    >
      <div className="grid gap-1">
        <h3 id="token-secret-title" ref={heading} tabIndex={-1} className="font-semibold outline-none">
          Token &ldquo;{name}&rdquo; created
        </h3>
        <p className="flex items-start gap-2 text-sm">
          <TriangleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-warning" />
          <span>
            <strong>Copy it now: you won&apos;t see it again.</strong> Ledgerly keeps only a fingerprint of it. If you lose it,
            revoke it and create a new one.
          </span>
        </p>
      </div>

      <CopyableText label="Your new token" value={secret} copyLabel="Copy token" />
      <CopyableText label="Try it" value={command} copyLabel="Copy command" hint="Lists your transactions. Any API endpoint takes the same header." />

      <div>
        <Button variant="outline" onClick={onDone}>
          I&apos;ve saved it
        </Button>
      </div>
    </section>
  );
}

function CopyableText({ label, value, copyLabel, hint }: { label: string; value: string; copyLabel: string; hint?: string }) {
  const text = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const id = `${copyLabel.replace(/\W+/g, "-").toLowerCase()}-value`;

  useEffect(() => {
    if (copied !== "yes") return;
    const timer = setTimeout(() => setCopied(null), 2500);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // No clipboard access (an insecure origin, a denied permission): select it for Ctrl+C instead.
      const selection = window.getSelection();
      if (selection && text.current) selection.selectAllChildren(text.current);
      setCopied("failed");
    }
  }

  return (
    <div className="grid gap-2">
      <p id={`${id}-label`} className="text-sm leading-none font-medium">
        {label}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <code
          ref={text}
          id={id}
          className="min-w-0 flex-1 rounded-md border bg-card px-3 py-2 font-mono text-sm break-all select-all"
        >
          {value}
        </code>
        <Button variant="secondary" onClick={() => void copy()} aria-describedby={`${id}-label`} className="sm:w-36">
          {copied === "yes" ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {copied === "yes" ? "Copied" : copyLabel}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {copied === "yes" ? `${label}: copied to the clipboard.` : ""}
      </p>
      {copied === "failed" ? (
        <p role="alert" className="text-sm font-medium text-warning">
          The clipboard couldn&apos;t be reached. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.
        </p>
      ) : null}
      {hint ? <p className="-mt-1 text-sm text-muted-foreground">{hint}</p> : null}
    </div>
  );
}
