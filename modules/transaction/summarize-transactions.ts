import { formatAmount } from "@/lib/money";
import type { TransactionSummary } from "./schemas";
import { summarizeTransactionRows, type TransactionFilters } from "./transaction-repository";

/** Income, expense, balance and count of the user's transactions that pass the filters (all time without a range). */
export async function summarizeTransactions(userId: string, filters: TransactionFilters = {}): Promise<TransactionSummary> {
  const { income, expense, balance, count } = await summarizeTransactionRows(userId, filters);
  return { income: formatAmount(income), expense: formatAmount(expense), balance: formatAmount(balance), count };
}
