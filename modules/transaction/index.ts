// Public surface of the transaction module: nothing outside imports its other
// files. Client components import client.ts instead (the pure part of this).
export {
  CATEGORIES,
  EXPENSE_CATEGORY_NAMES,
  INCOME_CATEGORY_NAMES,
  FALLBACK_CATEGORY,
  findCategory,
  isCategoryOfType,
} from "./categories";
export type { Category, CategoryName, ExpenseCategoryName, IncomeCategoryName, TransactionType } from "./categories";
export { detectCategory, normalizeText } from "./detect-category";
export type { Detection, LearnedKeyword } from "./detect-category";
export { detectTransactionCategory } from "./detect-transaction-category";

export {
  COMMENT_MAX_LENGTH,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  NOTE_MAX_LENGTH,
  SEARCH_MAX_LENGTH,
  TRANSACTION_TYPES,
  calendarDateSchema,
  categoryTypeMismatch,
  createTransactionBodySchema,
  detectCategoryQuerySchema,
  isCalendarDate,
  listTransactionsQuerySchema,
  patchTransactionBodySchema,
  replaceTransactionBodySchema,
  transactionFiltersQuerySchema,
  transactionSchema,
} from "./schemas";
export type {
  CategorySource,
  CreateTransactionInput,
  ListTransactionsQuery,
  PatchTransactionInput,
  ReplaceTransactionInput,
  Transaction,
  TransactionFiltersQuery,
  TransactionPage,
  TransactionSummary,
} from "./schemas";

export { createTransaction } from "./create-transaction";
export type { CreatedTransaction, TransactionOwner } from "./create-transaction";
export { getTransaction } from "./get-transaction";
export { listTransactions } from "./list-transactions";
export type { ListTransactionsOptions } from "./list-transactions";
export { summarizeTransactions } from "./summarize-transactions";
export { patchTransaction, replaceTransaction } from "./update-transaction";
export { deleteTransaction } from "./delete-transaction";
export { detectCategoryForUser } from "./detect-category-for-user";
export { listLearnedKeywords } from "./learned-keyword-repository";
export type { TransactionFilters } from "./transaction-repository";

export { transactionOpenApi } from "./openapi";

// The dashboard's aggregates: one query each, summed exactly by PostgreSQL.
export { spendingByCategory } from "./spending-by-category";
export type { CategorySpending, SpendingByCategory } from "./spending-by-category";
export { monthlyTotals } from "./monthly-totals";
export type { MonthTotals } from "./monthly-totals";
export { dailySpending } from "./daily-spending";
export type { DaySpending } from "./daily-spending";
