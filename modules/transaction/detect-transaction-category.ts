// API.md: a transaction's category is detected from its note, then from its
// comment when the note says nothing the detector recognises.
import type { TransactionType } from "./categories";
import type { CategoryDetection, UserCategories } from "./user-categories";

export type TransactionDetection = CategoryDetection & {
  /** The text that decided (the note or the comment); on the fallback, the note, or the comment when there is no note. */
  source: string;
};

export function detectTransactionCategory(
  categories: UserCategories,
  text: { note: string; comment: string },
  type: TransactionType,
): TransactionDetection {
  const fromNote = categories.detect(text.note, type);
  if (fromNote.matched !== null) return { ...fromNote, source: text.note };
  const fromComment = categories.detect(text.comment, type);
  if (fromComment.matched !== null) return { ...fromComment, source: text.comment };
  return { ...fromNote, source: text.note || text.comment };
}
