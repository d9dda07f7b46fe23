import { formatAmount } from "@/lib/money";
import { datesOfMonth } from "./calendar-month";
import { sumExpensesByCategory } from "./insight-repository";

export type CategorySpending = {
  category: string;
  spent: string;
  count: number;
  /** Percent of the month's expenses, one decimal; for display (the shares may add up to 99.9 or 100.1). */
  share: number;
};

export type SpendingByCategory = { month: string; total: string; categories: CategorySpending[] };

/** The month's expenses per category, largest first, with each one's share of the total. One query, on the monthly totals. */
export async function spendingByCategory(userId: string, month: string): Promise<SpendingByCategory> {
  const rows = await sumExpensesByCategory(userId, datesOfMonth(month).from);
  return {
    month,
    total: formatAmount(rows[0]?.total ?? "0.00"),
    categories: rows.map((row) => ({
      category: row.category,
      spent: formatAmount(row.spent),
      count: row.count,
      share: Number(row.share),
    })),
  };
}
