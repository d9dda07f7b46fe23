import { notFound } from "@/lib/http";
import { isUuid } from "./cursor";
import { deleteTransactionRow } from "./transaction-repository";

/** Deletes the user's transaction; 404 for an unknown id, a malformed one, or another user's. */
export async function deleteTransaction(userId: string, id: string): Promise<void> {
  const deleted = isUuid(id) && (await deleteTransactionRow(userId, id));
  if (!deleted) throw notFound("transaction");
}
