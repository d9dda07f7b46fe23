import { encodeCursor, type Cursor } from "./cursor";
import { resolveFilters } from "./resolve-filters";
import { DEFAULT_PAGE_SIZE, type TransactionFiltersQuery, type TransactionPage } from "./schemas";
import { serializeTransaction } from "./serialize-transaction";
import { listTransactionRows } from "./transaction-repository";

export type ListTransactionsOptions = Partial<TransactionFiltersQuery> & { limit?: number; cursor?: Cursor };

/** A page of the user's transactions, newest first; `nextCursor` is null on the last page. */
export async function listTransactions(userId: string, options: ListTransactionsOptions = {}): Promise<TransactionPage> {
  const { limit = DEFAULT_PAGE_SIZE, cursor, ...query } = options;
  const { rows, hasMore } = await listTransactionRows(userId, await resolveFilters(userId, query), { limit, after: cursor });
  const items = rows.map(serializeTransaction);
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeCursor(last) : null };
}
