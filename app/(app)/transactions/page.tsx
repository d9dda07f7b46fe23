import type { Metadata } from "next";
import Link from "next/link";
import { Download, Receipt, SearchX, TriangleExclamationPoint, Upload } from "lucide-react";

import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { todayIn } from "@/lib/clock";
import { AppError, fieldErrors, type FieldError } from "@/lib/http";
import {
  DEFAULT_PAGE_SIZE,
  listCategories,
  listTransactions,
  summarizeTransactions,
  transactionFiltersQuerySchema,
  type TransactionFiltersQuery,
} from "@/modules/transaction";
import { requirePageUser } from "@/modules/user";
import type { CategoryOption } from "./_components/category-options";
import { FILTER_PARAMS, filtersQuery, transactionsHref } from "./_components/filters";
import { QuickAddForm } from "./_components/quick-add-form";
import { SummaryCards } from "./_components/summary-cards";
import { TransactionFilters } from "./_components/transaction-filters";
import { TransactionList } from "./_components/transaction-list";

export const metadata: Metadata = { title: "Transactions" };

type SearchParams = Record<string, string | string[] | undefined>;
type TransactionsPageProps = { searchParams: Promise<SearchParams> };

export default async function TransactionsPage({ searchParams }: TransactionsPageProps) {
  const raw = filterParams(await searchParams);
  const user = await requirePageUser(transactionsHref(raw.query));
  // Validated like the API validates GET /api/transactions; other parameters of the URL are not ours to judge.
  const parsed = transactionFiltersQuerySchema.safeParse(raw.values);
  // The user's own categories, for the forms' choices and the filter.
  const categories: CategoryOption[] = (await listCategories(user.id)).map(({ name, type }) => ({ name, type }));

  return (
    <div className="grid gap-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-bold tracking-tight">Transactions</h1>
          <p className="text-sm text-muted-foreground">
            Record what comes in and goes out. The category is picked from what you type, and learns from your corrections.
          </p>
        </div>
        <Link href="/import" className={buttonVariants({ variant: "outline" })}>
          <Upload aria-hidden="true" />
          Import CSV
        </Link>
      </header>

      <Card className="gap-5">
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Add a transaction
          </CardTitle>
          <CardDescription>Press Enter to save; the form is ready for the next one right away.</CardDescription>
        </CardHeader>
        <QuickAddForm currency={user.currency} today={todayIn(user.timezone)} categories={categories} />
      </Card>

      <section aria-labelledby="history-title" className="grid gap-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="history-title" className="text-lg font-semibold tracking-tight">
            History
          </h2>
          {/* The same filters as the list, so the file holds what the page shows (every row, not one page). */}
          {parsed.success ? (
            <a
              href={raw.query ? `/api/transactions/export?${raw.query}` : "/api/transactions/export"}
              download
              className={buttonVariants({ variant: "outline", size: "sm" })}
              aria-label={raw.query ? "Export CSV of the filtered transactions" : "Export CSV of all transactions"}
            >
              <Download aria-hidden="true" />
              Export CSV
            </a>
          ) : null}
        </div>
        {/* Keyed by the URL so the inputs show the filters again after a navigation. */}
        <TransactionFilters key={raw.query} values={raw.form} categories={categories} />
        {parsed.success ? (
          <FilteredTransactions userId={user.id} currency={user.currency} filters={parsed.data} categories={categories} />
        ) : (
          <BadFilters problems={fieldErrors(parsed.error)} />
        )}
      </section>
    </div>
  );
}

const FILTER_LABEL: Record<string, string> = { type: "Show", category: "Category", from: "From", to: "To", q: "Search" };

function BadFilters({ problems }: { problems: readonly FieldError[] }) {
  return (
    <EmptyState
      role="alert"
      icon={<TriangleExclamationPoint />}
      title="These filters don't work"
      description={problems.map((error) => `${FILTER_LABEL[error.path] ?? error.path}: ${error.message}.`).join(" ")}
      action={
        <Link href="/transactions" className={buttonVariants({ variant: "outline" })}>
          Clear filters
        </Link>
      }
    />
  );
}

type FilteredTransactionsProps = {
  userId: string;
  currency: string;
  filters: TransactionFiltersQuery;
  categories: CategoryOption[];
};

/** Totals and the first page for the URL's filters, read through the module (not over HTTP). */
async function FilteredTransactions({ userId, currency, filters, categories }: FilteredTransactionsProps) {
  const query = filtersQuery(filters);
  const filtered = query !== "";
  let page, summary;
  try {
    [page, summary] = await Promise.all([
      listTransactions(userId, { ...filters, limit: DEFAULT_PAGE_SIZE }),
      summarizeTransactions(userId, filters),
    ]);
  } catch (error) {
    // A category name the user doesn't have (a stale link after a rename, say).
    if (error instanceof AppError && error.code === "validation_failed") return <BadFilters problems={error.options.errors ?? []} />;
    throw error;
  }

  const empty = filtered ? (
    <EmptyState
      icon={<SearchX />}
      title="Nothing matches these filters"
      description="Try a wider date range, another category, or fewer words in the search."
      action={
        <Link href="/transactions" scroll={false} className={buttonVariants({ variant: "outline" })}>
          Clear filters
        </Link>
      }
    />
  ) : (
    <EmptyState
      icon={<Receipt />}
      title="No transactions yet"
      description="Record your first one above: type the amount and what it was for, like “12.50” and “Starbucks latte”. Ledgerly picks the category for you, and the totals appear here."
    />
  );

  return (
    <>
      <SummaryCards summary={summary} currency={currency} filtered={filtered} />
      <TransactionList key={query} initialPage={page} query={query} currency={currency} categories={categories} empty={empty} />
    </>
  );
}

/** The URL's filter parameters: as a query string, as values (to validate) and as the form shows them. */
function filterParams(params: SearchParams) {
  const entries: [string, string][] = [];
  const values: Record<string, string | string[]> = {};
  for (const name of FILTER_PARAMS) {
    const value = params[name];
    if (value === undefined) continue;
    values[name] = value;
    for (const v of [value].flat()) entries.push([name, v]);
  }
  const first = (name: string) => [values[name] ?? ""].flat()[0] ?? "";
  const form = {
    type: first("type") || "all",
    category: [values.category ?? []].flat().filter(Boolean),
    from: first("from"),
    to: first("to"),
    q: first("q"),
  };
  return { query: new URLSearchParams(entries).toString(), values, form };
}
