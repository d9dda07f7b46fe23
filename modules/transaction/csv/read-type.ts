import type { TransactionType } from "../categories";

// What a type column says, in the words of banks and of our own export;
// S/H are the German Soll/Haben (debit/credit) marks.
const TYPE_WORDS: ReadonlyMap<string, TransactionType> = new Map([
  ...["income", "credit", "cr", "in", "haben", "h"].map((word) => [word, "income"] as const),
  ...["expense", "debit", "dr", "out", "soll", "s"].map((word) => [word, "expense"] as const),
]);

export const TYPE_WORDS_HINT = "income or expense (also credit/debit, CR/DR, in/out)";

/** "CR", "Debit", "expense" as a transaction type; null for anything else. */
export function readType(text: string): TransactionType | null {
  return TYPE_WORDS.get(text.trim().toLowerCase().replace(/\.$/, "")) ?? null;
}
