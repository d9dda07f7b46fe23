// A stored budget as the API and the pages show it, with one month's figures.
import type { Clock } from "@/lib/clock";
import type { UserCategories } from "@/modules/transaction";
import type { BudgetRow } from "./budget-repository";
import type { SpendReader } from "./read-budget-months";
import type { Budget, BudgetMonthFigures } from "./schemas";

/** What the services depend on besides the database: injected by tests (STYLE.md §14). */
export type BudgetOptions = { clock?: Clock; spendReader?: SpendReader };

/** The limit in force in a month (YYYY-MM): the latest one from on or before it. */
export function amountIn(row: BudgetRow, month: string): string {
  const day = `${month}-01`;
  let amount = row.limits[0]!.amount;
  for (const limit of row.limits) if (limit.from <= day) amount = limit.amount;
  return amount;
}

export function presentBudget(row: BudgetRow, categories: UserCategories, month: string, figures: BudgetMonthFigures): Budget {
  return { id: row.id, category: categories.byId(row.categoryId)?.name ?? "", rollover: row.rollover, ...figures, month };
}

/** Whether the budget applies to the month (YYYY-MM): not before its first month. */
export const appliesIn = (row: BudgetRow, month: string): boolean => row.startsMonth === null || row.startsMonth <= `${month}-01`;
