// Public surface of the transaction module (work in progress).
import type { OpenAPIRegistry } from "@/lib/openapi";

export {
  CATEGORIES,
  EXPENSE_CATEGORY_NAMES,
  INCOME_CATEGORY_NAMES,
  FALLBACK_CATEGORY,
  findCategory,
  isCategoryOfType,
} from "./categories";
export type { Category, TransactionType } from "./categories";
export { detectCategory, normalizeText } from "./detect-category";
export type { LearnedKeyword } from "./detect-category";

export function transactionOpenApi(_registry: OpenAPIRegistry): void {}
