"use client";

import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";

import { Card } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { cn } from "@/lib/cn";
import type { CategoryView, TransactionType } from "@/modules/transaction/client";
import { TypeIcon } from "@/app/(app)/transactions/_components/type-icon";
import { AddCategoryForm } from "./add-category-form";
import { CategoryItem, categoryElementId } from "./category-item";
import { transactionsInWords, type ManagedCategory } from "./category-model";
import { TryANote } from "./try-a-note";

export interface CategoriesManagerProps {
  categories: readonly ManagedCategory[];
  initialTry: string;
  initialType: TransactionType;
}

const TYPES: readonly { type: TransactionType; label: string }[] = [
  { type: "expense", label: "Expense" },
  { type: "income", label: "Income" },
];

/**
 * The categories of both types in two tabs. Changes show at once from the
 * API's answers; the server page is then read again for what only it knows
 * (transaction counts, which keywords were learned).
 */
export function CategoriesManager(props: CategoriesManagerProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [, startRefresh] = useTransition();
  const [source, setSource] = useState(props.categories);
  const [categories, setCategories] = useState(props.categories);
  const [type, setType] = useState<TransactionType>(props.initialType);
  const [tryText, setTryText] = useState(props.initialTry);
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(new Set());
  const [revision, setRevision] = useState(0);
  const tabRefs = useRef<Record<TransactionType, HTMLButtonElement | null>>({ expense: null, income: null });
  const baseId = useId();

  // A fresh server render (router.refresh) replaces what the page showed.
  if (source !== props.categories) {
    setSource(props.categories);
    setCategories(props.categories);
  }

  const ofType = categories.filter((c) => c.type === type);
  const fallback = ofType.find((c) => c.protected)?.name ?? (type === "income" ? "Other Income" : "Other");

  function changed(update: (current: readonly ManagedCategory[]) => readonly ManagedCategory[]) {
    setCategories(update);
    setRevision((r) => r + 1);
    startRefresh(() => router.refresh());
  }

  function setOpen(id: string, open: boolean) {
    setOpenIds((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function reveal(id: string) {
    setOpen(id, true);
    requestAnimationFrame(() => document.getElementById(categoryElementId(id))?.scrollIntoView({ block: "nearest", behavior: "smooth" }));
  }

  function added(view: CategoryView) {
    const category: ManagedCategory = {
      ...view,
      protected: false,
      keywords: view.keywords.map((keyword) => ({ keyword, learned: false })),
      transactionCount: 0,
    };
    changed((current) => [...current, category]);
    toast({ variant: "success", title: `${category.name} added` });
    reveal(category.id);
  }

  function deleted(category: ManagedCategory, moveTo: string) {
    changed((current) =>
      current
        .filter((c) => c.id !== category.id)
        .map((c) => (c.type === category.type && c.name === moveTo ? { ...c, transactionCount: c.transactionCount + category.transactionCount } : c)),
    );
    toast({
      variant: "success",
      title: `${category.name} deleted`,
      description: category.transactionCount > 0 ? `Its ${transactionsInWords(category.transactionCount)} moved to ${moveTo}.` : undefined,
    });
  }

  function onTabKeyDown(event: React.KeyboardEvent) {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
    event.preventDefault();
    const index = TYPES.findIndex((t) => t.type === type);
    const next =
      event.key === "Home" ? 0 : event.key === "End" ? TYPES.length - 1 : (index + (event.key === "ArrowRight" ? 1 : TYPES.length - 1)) % TYPES.length;
    const nextType = TYPES[next]!.type;
    setType(nextType);
    tabRefs.current[nextType]?.focus();
  }

  return (
    <div className="grid gap-6">
      <div role="tablist" aria-label="Category type" className="inline-grid h-10 w-full grid-cols-2 rounded-md border border-input bg-muted p-0.5 sm:w-80" onKeyDown={onTabKeyDown}>
        {TYPES.map((tab) => {
          const selected = tab.type === type;
          return (
            <button
              key={tab.type}
              ref={(element) => {
                tabRefs.current[tab.type] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.type}`}
              aria-selected={selected}
              aria-controls={`${baseId}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => setType(tab.type)}
              className={cn(
                "flex cursor-pointer items-center justify-center gap-1.5 rounded-[calc(var(--radius-md)-2px)] px-3 text-sm font-medium text-muted-foreground",
                "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
                selected && "bg-card text-foreground shadow-sm",
              )}
            >
              <TypeIcon type={tab.type} className="size-4" />
              {tab.label}
              <span className="text-xs font-normal text-muted-foreground tabular-nums">{categories.filter((c) => c.type === tab.type).length}</span>
            </button>
          );
        })}
      </div>

      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${type}`}
        className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start"
      >
        <div className="grid gap-6 lg:sticky lg:top-20 lg:order-2">
          <Card className="gap-3">
            <TryANote
              text={tryText}
              onTextChange={setTryText}
              type={type}
              revision={revision}
              onShowCategory={(name) => {
                const found = ofType.find((c) => c.name === name);
                if (found) reveal(found.id);
              }}
            />
          </Card>
          <Card>
            <AddCategoryForm key={type} type={type} onAdded={added} />
          </Card>
        </div>

        <section aria-labelledby={`${baseId}-list-title`} className="grid gap-3 lg:order-1">
          <h2 id={`${baseId}-list-title`} className="sr-only">
            {type === "income" ? "Income" : "Expense"} categories
          </h2>
          <ul className="grid gap-2">
            {ofType.map((category) => (
              <CategoryItem
                key={category.id}
                category={category}
                others={ofType.filter((c) => c.id !== category.id)}
                fallback={fallback}
                open={openIds.has(category.id)}
                onOpenChange={(open) => setOpen(category.id, open)}
                onChanged={(next) => changed((current) => current.map((c) => (c.id === next.id ? next : c)))}
                onDeleted={(moveTo) => deleted(category, moveTo)}
              />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
