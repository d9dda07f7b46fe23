import { resolveFilters } from "./resolve-filters";
import type { TransactionFiltersQuery, TransactionSummary } from "./schemas";
import { summarizeTransactionRows } from "./summary-repository";

/** Income, expense, balance and count of the user's transactions that pass the filters (all time without a range). */
export async function summarizeTransactions(userId: string, query: Partial<TransactionFiltersQuery> = {}): Promise<TransactionSummary> {
  return summarizeTransactionRows(userId, await resolveFilters(userId, query));
}
