// Which category a created or edited transaction gets, and what (if anything)
// the detector should learn from it. Pure, so the rules of API.md are unit-tested
// apart from the database.
import type { TransactionType } from "./categories";
import type { LearnedKeyword } from "./detect-category";
import { detectTransactionCategory } from "./detect-transaction-category";
import { keywordToLearn } from "./learn-keyword";
import { categoryTypeMismatch, type CategorySource } from "./schemas";

/** What the request said about the category. */
export type CategoryRequest =
  | { kind: "set"; category: string } // given by hand
  | { kind: "detect" } // left out on create or PUT, or `null` on PATCH
  | { kind: "keep" }; // left out on PATCH

type Text = { type: TransactionType; note: string; comment: string };
type Previous = Text & { category: string; categorySource: CategorySource };

export type CategoryChoice = {
  category: string;
  categorySource: CategorySource;
  /** A correction to remember for this user, or null. */
  learn: LearnedKeyword | null;
};

const LEARNED_KEYWORD_MAX_LENGTH = 100; // the column's width

/** Reads a body's `category`: PATCH leaves a missing one alone; create and PUT detect it. */
export function categoryRequest(category: string | null | undefined, missing: "keep" | "detect"): CategoryRequest {
  if (typeof category === "string") return { kind: "set", category };
  return category === null ? { kind: "detect" } : { kind: missing };
}

export function chooseCategory(input: {
  request: CategoryRequest;
  next: Text;
  /** The transaction before the change; absent on create. */
  previous?: Previous;
  learned: readonly LearnedKeyword[];
}): CategoryChoice {
  const { request, next, previous, learned } = input;
  const detection = detectTransactionCategory(next, next.type, learned);
  const detected: CategoryChoice = { category: detection.category, categorySource: "auto", learn: null };

  if (request.kind === "detect") return detected;

  if (request.kind === "keep") {
    if (!previous) return detected;
    if (previous.categorySource === "manual") {
      // A manual category stays, unless the type changed under it: an expense
      // category can't stay on what is now an income.
      if (categoryTypeMismatch(previous.category, next.type)) return detected;
      return { category: previous.category, categorySource: "manual", learn: null };
    }
    const textChanged = previous.note !== next.note || previous.comment !== next.comment || previous.type !== next.type;
    return textChanged ? detected : { category: previous.category, categorySource: "auto", learn: null };
  }

  // Set by hand. The detector got it wrong when it would have said otherwise:
  // remember the keyword that misled it (or the note's first words) for this user.
  const changed = previous === undefined || previous.category !== request.category;
  const keyword = changed && detection.category !== request.category ? keywordToLearn(detection.source, next.type) : null;
  const learn =
    keyword && keyword.length <= LEARNED_KEYWORD_MAX_LENGTH
      ? { keyword, category: request.category, type: next.type }
      : null;
  return { category: request.category, categorySource: "manual", learn };
}
