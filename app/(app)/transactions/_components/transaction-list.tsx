"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { Transaction, TransactionPage } from "@/modules/transaction/client";
import { formatDay, formatSignedMoney } from "./format";
import { groupByDate, listFrom, placeInOrder, withFreshFirstPage, withoutTransaction } from "./list-order";
import { TransactionRow } from "./transaction-row";
import type { CategoryOption } from "./category-options";
import {
  createTransactionRequest,
  deleteTransactionRequest,
  listTransactionsRequest,
} from "./transaction-requests";

export interface TransactionListProps {
  /** The first page, read by the server for the URL's filters. */
  initialPage: TransactionPage;
  /** The filters' query string, for the next pages. */
  query: string;
  currency: string;
  categories: readonly CategoryOption[];
  /** Shown when there is nothing (left) to list. */
  empty: React.ReactNode;
}

/** How long the Undo of a delete stays offered. */
const UNDO_MS = 10_000;

/**
 * The transactions, newest first, grouped by day, with "Load more" over the
 * cursor. Edits and deletes update the rows in place; the totals and the first
 * page then come fresh from the server (router.refresh), merged with what was loaded.
 */
export function TransactionList({ initialPage, query, currency, categories, empty }: TransactionListProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [, startRefresh] = useTransition();
  const [list, setList] = useState(() => listFrom(initialPage));
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const focusAfterDelete = useRef<string | null>(null);

  // A refresh re-rendered the page on the server: adopt its first page.
  if (list.source !== initialPage) setList(withFreshFirstPage(list, initialPage));

  // After a delete, focus moves to the next row (or the previous one), not to <body>.
  useEffect(() => {
    const id = focusAfterDelete.current;
    if (!id) return;
    focusAfterDelete.current = null;
    document.querySelector<HTMLElement>(`[data-transaction-id="${id}"] [data-row-action="delete"]`)?.focus();
  }, [list]);

  const refresh = () => startRefresh(() => router.refresh());

  async function loadMore() {
    if (!list.nextCursor) return;
    setLoading(true);
    setLoadError(null);
    const outcome = await listTransactionsRequest(query, list.nextCursor);
    setLoading(false);
    if (!outcome.ok) {
      setLoadError(`More transactions couldn't be loaded. ${outcome.problem.detail}`);
      return;
    }
    const page = outcome.data;
    setList((current) => ({ ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor }));
  }

  function saved(transaction: Transaction) {
    setList((current) => placeInOrder(current, transaction));
    refresh();
  }

  function gone(id: string) {
    setList((current) => withoutTransaction(current, id));
    refresh();
  }

  async function remove(transaction: Transaction) {
    setDeleting(transaction.id);
    const outcome = await deleteTransactionRequest(transaction.id);
    setDeleting(null);
    // Already gone (deleted in another tab) is what the user wanted too.
    if (!outcome.ok && outcome.problem.code !== "not_found") {
      toast({ variant: "error", title: "The transaction wasn't deleted", description: outcome.problem.detail });
      return;
    }
    const index = list.items.findIndex((t) => t.id === transaction.id);
    const neighbour = list.items[index + 1] ?? list.items[index - 1];
    setList((current) => withoutTransaction(current, transaction.id));
    focusAfterDelete.current = neighbour?.id ?? null;
    toast({
      title: "Transaction deleted",
      description: `${transaction.note || transaction.category}, ${formatSignedMoney(transaction.amount, transaction.type, currency)}`,
      action: { label: "Undo", onClick: () => void restore(transaction) },
      durationMs: UNDO_MS,
    });
    refresh();
  }

  // Undo records the same transaction again (a new id). A category the user
  // picked is sent along; an automatic one is left to detection, as before.
  async function restore(transaction: Transaction) {
    const { amount, type, date, note, comment, category, categorySource } = transaction;
    const body = { amount, type, date, note, comment, ...(categorySource === "manual" ? { category } : {}) };
    const outcome = await createTransactionRequest(body, crypto.randomUUID());
    if (!outcome.ok) {
      toast({ variant: "error", title: "The transaction couldn't be restored", description: outcome.problem.detail });
      return;
    }
    setList((current) => placeInOrder(current, outcome.data));
    toast({ variant: "success", title: "Transaction restored" });
    refresh();
  }

  if (list.items.length === 0) return <>{empty}</>;

  return (
    <div className="grid gap-4">
      <ol className="grid gap-5" aria-label="Transactions by day">
        {groupByDate(list.items).map((group) => (
          <li key={group.date} className="grid gap-2">
            <h3 className="text-sm font-medium text-muted-foreground">
              <time dateTime={group.date}>{formatDay(group.date, "long")}</time>
            </h3>
            <ul className="divide-y rounded-xl border bg-card shadow-sm">
              {group.items.map((transaction) => (
                <TransactionRow
                  key={transaction.id}
                  transaction={transaction}
                  currency={currency}
                  categories={categories}
                  busy={deleting === transaction.id}
                  onSaved={saved}
                  onGone={gone}
                  onDelete={remove}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <div className="flex flex-col items-center gap-2">
        {list.nextCursor ? (
          <Button variant="outline" onClick={loadMore} loading={loading}>
            Load more
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">That&apos;s all of them.</p>
        )}
        {loadError ? (
          <p role="alert" className="text-sm font-medium text-danger">
            {loadError}
          </p>
        ) : null}
      </div>
    </div>
  );
}
