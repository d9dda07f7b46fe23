"use client";

import { useRouter } from "next/navigation";
import { Pie, PieChart, RechartsThemeProvider, Tooltip, type TooltipContentProps } from "recharts";

import type { Slice } from "../../_lib/category-breakdown";
import { formatMoney, formatPercent } from "@/lib/format";
import { sliceColor, SURFACE } from "./chart-colors";
import { chartTheme } from "./chart-theme";
import { ChartTooltipBox } from "./chart-tooltip";

export type CategoryDonutProps = {
  slices: Slice[];
  currency: string;
  /** The chart's accessible name and description; the list beside it has every figure. */
  title: string;
  description: string;
};

/** The month's spending as a donut; a slice opens that category's transactions. */
export function CategoryDonut({ slices, currency, title, description }: CategoryDonutProps) {
  const router = useRouter();
  // A fill per data entry colours each slice (recharts 3's replacement for <Cell>).
  const data = slices.map((slice) => ({ ...slice, fill: sliceColor(slice.slice) }));

  return (
    <RechartsThemeProvider value={chartTheme}>
      <PieChart
        responsive
        style={{ width: "100%", height: "100%" }}
        role="img"
        title={title}
        desc={description}
        // The list next to the chart has the same links for the keyboard; the chart is for the eye.
        accessibilityLayer={false}
      >
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          innerRadius="58%"
          outerRadius="100%"
          stroke={SURFACE}
          strokeWidth={2}
          className="cursor-pointer"
          onClick={(_, index) => {
            const href = data[index]?.href;
            if (href) router.push(href);
          }}
        />
        <Tooltip content={(props) => <SliceTooltip {...props} currency={currency} />} />
      </PieChart>
    </RechartsThemeProvider>
  );
}

function SliceTooltip({ active, payload, currency }: TooltipContentProps & { currency: string }) {
  const slice = payload?.[0]?.payload as (Slice & { fill: string }) | undefined;
  if (!active || !slice) return null;
  return (
    <ChartTooltipBox
      title={slice.name}
      rows={[
        { name: "Spent", value: formatMoney(slice.spent, currency), mark: { kind: "fill", color: slice.fill } },
        { name: "Share", value: formatPercent(slice.share) },
      ]}
    />
  );
}
