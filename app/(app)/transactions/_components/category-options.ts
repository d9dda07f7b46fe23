import type { TransactionType } from "@/modules/transaction/client";

/** A category as the transaction forms offer it: the user's own, passed down from the server. */
export type CategoryOption = { name: string; type: TransactionType };

export const namesOfType = (categories: readonly CategoryOption[], type: TransactionType): string[] =>
  categories.filter((c) => c.type === type).map((c) => c.name);

export const isOfType = (categories: readonly CategoryOption[], name: string, type: TransactionType): boolean =>
  categories.some((c) => c.type === type && c.name === name);
