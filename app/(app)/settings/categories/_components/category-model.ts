import type { TransactionType } from "@/modules/transaction/client";

/** A keyword as the page shows it: `learned` when the app took it from one of the user's corrections. */
export type KeywordChip = { keyword: string; learned: boolean };

/** What the page knows of one category: the API's category plus learned flags, protection and its transaction count. */
export type ManagedCategory = {
  id: string;
  name: string;
  type: TransactionType;
  builtin: boolean;
  /** Other and Other Income: where transactions go when nothing fits; never renamed or deleted. */
  protected: boolean;
  keywords: KeywordChip[];
  transactionCount: number;
};

/** Whether two written forms are the same keyword as far as the user can tell (the server also folds accents and plurals). */
export const sameKeyword = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The keywords after a PATCH, which answers with names only: the learned
 * flags carry over from what the page had (a keyword kept stays learned; a new one never is).
 */
export function withLearnedFlags(keywords: readonly string[], before: readonly KeywordChip[]): KeywordChip[] {
  return keywords.map((keyword) => ({ keyword, learned: before.some((k) => k.learned && sameKeyword(k.keyword, keyword)) }));
}

export const transactionsInWords = (count: number): string =>
  count === 0 ? "no transactions" : count === 1 ? "1 transaction" : `${count.toLocaleString("en-US")} transactions`;
