// Data access for transactions.learned_keywords: a user's corrections of the
// category detector, always read and written for that user only.
import { db } from "@/lib/db/client";
import type { TransactionType } from "./categories";
import type { LearnedKeyword } from "./detect-category";
import type { Db } from "./transaction-repository";

/** The user's learned keywords (of one type, when given), most recent first: the order detectCategory breaks ties by. */
export async function listLearnedKeywords(
  userId: string,
  type?: TransactionType,
  client: Db = db(),
): Promise<LearnedKeyword[]> {
  const rows = await client.learnedKeyword.findMany({
    where: { userId, ...(type ? { type } : {}) },
    orderBy: { updatedAt: "desc" },
    select: { keyword: true, category: true, type: true },
  });
  return rows.map((row) => ({ ...row, type: row.type as TransactionType }));
}

/** Remembers (or re-points) a keyword for the user. */
export async function saveLearnedKeyword(tx: Db, userId: string, learned: LearnedKeyword): Promise<void> {
  const { type, keyword, category } = learned;
  await tx.learnedKeyword.upsert({
    where: { userId_type_keyword: { userId, type, keyword } },
    create: { userId, type, keyword, category },
    update: { category },
  });
}
