import type { Transaction } from "./schemas";
import type { TransactionRow } from "./transaction-repository";

/** A stored row as API.md's transaction (the repository already gives every value as text). */
export function serializeTransaction(row: TransactionRow): Transaction {
  return {
    id: row.id,
    type: row.type,
    amount: row.amount,
    category: row.category,
    categorySource: row.categorySource,
    date: row.date,
    note: row.note,
    comment: row.comment,
    recurringId: row.recurringId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
