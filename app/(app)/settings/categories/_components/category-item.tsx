"use client";

import { useId, useRef, useState } from "react";
import { ChevronRight, Lock, Pencil } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { CATEGORY_NAME_MAX_LENGTH } from "@/modules/transaction/client";
import { transactionsInWords, withLearnedFlags, type ManagedCategory } from "./category-model";
import { fieldProblem } from "@/lib/api-problem";
import { problemSentence, renameCategoryRequest, setKeywordsRequest } from "./category-requests";
import { DeleteCategoryDialog } from "./delete-category-dialog";
import { KeywordChips } from "./keyword-chips";

export interface CategoryItemProps {
  category: ManagedCategory;
  others: readonly ManagedCategory[];
  fallback: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onChanged: (category: ManagedCategory) => void;
  onDeleted: (moveTo: string) => void;
}

export const categoryElementId = (id: string) => `category-${id}`;

/** One category: its name (renamed in place), badges, and on opening, its keywords as chips. */
export function CategoryItem({ category, others, fallback, open, onOpenChange, onChanged, onDeleted }: CategoryItemProps) {
  const [renaming, setRenaming] = useState(false);
  const [savingKeywords, setSavingKeywords] = useState(false);
  const [keywordError, setKeywordError] = useState<string | undefined>();
  const [status, setStatus] = useState<{ text: string; undo?: () => void } | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const panelId = useId();
  const learned = category.keywords.filter((k) => k.learned).length;

  async function saveKeywords(next: string[]): Promise<boolean> {
    setSavingKeywords(true);
    setKeywordError(undefined);
    const outcome = await setKeywordsRequest(category.id, next);
    setSavingKeywords(false);
    if (!outcome.ok) {
      const { problem } = outcome;
      // keyword_taken's detail names the category that has it: say exactly that.
      setKeywordError(problem.code === "keyword_taken" ? problem.detail : (fieldProblem(problem, "keywords") ?? problemSentence(problem)));
      return false;
    }
    onChanged({ ...category, name: outcome.data.name, keywords: withLearnedFlags(outcome.data.keywords, category.keywords) });
    return true;
  }

  async function addKeyword(keyword: string): Promise<boolean> {
    const ok = await saveKeywords([...category.keywords.map((k) => k.keyword), keyword]);
    if (ok) setStatus({ text: `Added “${keyword}”.` });
    return ok;
  }

  async function removeKeyword(keyword: string) {
    const removed = category.keywords.find((k) => k.keyword === keyword);
    if (!removed) return;
    const before = category.keywords.map((k) => k.keyword);
    const ok = await saveKeywords(before.filter((k) => k !== keyword));
    if (ok) setStatus({ text: `Removed “${removed.keyword}”.`, undo: () => void saveKeywords(before).then((back) => back && setStatus({ text: `“${removed.keyword}” is back.` })) });
  }

  return (
    <li id={categoryElementId(category.id)} className="scroll-mt-24 rounded-xl border bg-card shadow-sm">
      <div role="group" aria-labelledby={titleId}>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 p-3 sm:px-4">
          {renaming ? (
            <RenameForm
              category={category}
              onDone={(renamed) => {
                setRenaming(false);
                if (renamed) onChanged({ ...category, name: renamed });
                requestAnimationFrame(() => renameButton.current?.focus());
              }}
            />
          ) : (
            <button
              type="button"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => onOpenChange(!open)}
              className={cn(
                // A line of its own on phones; badges and actions go below it.
                "-m-1 flex min-w-0 flex-1 basis-full cursor-pointer items-center gap-2 rounded-md p-1 text-left sm:basis-0",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
              )}
            >
              <ChevronRight aria-hidden="true" className={cn("size-4 shrink-0 text-muted-foreground transition-transform", open && "rotate-90")} />
              <span className="grid min-w-0 gap-0.5">
                <span id={titleId} className="font-medium wrap-anywhere">
                  {category.name}
                </span>
                <span className="text-xs text-muted-foreground">
                  {category.keywords.length === 1 ? "1 keyword" : `${category.keywords.length} keywords`}
                  {learned > 0 ? `, ${learned} learned` : ""} · {transactionsInWords(category.transactionCount)}
                </span>
              </span>
            </button>
          )}

          <div className="flex flex-wrap items-center gap-1.5 pl-6 sm:pl-0">
            {category.protected ? (
              <Badge title="Transactions go here when no keyword matches; it can't be renamed or deleted.">
                <Lock aria-hidden="true" />
                Fallback
              </Badge>
            ) : null}
            {category.builtin ? (
              <Badge variant="expense">Default</Badge>
            ) : (
              <Badge className="border-primary/30 bg-primary/10 text-primary">Yours</Badge>
            )}
          </div>

          {category.protected || renaming ? null : (
            <div className="ml-auto flex items-center gap-1">
              <Button ref={renameButton} variant="ghost" size="sm" onClick={() => setRenaming(true)}>
                <Pencil aria-hidden="true" />
                Rename<span className="sr-only"> {category.name}</span>
              </Button>
              <DeleteCategoryDialog category={category} others={others} fallback={fallback} onDeleted={onDeleted} />
            </div>
          )}
        </div>

        {open ? (
          <div id={panelId} className="grid gap-3 border-t p-3 sm:px-4">
            {category.protected ? (
              <p className="text-sm text-muted-foreground">
                Notes that match no keyword land here. {category.name} can&apos;t be renamed or deleted, but it can have keywords of its own.
              </p>
            ) : null}
            <KeywordChips
              keywords={category.keywords}
              onAdd={addKeyword}
              onRemove={(keyword) => void removeKeyword(keyword)}
              error={keywordError}
              onClearError={() => setKeywordError(undefined)}
              busy={savingKeywords}
              listLabel={`Keywords of ${category.name}`}
              inputLabel={`Add a keyword to ${category.name}`}
              hint={
                learned > 0 ? (
                  <>Keywords marked “learned” came from transactions whose category you corrected. Changes are saved at once.</>
                ) : (
                  <>A note containing one of these words gets {category.name}. Changes are saved at once.</>
                )
              }
            />
            <p aria-live="polite" className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              {status ? (
                <>
                  <span>{status.text}</span>
                  {status.undo ? (
                    <Button variant="outline" size="sm" onClick={status.undo} disabled={savingKeywords}>
                      Undo
                    </Button>
                  ) : null}
                </>
              ) : null}
            </p>
          </div>
        ) : null}
      </div>
    </li>
  );
}

function RenameForm({ category, onDone }: { category: ManagedCategory; onDone: (renamed: string | null) => void }) {
  const [name, setName] = useState(category.name);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const next = name.trim();
    if (!next) {
      setError("Give the category a name.");
      return;
    }
    if (next === category.name) {
      onDone(null);
      return;
    }
    setSaving(true);
    const outcome = await renameCategoryRequest(category.id, next);
    setSaving(false);
    if (!outcome.ok) {
      const { problem } = outcome;
      setError(problem.code === "category_exists" ? problem.detail : (fieldProblem(problem, "name") ?? problemSentence(problem)));
      return;
    }
    onDone(outcome.data.name);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`Rename ${category.name}`}
      className="grid min-w-0 flex-1 basis-full gap-2 sm:basis-64"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onDone(null);
        }
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        New name for {category.name}
      </label>
      <div className="flex flex-wrap gap-2">
        <Input
          id={inputId}
          autoFocus
          value={name}
          maxLength={CATEGORY_NAME_MAX_LENGTH}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          className="min-w-40 flex-1"
        />
        <Button type="submit" size="md" loading={saving}>
          Save
        </Button>
        <Button variant="outline" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
      {error ? (
        <p id={`${inputId}-error`} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
