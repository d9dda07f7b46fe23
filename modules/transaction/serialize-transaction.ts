import { formatAmount } from "@/lib/money";
import type { TransactionType } from "./categories";
import type { CategorySource, Transaction } from "./schemas";
import type { TransactionRow } from "./transaction-repository";

/** A stored row as API.md's transaction: amounts and dates as strings, no user_id. */
export function serializeTransaction(row: TransactionRow): Transaction {
  return {
    id: row.id,
    type: row.type as TransactionType,
    amount: formatAmount(row.amount),
    category: row.category,
    categorySource: row.categorySource as CategorySource,
    date: row.date.toISOString().slice(0, 10),
    note: row.note,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
