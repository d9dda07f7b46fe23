// Public surface of the budget module: monthly limits per expense category,
// kept per starting month, with rollover, and their spending, read through
// the read-only role (ARCHITECTURE.md, Data).
export { listBudgets, unbudgetedSpending } from "./list-budgets";
export type { BudgetMonth, UnbudgetedSpending } from "./list-budgets";
export { createBudget, updateBudget } from "./save-budget";
export { deleteBudget } from "./delete-budget";
export { budgetHistory } from "./budget-history";
export { readBudgetMonths, readMonthSpendByCategory } from "./read-budget-months";
export type { SpendReader } from "./read-budget-months";
export type { BudgetOptions } from "./present-budget";
export { budgetFigures, budgetState, budgetTotals } from "./budget-figures";
export type { BudgetFigures, BudgetState } from "./budget-figures";
export { budgetHistoryQuery, createBudgetBody, listBudgetsQuery, monthSchema, updateBudgetBody } from "./schemas";
export type { Budget, BudgetMonthFigures, BudgetTotals, CreateBudgetInput, SavedBudget, UpdateBudgetInput } from "./schemas";
export { budgetOpenApi } from "./openapi";
export { budgetDataSchema, exportBudgetData, hasNoBudgets, importBudgetData } from "./budget-data";
export type { BudgetData } from "./budget-data";
