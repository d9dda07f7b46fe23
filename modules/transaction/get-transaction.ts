import { notFound } from "@/lib/http";
import { isUuid } from "./cursor";
import type { Transaction } from "./schemas";
import { serializeTransaction } from "./serialize-transaction";
import { findTransactionRow } from "./transaction-repository";

/** The user's transaction; 404 for an unknown id, a malformed one, or another user's. */
export async function getTransaction(userId: string, id: string): Promise<Transaction> {
  const row = isUuid(id) ? await findTransactionRow(userId, id) : null;
  if (!row) throw notFound("transaction");
  return serializeTransaction(row);
}
