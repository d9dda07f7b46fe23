// API.md: a transaction's category is detected from its note, then from its
// comment when the note says nothing the detector recognises. Pure.
import type { TransactionType } from "./categories";
import { detectCategory, type Detection, type LearnedKeyword } from "./detect-category";

export type TransactionDetection = Detection & {
  /** The text that decided (the note or the comment); on the fallback, the note, or the comment when there is no note. */
  source: string;
};

export function detectTransactionCategory(
  text: { note: string; comment: string },
  type: TransactionType,
  learned: readonly LearnedKeyword[] = [],
): TransactionDetection {
  const fromNote = detectCategory(text.note, type, learned);
  if (fromNote.matched !== null) return { ...fromNote, source: text.note };
  const fromComment = detectCategory(text.comment, type, learned);
  if (fromComment.matched !== null) return { ...fromComment, source: text.comment };
  return { ...fromNote, source: text.note || text.comment };
}
