// Which category a created or edited transaction gets, and what (if anything)
// the detector should learn from it: API.md's rules, apart from the database.
import { invalidField } from "@/lib/http";
import type { TransactionType } from "./categories";
import { keywordToLearn } from "./detection";
import { detectTransactionCategory } from "./detect-transaction-category";
import type { CategorySource } from "./schemas";
import type { UserCategories, UserCategory } from "./user-categories";

/** What the request said about the category. */
export type CategoryRequest =
  | { kind: "set"; name: string } // given by hand
  | { kind: "detect" } // left out on create or PUT, or `null` on PATCH
  | { kind: "keep" }; // left out on PATCH

type Text = { type: TransactionType; note: string; comment: string };
type Previous = Text & { categoryId: string; categorySource: CategorySource };

/** A correction to remember: notes with `keyword` go to `category` from now on. */
export type Lesson = { keyword: string; category: UserCategory };

export type CategoryChoice = { category: UserCategory; categorySource: CategorySource; learn: Lesson | null };

/** Reads a body's `category`: PATCH leaves a missing one alone; create and PUT detect it. */
export function categoryRequest(category: string | null | undefined, missing: "keep" | "detect"): CategoryRequest {
  if (typeof category === "string") return { kind: "set", name: category };
  return category === null ? { kind: "detect" } : { kind: missing };
}

/** The user's category of that name (any case) and type, or a 400 on `field` saying what is wrong. */
export function resolveCategory(categories: UserCategories, name: string, type: TransactionType, field = "category"): UserCategory {
  const [found] = categories.byName(name, type);
  if (found) return found;
  const [other] = categories.byName(name);
  if (other) throw invalidField(field, `"${other.name}" is an ${other.type} category; choose an ${type} category`);
  throw invalidField(field, `"${name}" is not one of your categories (see GET /api/categories)`);
}

export function chooseCategory(input: { request: CategoryRequest; next: Text; previous?: Previous; categories: UserCategories }): CategoryChoice {
  const { request, next, previous, categories } = input;
  const detection = detectTransactionCategory(categories, next, next.type);
  const detected: CategoryChoice = { category: detection.category, categorySource: "auto", learn: null };

  if (request.kind === "detect") return detected;

  if (request.kind === "keep") {
    const current = previous && categories.byId(previous.categoryId);
    if (!previous || !current) return detected;
    if (previous.categorySource === "manual") {
      // A manual category stays, unless the type changed under it: an expense
      // category can't stay on what is now an income.
      return current.type === next.type ? { category: current, categorySource: "manual", learn: null } : detected;
    }
    const textChanged = previous.note !== next.note || previous.comment !== next.comment || previous.type !== next.type;
    return textChanged ? detected : { category: current, categorySource: "auto", learn: null };
  }

  // Set by hand. The detector got it wrong when it would have said otherwise:
  // remember what misled it (the deciding keyword, or the note's merchant).
  const category = resolveCategory(categories, request.name, next.type);
  const changed = previous === undefined || previous.categoryId !== category.id;
  const keyword =
    changed && detection.category.id !== category.id
      ? keywordToLearn(detection.source, { matched: detection.matched })
      : null;
  return { category, categorySource: "manual", learn: keyword ? { keyword, category } : null };
}
