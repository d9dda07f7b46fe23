// Public surface of the budget module: monthly limits per expense category and
// their spending, read through the read-only role (ARCHITECTURE.md, Data).
export { listBudgets, unbudgetedSpending } from "./list-budgets";
export type { BudgetMonth, UnbudgetedSpending } from "./list-budgets";
export { createBudget } from "./create-budget";
export { updateBudget } from "./update-budget";
export { deleteBudget } from "./delete-budget";
export { readMonthSpend } from "./read-spend";
export type { MonthSpend, SpendReader } from "./read-spend";
export type { BudgetOptions } from "./present-budget";
export { budgetFigures, budgetState, budgetTotals } from "./budget-figures";
export type { BudgetFigures, BudgetState } from "./budget-figures";
export { createBudgetBody, listBudgetsQuery, monthSchema, updateBudgetBody } from "./schemas";
export type { Budget, BudgetTotals, CreateBudgetInput, SavedBudget, UpdateBudgetInput } from "./schemas";
export { budgetOpenApi } from "./openapi";
