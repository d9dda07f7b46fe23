"use client";

import { useId, useRef, useState } from "react";
import { CircleExclamationPoint, Sparkles, X } from "lucide-react";

import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/cn";
import { KEYWORD_MAX_LENGTH } from "@/modules/transaction/client";
import { sameKeyword, type KeywordChip } from "./category-model";

export interface KeywordChipsProps {
  keywords: readonly KeywordChip[];
  /** Adds one keyword; resolves false when it wasn't taken (the error prop then says why), so the text stays in the box. */
  onAdd: (keyword: string) => boolean | Promise<boolean>;
  onRemove: (keyword: string) => void;
  /** Enter in the empty box: e.g. submit the form around it. */
  onSubmitEmpty?: () => void;
  /** The field's problem, e.g. a 409 keyword_taken naming the category that has the keyword. */
  error?: string;
  onClearError?: () => void;
  busy?: boolean;
  /** What the list is of, for assistive tech: "Keywords of Coffee". */
  listLabel: string;
  inputLabel?: string;
  hint?: React.ReactNode;
  /** Shown instead of the list while it is empty; null for nothing. */
  emptyText?: string | null;
}

/**
 * Keywords as chips: type one and press Enter (or a comma) to add it; × on a
 * chip, or Backspace in the empty box for the last one, removes it. Learned
 * keywords come first, so they aren't lost at the end of a long default list.
 */
export function KeywordChips(props: KeywordChipsProps) {
  const { keywords, onAdd, onRemove, onSubmitEmpty, error, onClearError, busy = false, listLabel, inputLabel = "Add a keyword", hint } = props;
  const emptyText = props.emptyText === undefined ? "No keywords yet: notes get this category only when you pick it." : props.emptyText;
  const [draft, setDraft] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const shown = localError ?? error;
  const ordered = [...keywords.filter((k) => k.learned), ...keywords.filter((k) => !k.learned)];
  const describedBy = [hint ? `${id}-hint` : null, shown ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  async function add() {
    const keyword = draft.trim();
    if (!keyword || busy) return;
    const existing = keywords.find((k) => sameKeyword(k.keyword, keyword));
    if (existing) {
      setLocalError(`“${existing.keyword}” is already in the list.`);
      return;
    }
    if (await onAdd(keyword)) {
      setDraft("");
      // The new chip is the last one: bring it into view in a long, scrolling list.
      requestAnimationFrame(() => listRef.current?.scrollTo({ top: listRef.current.scrollHeight }));
    }
  }

  function remove(index: number) {
    const chip = ordered[index];
    if (busy || !chip) return;
    setLocalError(null);
    onRemove(chip.keyword);
    // Keep the keyboard where it was: on the chip that takes this one's place, or the box.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-remove]");
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? inputRef.current)?.focus();
    });
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || (event.key === "," && draft.trim())) {
      event.preventDefault();
      if (draft.trim()) void add();
      else if (event.key === "Enter") onSubmitEmpty?.();
    } else if (event.key === "Backspace" && draft === "" && ordered.length > 0 && !busy) {
      event.preventDefault();
      setLocalError(null);
      onRemove(ordered[ordered.length - 1]!.keyword);
    }
  }

  return (
    <div className="grid gap-2">
      {keywords.length > 0 ? (
        <ul ref={listRef} aria-label={listLabel} className="flex max-h-64 flex-wrap gap-1.5 overflow-y-auto p-0.5">
          {ordered.map((chip, index) => (
            <li
              key={chip.keyword}
              className={cn(
                "inline-flex max-w-full items-center gap-1 rounded-full border py-0.5 pr-0.5 pl-2.5 text-sm",
                chip.learned ? "border-primary/40 bg-primary/10" : "border-border bg-muted",
              )}
            >
              {chip.learned ? (
                <Sparkles aria-hidden="true" className="size-3.5 shrink-0 text-primary" />
              ) : null}
              <span data-keyword="" className="truncate">
                {chip.keyword}
              </span>
              {chip.learned ? <span className="text-xs font-medium text-primary">learned</span> : null}
              <button
                type="button"
                data-remove=""
                disabled={busy}
                onClick={() => remove(index)}
                onKeyDown={(event) => {
                  if (event.key === "Backspace" || event.key === "Delete") {
                    event.preventDefault();
                    remove(index);
                  }
                }}
                className={cn(
                  "inline-flex size-6 shrink-0 cursor-pointer items-center justify-center rounded-full text-muted-foreground",
                  "hover:bg-card hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
                  "disabled:cursor-not-allowed disabled:opacity-50",
                )}
              >
                <X aria-hidden="true" className="size-3.5" />
                <span className="sr-only">
                  Remove keyword “{chip.keyword}”{chip.learned ? " (learned)" : ""}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : emptyText ? (
        <p className="text-sm text-muted-foreground">{emptyText}</p>
      ) : null}

      <div className="grid gap-2">
        <Label htmlFor={id}>{inputLabel}</Label>
        <Input
          ref={inputRef}
          id={id}
          value={draft}
          maxLength={KEYWORD_MAX_LENGTH}
          autoComplete="off"
          enterKeyHint="enter"
          placeholder="Type a keyword, then Enter"
          aria-invalid={shown ? true : undefined}
          aria-describedby={describedBy}
          aria-busy={busy || undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setLocalError(null);
            onClearError?.();
          }}
          onKeyDown={onKeyDown}
        />
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-muted-foreground">
            {hint}
          </p>
        ) : null}
        {shown ? (
          <p id={`${id}-error`} role="alert" className="flex items-start gap-1.5 text-sm font-medium text-danger">
            <CircleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>{shown}</span>
          </p>
        ) : null}
      </div>
    </div>
  );
}
