// The budget module's browser-safe surface: request schemas and the pure
// figures, for client components that can't load index.ts (it pulls in pg).
export { createBudgetBody, monthSchema, updateBudgetBody } from "./schemas";
export type { Budget, BudgetTotals, CreateBudgetInput, SavedBudget, UpdateBudgetInput } from "./schemas";
export { budgetFigures, budgetState, budgetTotals } from "./budget-figures";
export type { BudgetFigures, BudgetState } from "./budget-figures";
