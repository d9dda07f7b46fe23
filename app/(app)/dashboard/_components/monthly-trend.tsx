import type { MonthTotals } from "@/modules/transaction";
import { formatMoney, formatMonth } from "@/lib/format";
import { monthBars } from "../_lib/month-bars";
import { ChartLegend } from "./charts/chart-legend";
import { MARKS } from "./charts/chart-marks";
import { LazyMonthlyChart } from "./charts/lazy-charts";
import { DashboardCard } from "./dashboard-card";
import { DataTableDisclosure } from "./data-table-disclosure";

/** Income against expenses for each of the last 12 months, and the balance they leave. */
export function MonthlyTrend({ months, currency }: { months: MonthTotals[]; currency: string }) {
  const first = formatMonth(months[0]!.month, "short");
  const last = formatMonth(months.at(-1)!.month, "short");
  const range = `${first} to ${last}`;
  const money = (amount: string) => formatMoney(amount, currency);

  return (
    <DashboardCard id="trend-title" title="Income and expenses" description={`Each month from ${range}, and the balance left.`}>
      <ChartLegend
        items={[
          { label: "Income", mark: MARKS.income },
          { label: "Expenses", mark: MARKS.expense },
          { label: "Balance", mark: MARKS.balance },
        ]}
      />
      <div className="h-64 sm:h-72">
        <LazyMonthlyChart
          bars={monthBars(months)}
          currency={currency}
          title={`Income, expenses and balance per month, ${range}`}
          description="Grouped bars of income and expenses per month, with the balance as a line. The table below has every figure."
        />
      </div>
      <DataTableDisclosure summary="Show the figures as a table">
        <table className="w-full text-xs sm:text-sm">
          <caption className="sr-only">Income, expenses and balance per month, {range}</caption>
          <thead className="text-left text-muted-foreground">
            <tr>
              <th scope="col" className="pb-2 font-medium">
                Month
              </th>
              <th scope="col" className="pb-2 text-right font-medium">
                Income
              </th>
              <th scope="col" className="pb-2 text-right font-medium">
                Expenses
              </th>
              <th scope="col" className="pb-2 text-right font-medium">
                Balance
              </th>
            </tr>
          </thead>
          <tbody className="divide-y tabular-nums">
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row" className="py-1.5 pr-2 text-left font-normal whitespace-nowrap">
                  {formatMonth(month.month, "short")}
                </th>
                <td className="py-1.5 pl-2 text-right">{money(month.income)}</td>
                <td className="py-1.5 pl-2 text-right">{money(month.expense)}</td>
                <td className="py-1.5 pl-2 text-right">{formatMoney(month.balance, currency, "exceptZero")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </DataTableDisclosure>
    </DashboardCard>
  );
}
