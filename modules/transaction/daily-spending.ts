import { formatAmount } from "@/lib/money";
import { datesOfMonth } from "./calendar-month";
import { sumExpensesByDay } from "./insight-repository";
import { userCategories } from "./user-categories";

export type DaySpending = {
  date: string;
  spent: string;
  /** Spent from the first of the month through this day. */
  cumulative: string;
};

/**
 * Every day of the month with its expenses and the running total, summed by
 * PostgreSQL. `categories` counts only those (e.g. the budgeted ones, to set
 * against the budgets' total); without it every expense counts. One query.
 */
export async function dailySpending(
  userId: string,
  month: string,
  options: { categories?: readonly string[] } = {},
): Promise<DaySpending[]> {
  const ids = options.categories && (await userCategories(userId)).all.filter((c) => c.type === "expense" && options.categories!.includes(c.name)).map((c) => c.id);
  const rows = await sumExpensesByDay(userId, datesOfMonth(month), ids);
  return rows.map((row) => ({ date: row.date, spent: formatAmount(row.spent), cumulative: formatAmount(row.cumulative) }));
}
