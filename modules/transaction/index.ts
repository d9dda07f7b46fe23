// Public surface of the transaction module: nothing outside imports its other
// files. Client components import client.ts instead (the pure part of this).
export { FALLBACK_KEYS } from "./categories";
export type { TransactionType } from "./categories";

export {
  COMMENT_MAX_LENGTH,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  NOTE_MAX_LENGTH,
  SEARCH_MAX_LENGTH,
  TRANSACTION_TYPES,
  calendarDateSchema,
  categoryNameSchema,
  createCategoryBodySchema,
  createTransactionBodySchema,
  deleteCategoryQuerySchema,
  detectCategoryQuerySchema,
  isCalendarDate,
  listCategoriesQuerySchema,
  listTransactionsQuerySchema,
  patchCategoryBodySchema,
  patchTransactionBodySchema,
  replaceTransactionBodySchema,
  transactionFiltersQuerySchema,
  transactionSchema,
} from "./schemas";
export type {
  CategorySource,
  CategoryView,
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

// Categories are the user's own (API.md).
export { categoriesWithKeywords, detectCategoryForUser, listCategories } from "./list-categories";
export { createCategory, deleteCategory, updateCategory } from "./manage-categories";
export { countCategoryTransactions } from "./category-repository";
export { resolveCategory } from "./choose-category";
export { userCategories } from "./user-categories";
export type { UserCategories, UserCategory } from "./user-categories";

// The budget module's spend, read through its read-only client.
export { monthlySpendSql } from "./monthly-spend-sql";

export { transactionOpenApi } from "./openapi";

// The dashboard's aggregates: one query each, from the monthly totals where whole months will do.
export { spendingByCategory } from "./spending-by-category";
export type { CategorySpending, SpendingByCategory } from "./spending-by-category";
export { monthlyTotals } from "./monthly-totals";
export type { MonthTotals } from "./monthly-totals";
export { dailySpending } from "./daily-spending";
export type { DaySpending } from "./daily-spending";

// Recurring transactions, recorded by the app's own scheduler.
export * from "./recurring";

// CSV export and import.
export * from "./imports";
export { exportTransactionsQuerySchema } from "./schemas";
export * from "./account";
