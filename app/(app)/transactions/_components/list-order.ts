// Keeps the rows the browser has loaded in the server's order (date, then
// creation, then id, newest first) as they are edited, restored and refreshed.
import type { Transaction, TransactionPage } from "@/modules/transaction/client";

export type LoadedList = {
  /** The server's first page this state was built from. */
  source: TransactionPage;
  items: Transaction[];
  nextCursor: string | null;
};

type SortKey = Pick<Transaction, "date" | "createdAt" | "id">;

/** Negative when `a` comes before `b` in the list. The keys are ISO strings and lowercase UUIDs, so they compare as text. */
export function compareNewestFirst(a: SortKey, b: SortKey): number {
  if (a.date !== b.date) return a.date > b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt ? -1 : 1;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

export const listFrom = (page: TransactionPage): LoadedList => ({ source: page, items: page.items, nextCursor: page.nextCursor });

/**
 * The server sent a fresh first page (after a change): take it, and keep the
 * rows loaded beyond it, so "Load more" work isn't lost to a refresh.
 */
export function withFreshFirstPage(list: LoadedList, fresh: TransactionPage): LoadedList {
  const last = fresh.items.at(-1);
  if (fresh.nextCursor === null || !last) return listFrom(fresh);
  const inFresh = new Set(fresh.items.map((t) => t.id));
  const older = list.items.filter((t) => !inFresh.has(t.id) && compareNewestFirst(last, t) < 0);
  return { source: fresh, items: [...fresh.items, ...older], nextCursor: older.length > 0 ? list.nextCursor : fresh.nextCursor };
}

/**
 * Puts a created or edited row where the server would list it. A row that
 * sorts after everything loaded while more pages exist is left to "Load more",
 * which starts after the last loaded row and so will bring it.
 */
export function placeInOrder(list: LoadedList, transaction: Transaction): LoadedList {
  const others = list.items.filter((t) => t.id !== transaction.id);
  const index = others.findIndex((t) => compareNewestFirst(transaction, t) < 0);
  if (index === -1) {
    return { ...list, items: list.nextCursor === null ? [...others, transaction] : others };
  }
  return { ...list, items: [...others.slice(0, index), transaction, ...others.slice(index)] };
}

export function withoutTransaction(list: LoadedList, id: string): LoadedList {
  return { ...list, items: list.items.filter((t) => t.id !== id) };
}

/** Consecutive rows of the same date, for the list's day headings. */
export function groupByDate(items: readonly Transaction[]): { date: string; items: Transaction[] }[] {
  const groups: { date: string; items: Transaction[] }[] = [];
  for (const item of items) {
    const current = groups.at(-1);
    if (current?.date === item.date) current.items.push(item);
    else groups.push({ date: item.date, items: [item] });
  }
  return groups;
}
