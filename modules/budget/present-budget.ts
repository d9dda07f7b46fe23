// A stored budget as the API and the page show it: with one month's figures.
import { thisMonthIn, type Clock } from "@/lib/clock";
import { AppError } from "@/lib/http";
import type { SessionUser } from "@/modules/user";
import { budgetFigures } from "./budget-figures";
import type { BudgetRow } from "./budget-repository";
import { readMonthSpend, type SpendReader } from "./read-spend";
import type { Budget, SavedBudget } from "./schemas";

/** What the services depend on besides the database: injected by tests (STYLE.md §14). */
export type BudgetOptions = { clock?: Clock; spendReader?: SpendReader };

export function presentBudget(row: BudgetRow, month: string, spentByCategory: ReadonlyMap<string, string>): Budget {
  return { ...row, month, ...budgetFigures(row.amount, spentByCategory.get(row.category) ?? "0.00") };
}

/**
 * A budget just written, with this month's figures (API.md: POST and PUT
 * answer with them). While spending can't be read the write has still
 * happened, so it is answered as a success with null figures, not as a 503.
 */
export async function presentSavedBudget(user: SessionUser, row: BudgetRow, options: BudgetOptions): Promise<SavedBudget> {
  const month = thisMonthIn(user.timezone, options.clock);
  try {
    const spend = await readMonthSpend(user.id, month, options.spendReader);
    return presentBudget(row, month, spend.byCategory);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "unavailable")) throw error;
    return { ...row, month, spent: null, remaining: null, percent: null };
  }
}
