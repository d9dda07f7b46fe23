"use client";

import { useRef, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Search, X } from "lucide-react";

import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import type { TransactionType } from "@/modules/transaction/client";
import { SEARCH_MAX_LENGTH } from "./transaction-limits";
import { isOfType, namesOfType, type CategoryOption } from "./category-options";
import { filtersQuery, transactionsHref, type ListFilters } from "./filters";

export interface TransactionFiltersProps {
  /** The filters as the URL has them (shown as given, even when invalid, so they can be corrected). */
  values: { type: string; category: string[]; from: string; to: string; q: string };
  /** The user's own categories. */
  categories: readonly CategoryOption[];
}

// The select's value while the URL names more than one category (the API takes
// several; the select picks one): keeps them as they are.
const SEVERAL = "(several)";

const TYPES: { value: ListFilters["type"]; label: string }[] = [
  { value: "all", label: "All" },
  { value: "income", label: "Income" },
  { value: "expense", label: "Expenses" },
];

/**
 * A GET form over the page's own URL: without JavaScript it navigates like any
 * form; with it, the router does, so the page keeps its state. Type and
 * category apply as soon as they change; dates and the search on Enter or "Apply".
 */
export function TransactionFilters({ values, categories: choices }: TransactionFiltersProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startNavigation] = useTransition();
  const active = Boolean(values.type !== "all" && values.type) || values.category.length > 0 || values.from || values.to || values.q;
  const shownType = values.type === "income" || values.type === "expense" ? values.type : undefined;
  const several = values.category.length > 1;

  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const type = text("type") === "income" || text("type") === "expense" ? (text("type") as TransactionType) : "all";
    const picked = text("category");
    const categories = picked === SEVERAL ? values.category : [picked].filter(Boolean);
    const filters: ListFilters = {
      type,
      // Switching to income drops an expense category, rather than asking for nothing.
      category: type === "all" ? categories : categories.filter((name) => isOfType(choices, name, type)),
      from: text("from") || undefined,
      to: text("to") || undefined,
      q: text("q") || undefined,
    };
    startNavigation(() => router.push(transactionsHref(filtersQuery(filters)), { scroll: false }));
  }

  return (
    <form
      ref={formRef}
      method="get"
      action="/transactions"
      role="search"
      aria-label="Filter transactions"
      aria-busy={pending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-12 lg:items-end"
    >
      <fieldset className="min-w-0 lg:col-span-3">
        <legend className="mb-2 text-sm leading-none font-medium">Show</legend>
        <div className="grid h-10 grid-cols-3 rounded-md border border-input bg-muted p-0.5">
          {TYPES.map(({ value, label }) => (
            <label
              key={value}
              className={cn(
                "flex cursor-pointer items-center justify-center rounded-[calc(var(--radius-md)-2px)] px-2 text-sm font-medium text-muted-foreground",
                "has-checked:bg-card has-checked:text-foreground has-checked:shadow-sm",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-ring",
              )}
            >
              <input
                type="radio"
                name="type"
                value={value}
                defaultChecked={(shownType ?? "all") === value}
                className="sr-only"
                onChange={() => formRef.current?.requestSubmit()}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-2 lg:col-span-3">
        <Label htmlFor="filter-category">Category</Label>
        <Select
          id="filter-category"
          name="category"
          defaultValue={several ? SEVERAL : (values.category[0] ?? "")}
          onChange={() => formRef.current?.requestSubmit()}
        >
          <option value="">All categories</option>
          {several ? <option value={SEVERAL}>{values.category.join(", ")}</option> : null}
          {groupsFor(choices, shownType).map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </div>

      <div className="grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-3">
        <div className="grid gap-2">
          <Label htmlFor="filter-from">From</Label>
          <Input id="filter-from" name="from" type="date" defaultValue={values.from} max={values.to || undefined} />
        </div>
        <div className="grid gap-2">
          <Label htmlFor="filter-to">To</Label>
          <Input id="filter-to" name="to" type="date" defaultValue={values.to} min={values.from || undefined} />
        </div>
      </div>

      <div className="grid gap-2 sm:col-span-2 lg:col-span-3">
        <Label htmlFor="filter-q">Search</Label>
        <div className="flex gap-2">
          <Input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={values.q}
            maxLength={SEARCH_MAX_LENGTH}
            placeholder="Notes and comments"
            autoComplete="off"
          />
          <Button type="submit" variant="outline" size="icon" loading={pending} aria-label="Apply filters">
            <Search aria-hidden="true" />
          </Button>
        </div>
      </div>

      {active ? (
        <div className="sm:col-span-2 lg:col-span-12">
          <Link href="/transactions" scroll={false} className={buttonVariants({ variant: "ghost", size: "sm" })}>
            <X aria-hidden="true" />
            Clear filters
          </Link>
        </div>
      ) : null}
    </form>
  );
}

/** The category choices: both types' when showing all, else only the shown type's. */
function groupsFor(choices: readonly CategoryOption[], type: TransactionType | undefined): { label: string; names: string[] }[] {
  const of = (t: TransactionType) => namesOfType(choices, t);
  const groups = [
    { type: "expense" as const, label: "Expense categories", names: of("expense") },
    { type: "income" as const, label: "Income categories", names: of("income") },
  ];
  return groups.filter((group) => !type || group.type === type);
}
