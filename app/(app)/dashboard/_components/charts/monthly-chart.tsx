"use client";

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  RechartsThemeProvider,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";

import type { MonthBar } from "../../_lib/month-bars";
import { formatAxisMoney, formatMoney, formatMonth } from "@/lib/format";
import { EXPENSE_COLOR, INCOME_COLOR, INK } from "./chart-colors";
import { MARKS } from "./chart-marks";
import { expenseStripes } from "./chart-patterns";
import { chartTheme, TICK } from "./chart-theme";
import { ChartTooltipBox } from "./chart-tooltip";

export type MonthlyChartProps = { bars: MonthBar[]; currency: string; title: string; description: string };

/** Income and expenses per month as grouped bars, the balance as a line over them. */
export function MonthlyChart({ bars, currency, title, description }: MonthlyChartProps) {
  const negative = bars.some((bar) => bar.balance < 0);
  return (
    <RechartsThemeProvider value={chartTheme}>
      <ComposedChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={bars}
        margin={{ top: 8, right: 4, bottom: 0, left: 4 }}
        barGap={2}
        barCategoryGap="20%"
        role="img"
        title={title}
        desc={description}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} />
        <XAxis dataKey="tick" tick={TICK} tickLine={false} interval="preserveStartEnd" minTickGap={8} />
        <YAxis
          tick={TICK}
          tickLine={false}
          axisLine={false}
          width="auto"
          tickFormatter={(value: number) => formatAxisMoney(value, currency)}
        />
        {negative ? <ReferenceLine y={0} /> : null}
        <Bar dataKey="income" name="Income" fill={INCOME_COLOR} radius={[3, 3, 0, 0]} maxBarSize={28} />
        <Bar
          dataKey="expense"
          name="Expenses"
          fill={{ color: EXPENSE_COLOR, definition: expenseStripes }}
          radius={[3, 3, 0, 0]}
          maxBarSize={28}
        />
        <Line
          dataKey="balance"
          name="Balance"
          type="linear"
          stroke={INK}
          strokeWidth={2}
          dot={{ r: 3, fill: INK, strokeWidth: 0 }}
          activeDot={{ r: 5 }}
        />
        <Tooltip content={(props) => <MonthTooltip {...props} currency={currency} />} />
      </ComposedChart>
    </RechartsThemeProvider>
  );
}

function MonthTooltip({ active, payload, currency }: TooltipContentProps & { currency: string }) {
  const bar = payload?.[0]?.payload as MonthBar | undefined;
  if (!active || !bar) return null;
  const money = (amount: string) => formatMoney(amount, currency);
  return (
    <ChartTooltipBox
      title={formatMonth(bar.month)}
      rows={[
        { name: "Income", value: money(bar.amounts.income), mark: MARKS.income },
        { name: "Expenses", value: money(bar.amounts.expense), mark: MARKS.expense },
        { name: "Balance", value: formatMoney(bar.amounts.balance, currency, "exceptZero"), mark: MARKS.balance },
      ]}
    />
  );
}
