"use client";

import {
  Area,
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

import { toChartValue } from "../../_lib/cents";
import { formatAxisMoney, formatMoney } from "@/lib/format";
import type { PacePoint } from "../../_lib/spending-pace";
import { EXPENSE_COLOR, INK, MUTED_INK } from "./chart-colors";
import { MARKS } from "./chart-marks";
import { chartTheme, TICK } from "./chart-theme";
import { ChartTooltipBox } from "./chart-tooltip";

export type PaceChartProps = {
  points: PacePoint[];
  /** The budgets' total, drawn as a dashed line; null without budgets. */
  budget: string | null;
  currency: string;
  title: string;
  description: string;
};

/**
 * Cumulative spending (solid, filled) against the budget (dashed) and the even
 * pace towards it (dotted): told apart by line style, not only by colour.
 */
export function PaceChart({ points, budget, currency, title, description }: PaceChartProps) {
  const limit = budget === null ? null : toChartValue(budget);
  return (
    <RechartsThemeProvider value={chartTheme}>
      <ComposedChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={points}
        margin={{ top: 16, right: 8, bottom: 0, left: 4 }}
        role="img"
        title={title}
        desc={description}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} />
        <XAxis dataKey="day" tick={TICK} tickLine={false} interval="preserveStartEnd" minTickGap={12} />
        <YAxis
          tick={TICK}
          tickLine={false}
          axisLine={false}
          width="auto"
          // Room for the budget line even before spending gets near it.
          domain={[0, (dataMax: number) => Math.max(dataMax, limit ?? 0)]}
          tickFormatter={(value: number) => formatAxisMoney(value, currency)}
        />
        {limit === null ? null : (
          <ReferenceLine
            y={limit}
            stroke={INK}
            strokeDasharray="6 4"
            label={{ value: `Budget ${formatMoney(budget!, currency)}`, position: "insideTopLeft", fill: INK, fontSize: 12 }}
          />
        )}
        {limit === null ? null : (
          <Line dataKey="pace" name="Even pace" stroke={MUTED_INK} strokeDasharray="2 4" strokeWidth={2} dot={false} activeDot={false} />
        )}
        <Area
          dataKey="spent"
          name="Spent"
          type="linear"
          stroke={EXPENSE_COLOR}
          strokeWidth={2.5}
          fill={EXPENSE_COLOR}
          fillOpacity={0.15}
          connectNulls={false}
        />
        <Tooltip content={(props) => <DayTooltip {...props} currency={currency} />} />
      </ComposedChart>
    </RechartsThemeProvider>
  );
}

function DayTooltip({ active, payload, currency }: TooltipContentProps & { currency: string }) {
  const point = payload?.[0]?.payload as PacePoint | undefined;
  if (!active || !point) return null;
  const { spent, pace } = point.amounts;
  const rows = [];
  if (spent !== null) rows.push({ name: "Spent so far", value: formatMoney(spent, currency), mark: MARKS.spent });
  if (pace !== null) rows.push({ name: "Even pace", value: formatMoney(pace, currency), mark: MARKS.pace });
  return <ChartTooltipBox title={`Day ${point.day}`} rows={rows} />;
}
