import { thisMonthIn } from "@/lib/clock";
import type { SessionUser } from "@/modules/user";
import { budgetTotals, byAmountDescending } from "./budget-figures";
import { listBudgetRows } from "./budget-repository";
import { presentBudget, type BudgetOptions } from "./present-budget";
import { readMonthSpend } from "./read-spend";
import type { Budget, BudgetTotals } from "./schemas";

export type UnbudgetedSpending = { category: string; spent: string };

export type BudgetMonth = {
  month: string;
  /** Every budget of the user, by category name, with the month's figures. */
  items: Budget[];
  totals: BudgetTotals;
  /** Expense categories with spending in the month but no budget, most spent first. */
  unbudgeted: UnbudgetedSpending[];
};

/** The user's budgets for a month (default: this month in the user's time zone). Spend is one query. */
export async function listBudgets(user: SessionUser, month?: string, options: BudgetOptions = {}): Promise<BudgetMonth> {
  const forMonth = month ?? thisMonthIn(user.timezone, options.clock);
  const [rows, spend] = await Promise.all([
    listBudgetRows(user.id),
    readMonthSpend(user.id, forMonth, options.spendReader),
  ]);
  const items = rows.map((row) => presentBudget(row, forMonth, spend.byCategory));
  const budgeted = new Set(rows.map((row) => row.category));
  const unbudgeted = [...spend.byCategory]
    .filter(([category]) => !budgeted.has(category))
    .map(([category, spent]) => ({ category, spent }))
    .sort((a, b) => byAmountDescending(a.spent, b.spent) || a.category.localeCompare(b.category));
  return { month: forMonth, items, totals: budgetTotals(items), unbudgeted };
}

/** The hint of the budgets page and the dashboard: spending that no budget limits. */
export async function unbudgetedSpending(user: SessionUser, month?: string, options: BudgetOptions = {}): Promise<UnbudgetedSpending[]> {
  return (await listBudgets(user, month, options)).unbudgeted;
}
