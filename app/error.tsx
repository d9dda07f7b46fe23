"use client";

import { useEffect } from "react";
import Link from "next/link";
import { RotateCcw, TriangleExclamationPoint } from "lucide-react";

import { AppShell } from "@/components/app-shell/app-shell";
import { Button, buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

interface ErrorPageProps {
  /** Whatever was thrown; only server errors are guaranteed to be an Error (with a `digest`). */
  error: unknown;
  /** Re-fetches and re-renders the failed segment. */
  retry: () => void;
}

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  // In production, server error messages are redacted; the digest is what matches the server log.
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <AppShell className="flex items-center justify-center">
      <EmptyState
        role="alert"
        className="w-full max-w-lg border-0"
        icon={<TriangleExclamationPoint />}
        titleAs="h1"
        title="Something went wrong"
        description={
          <>
            This page couldn&apos;t be loaded. Please try again in a moment.
            {digest ? (
              <span className="mt-2 block text-xs">
                Reference: <code className="font-mono">{digest}</code>
              </span>
            ) : null}
          </>
        }
        action={
          <>
            <Button onClick={retry}>
              <RotateCcw aria-hidden="true" />
              Try again
            </Button>
            <Link href="/" className={buttonVariants({ variant: "outline" })}>
              Go to the home page
            </Link>
          </>
        }
      />
    </AppShell>
  );
}
