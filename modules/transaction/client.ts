// The transaction module's browser-safe surface: the request schemas the forms
// validate with and the types they show, without the server-only code (pg)
// that index.ts pulls in. Only pure modules belong here; lint lets the app
// import "@/modules/transaction/client".
export type { TransactionType } from "./categories";
export {
  CATEGORY_NAME_MAX_LENGTH,
  COMMENT_MAX_LENGTH,
  DEFAULT_PAGE_SIZE,
  KEYWORD_MAX_LENGTH,
  MAX_KEYWORDS_PER_CATEGORY,
  NOTE_MAX_LENGTH,
  SEARCH_MAX_LENGTH,
  TRANSACTION_TYPES,
  categoryNameSchema,
  createCategoryBodySchema,
  createTransactionBodySchema,
  patchCategoryBodySchema,
  replaceTransactionBodySchema,
} from "./schemas";
export type {
  CategorySource,
  CategoryView,
  CreateTransactionInput,
  ReplaceTransactionInput,
  Transaction,
  TransactionPage,
  TransactionSummary,
} from "./schemas";
