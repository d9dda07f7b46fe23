import { notFound } from "@/lib/http";
import type { TransactionType } from "./categories";
import { categoryRequest, chooseCategory, type CategoryRequest } from "./choose-category";
import { isUuid } from "./cursor";
import { learnKeyword } from "./learn-keyword";
import { retryIfCategoryVanished } from "./retry-if-category-vanished";
import type { PatchTransactionInput, ReplaceTransactionInput, Transaction } from "./schemas";
import { serializeTransaction } from "./serialize-transaction";
import { inTransaction, lockTransactionRow, updateTransactionRow, type TransactionRow } from "./transaction-repository";
import { userCategories } from "./user-categories";

type EditableFields = { amount: string; type: TransactionType; date: string; note: string; comment: string };

/** The new fields and what the request said about the category, given the transaction as it is. */
type Change = (current: TransactionRow) => { fields: EditableFields; category: CategoryRequest };

/** PUT: every editable field replaced; a missing note or comment is cleared, a missing category detected again. */
export function replaceTransaction(userId: string, id: string, input: ReplaceTransactionInput): Promise<Transaction> {
  return changeTransaction(userId, id, () => ({
    fields: { amount: input.amount, type: input.type, date: input.date, note: input.note ?? "", comment: input.comment ?? "" },
    category: categoryRequest(input.category, "detect"),
  }));
}

/**
 * PATCH: only the fields given. An auto category follows a changed note,
 * comment or type; a manual one stays; `category: null` returns to detection.
 */
export function patchTransaction(userId: string, id: string, input: PatchTransactionInput): Promise<Transaction> {
  return changeTransaction(userId, id, (current) => ({
    fields: {
      amount: input.amount ?? current.amount,
      type: input.type ?? current.type,
      date: input.date ?? current.date,
      note: input.note ?? current.note,
      comment: input.comment ?? current.comment,
    },
    category: categoryRequest(input.category, "keep"),
  }));
}

async function changeTransaction(userId: string, id: string, change: Change): Promise<Transaction> {
  if (!isUuid(id)) throw notFound("transaction");
  const row = await retryIfCategoryVanished(async () => {
    const categories = await userCategories(userId);
    return inTransaction(async (tx) => {
      const current = await lockTransactionRow(tx, userId, id);
      if (!current) return null;
      const { fields, category } = change(current);
      // A PATCH may change the type alone, so whether the category fits is only known here.
      const choice = chooseCategory({ request: category, next: fields, previous: current, categories });
      const updated = await updateTransactionRow(tx, userId, id, { ...fields, categoryId: choice.category.id, categorySource: choice.categorySource });
      if (choice.learn) await learnKeyword(tx, userId, categories, choice.learn);
      return updated;
    });
  });
  if (!row) throw notFound("transaction");
  return serializeTransaction(row);
}
