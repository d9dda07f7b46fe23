// The page's calls to /api/budgets, all through the one request helper.
import { apiRequest } from "@/lib/api-fetch";

import type { BudgetMonthFigures } from "@/modules/budget";

const budgetPath = (id: string) => `/api/budgets/${encodeURIComponent(id)}`;

export const createBudgetRequest = (input: { category: string; amount: string }) => apiRequest("POST", "/api/budgets", input);
/** A new limit from `from` (the month shown) on; earlier months keep theirs (API.md, Budget module). */
export const updateBudgetAmountRequest = (id: string, amount: string, from: string) => apiRequest("PUT", budgetPath(id), { amount, from });
export const updateBudgetRolloverRequest = (id: string, rollover: boolean) => apiRequest("PUT", budgetPath(id), { rollover });
/** The 12 months up to `to`, oldest first (fewer when the budget started later). */
export const budgetHistoryRequest = (id: string, to: string) =>
  apiRequest<{ items: BudgetMonthFigures[] }>("GET", `${budgetPath(id)}/history?to=${encodeURIComponent(to)}`);
export const deleteBudgetRequest = (id: string) => apiRequest("DELETE", budgetPath(id));
