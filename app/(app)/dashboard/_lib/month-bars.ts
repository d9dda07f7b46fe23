// The 12-month income and expense series as the chart draws it.
import type { MonthTotals } from "@/modules/transaction";
import { toChartValue } from "./cents";
import { formatMonth } from "@/lib/format";

export type MonthBar = {
  month: string;
  /** The axis label, "Nov"; January says its year, "Jan 2026", so the turn of the year is visible. */
  tick: string;
  /** Chart geometry only. */
  income: number;
  expense: number;
  balance: number;
  /** The exact figures, for the tooltip. */
  amounts: Pick<MonthTotals, "income" | "expense" | "balance">;
};

export function monthBars(totals: readonly MonthTotals[]): MonthBar[] {
  return totals.map(({ month, income, expense, balance }) => ({
    month,
    tick: formatMonth(month, month.endsWith("-01") ? "short" : "tick"),
    income: toChartValue(income),
    expense: toChartValue(expense),
    balance: toChartValue(balance),
    amounts: { income, expense, balance },
  }));
}
