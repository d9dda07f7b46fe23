import { formatAmount } from "@/lib/money";
import { datesOfMonths } from "./calendar-month";
import { sumByMonth } from "./insight-repository";
import type { TransactionSummary } from "./schemas";

/** A month's figures, as GET /api/transactions/summary gives them for that month's dates. */
export type MonthTotals = TransactionSummary & { month: string };

/**
 * Income, expense, balance and count for each of the `months` months up to and
 * including `through`, oldest first; a month without transactions is all zeros,
 * so the series never has gaps. One query.
 */
export async function monthlyTotals(userId: string, { through, months }: { through: string; months: number }): Promise<MonthTotals[]> {
  const rows = await sumByMonth(userId, datesOfMonths(through, months));
  return rows.map((row) => ({
    month: row.month,
    income: formatAmount(row.income),
    expense: formatAmount(row.expense),
    balance: formatAmount(row.balance),
    count: row.count,
  }));
}
