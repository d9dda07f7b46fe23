import { thisMonthIn } from "@/lib/clock";
import { userCategories } from "@/modules/transaction";
import type { SessionUser } from "@/modules/user";
import { budgetTotals, byAmountDescending } from "./budget-figures";
import { listBudgetRows } from "./budget-repository";
import { appliesIn, presentBudget, type BudgetOptions } from "./present-budget";
import { readBudgetMonths, readMonthSpendByCategory } from "./read-budget-months";
import type { Budget, BudgetTotals } from "./schemas";

export type UnbudgetedSpending = { category: string; spent: string };

export type BudgetMonth = {
  month: string;
  /** The budgets that apply to the month, by category name, with its figures. */
  items: Budget[];
  totals: BudgetTotals;
  /** Expense categories with spending in the month but no budget, most spent first. */
  unbudgeted: UnbudgetedSpending[];
};

/**
 * The user's budgets for a month (default: this month in the user's time
 * zone): one read of the budgets, then two statements through the read-only
 * role at once (the figures with their rollover chains, and the month's
 * spending per category for the hint).
 */
export async function listBudgets(user: SessionUser, month?: string, options: BudgetOptions = {}): Promise<BudgetMonth> {
  const forMonth = month ?? thisMonthIn(user.timezone, options.clock);
  const rows = (await listBudgetRows(user.id)).filter((row) => appliesIn(row, forMonth));
  const [categories, figures, spend] = await Promise.all([
    userCategories(user.id),
    readBudgetMonths(user.id, rows, { from: forMonth, to: forMonth }, options.spendReader),
    readMonthSpendByCategory(user.id, forMonth, options.spendReader),
  ]);
  const items = rows
    .map((row) => presentBudget(row, categories, forMonth, figures.get(row.id)![0]!))
    .sort((a, b) => a.category.localeCompare(b.category));
  const budgeted = new Set(rows.map((row) => row.categoryId));
  const unbudgeted = [...spend.byCategoryId]
    .filter(([id]) => !budgeted.has(id) && categories.byId(id))
    .map(([id, spent]) => ({ category: categories.byId(id)!.name, spent }))
    .sort((a, b) => byAmountDescending(a.spent, b.spent) || a.category.localeCompare(b.category));
  return { month: forMonth, items, totals: budgetTotals(items), unbudgeted };
}

/** The hint of the budgets page and the dashboard: spending that no budget limits. */
export async function unbudgetedSpending(user: SessionUser, month?: string, options: BudgetOptions = {}): Promise<UnbudgetedSpending[]> {
  return (await listBudgets(user, month, options)).unbudgeted;
}
