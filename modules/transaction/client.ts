// The transaction module's browser-safe surface: the categories, the detector
// and the request schemas the forms validate with, without the server code
// (Prisma, pg) that index.ts pulls in. Only pure modules belong here; lint lets
// the app import "@/modules/transaction/client".
export {
  CATEGORIES,
  EXPENSE_CATEGORY_NAMES,
  INCOME_CATEGORY_NAMES,
  FALLBACK_CATEGORY,
  findCategory,
  isCategoryOfType,
} from "./categories";
export type { Category, CategoryName, TransactionType } from "./categories";
export { detectCategory } from "./detect-category";
export type { Detection, LearnedKeyword } from "./detect-category";
export { detectTransactionCategory } from "./detect-transaction-category";
export {
  COMMENT_MAX_LENGTH,
  DEFAULT_PAGE_SIZE,
  NOTE_MAX_LENGTH,
  SEARCH_MAX_LENGTH,
  TRANSACTION_TYPES,
  categoryTypeMismatch,
  createTransactionBodySchema,
  replaceTransactionBodySchema,
} from "./schemas";
export type {
  CategorySource,
  CreateTransactionInput,
  ReplaceTransactionInput,
  Transaction,
  TransactionPage,
  TransactionSummary,
} from "./schemas";
