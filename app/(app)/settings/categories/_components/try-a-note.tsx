"use client";

import { useId } from "react";
import { FlaskConical } from "lucide-react";

import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { NOTE_MAX_LENGTH, type TransactionType } from "@/modules/transaction/client";
import { useTryDetection } from "./use-try-detection";

export interface TryANoteProps {
  text: string;
  onTextChange: (text: string) => void;
  type: TransactionType;
  /** Raised by the page on every category change, so the answer follows the new keywords. */
  revision: number;
  /** Opens the category that would be picked, in the list. */
  onShowCategory: (name: string) => void;
}

/** A note typed here gets the answer the transaction form would: which category, and the keyword that decided. */
export function TryANote({ text, onTextChange, type, revision, onShowCategory }: TryANoteProps) {
  const detection = useTryDetection(text, type, revision);
  const inputId = useId();
  const titleId = useId();
  const answer = detection.state === "done" ? detection : detection.state === "checking" ? detection.previous : null;

  return (
    <section aria-labelledby={titleId} className="grid gap-3">
      <h2 id={titleId} className="flex items-center gap-2 text-base font-semibold">
        <FlaskConical aria-hidden="true" className="size-4 text-muted-foreground" />
        Try a note
      </h2>
      <div className="grid gap-2">
        <label htmlFor={inputId} className="text-sm text-muted-foreground">
          Type a note as you would on {type === "income" ? "an income" : "an expense"}, and see which category it gets.
        </label>
        <Input
          id={inputId}
          type="search"
          value={text}
          maxLength={NOTE_MAX_LENGTH}
          autoComplete="off"
          placeholder={type === "income" ? "e.g. Invoice for Acme" : "e.g. Starbucks latte"}
          onChange={(event) => onTextChange(event.target.value)}
          aria-describedby={`${inputId}-result`}
        />
      </div>
      <div
        id={`${inputId}-result`}
        role="status"
        aria-live="polite"
        aria-label="Detected category"
        data-testid="try-result"
        className="min-h-16 rounded-lg bg-muted/60 p-3 text-sm"
      >
        {detection.state === "idle" ? (
          <p className="text-muted-foreground">The category and the keyword that decides it show here.</p>
        ) : detection.state === "failed" ? (
          <p className="text-danger">Couldn&apos;t check this note right now. Try again in a moment.</p>
        ) : answer ? (
          <div className="grid gap-1">
            <p className="flex flex-wrap items-center gap-x-2">
              <span>Category:</span>
              <button
                type="button"
                onClick={() => onShowCategory(answer.category)}
                className="cursor-pointer rounded-sm font-semibold text-foreground underline decoration-dotted underline-offset-4 hover:decoration-solid focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                title={`Show ${answer.category} in the list`}
              >
                {answer.category}
              </button>
              {detection.state === "checking" ? <Spinner className="size-3.5 text-muted-foreground" /> : null}
            </p>
            <p className="text-muted-foreground">
              {answer.matched !== null ? (
                <>
                  Decided by the keyword <strong className="font-semibold text-foreground">“{answer.matched}”</strong>.
                </>
              ) : (
                <>No keyword matches, so it goes to the fallback.</>
              )}
            </p>
          </div>
        ) : (
          <p className="flex items-center gap-2 text-muted-foreground">
            <Spinner className="size-3.5" /> Checking…
          </p>
        )}
      </div>
    </section>
  );
}
