"use client";

import { useId, useState } from "react";

import type { MonthBar } from "../../_lib/month-bars";
import { formatAxisMoney, formatMoney, formatMonth } from "@/lib/format";
import { EXPENSE_COLOR, INCOME_COLOR, INK } from "./chart-colors";
import { ChartSvg, ValueGrid } from "./chart-frame";
import { nearestIndex, niceTicks, plotArea, roundedBottomBar, roundedTopBar, visibleTicks } from "./chart-geometry";
import { MARKS } from "./chart-marks";
import { expenseStripes } from "./chart-patterns";
import { AXIS, CURSOR, REFERENCE, TICK } from "./chart-theme";
import { ChartTooltip, ChartTooltipBox } from "./chart-tooltip";
import { useChartSize } from "./use-chart-size";

export type MonthlyChartProps = { bars: MonthBar[]; currency: string; title: string; description: string };

const MARGIN = { top: 8, right: 4, bottom: 0, left: 4 };
/** Room under the plot for the month labels. */
const X_LABELS = 24;
const BAR_GAP = 2;
const CATEGORY_GAP = 0.2;
const MAX_BAR = 28;

/** Income and expenses per month as grouped bars, the balance as a line over them. */
export function MonthlyChart({ bars, currency, title, description }: MonthlyChartProps) {
  const ids = useId();
  const [boxRef, { width, height }] = useChartSize<HTMLDivElement>();
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);

  const values = bars.flatMap((bar) => [bar.income, bar.expense, bar.balance]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const labels = ticks.map((value) => formatAxisMoney(value, currency));
  const { left, right, top, bottom, y } = plotArea(ticks, labels, { width, height }, MARGIN, X_LABELS);
  const band = bars.length ? (right - left) / bars.length : 0;
  const barWidth = Math.max(1, Math.min(MAX_BAR, (band * (1 - CATEGORY_GAP) - BAR_GAP) / 2));
  const centers = bars.map((_, i) => left + band * (i + 0.5));
  const shownTicks = visibleTicks(centers, bars.map((bar) => bar.tick), 8);
  const zero = y(0);
  const negative = bars.some((bar) => bar.balance < 0);

  const barPath = (x: number, value: number) =>
    value >= 0 ? roundedTopBar(x, y(value), barWidth, zero - y(value), 3) : roundedBottomBar(x, zero, barWidth, y(value) - zero, 3);
  const hovered = hover ? bars[hover.index] : undefined;
  const money = (amount: string) => formatMoney(amount, currency);

  return (
    <div ref={boxRef} className="relative size-full">
      {width > 0 && bars.length > 0 ? (
        <ChartSvg
          title={title}
          description={description}
          descriptionId={`${ids}-desc`}
          width={width}
          height={height}
          className="block"
          onPointerMove={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            const [px, py] = [event.clientX - box.left, event.clientY - box.top];
            setHover(px >= left && px <= right ? { index: nearestIndex(centers, px), x: px, y: py } : null);
          }}
          onPointerLeave={() => setHover(null)}
        >
          <defs>
            <pattern
              id={`${ids}-stripes`}
              width={expenseStripes.size}
              height={expenseStripes.size}
              patternUnits="userSpaceOnUse"
              patternTransform={`rotate(${expenseStripes.angle})`}
            >
              <rect width={expenseStripes.size} height={expenseStripes.size} fill={EXPENSE_COLOR} />
              <rect
                width={expenseStripes.stripeWidth}
                height={expenseStripes.size}
                fill={expenseStripes.stripeColor}
                fillOpacity={expenseStripes.stripeOpacity}
              />
            </pattern>
          </defs>

          <ValueGrid ticks={ticks} labels={labels} left={left} right={right} y={y} />
          {hover ? (
            <rect x={left + band * hover.index} y={top} width={band} height={bottom - top} fill={CURSOR.fill} fillOpacity={CURSOR.fillOpacity} />
          ) : null}

          {bars.map((bar, i) => {
            const start = centers[i]! - barWidth - BAR_GAP / 2;
            return (
              <g key={bar.month}>
                <path d={barPath(start, bar.income)} fill={INCOME_COLOR} />
                <path d={barPath(start + barWidth + BAR_GAP, bar.expense)} fill={`url(#${ids}-stripes)`} />
              </g>
            );
          })}

          <line x1={left} x2={right} y1={bottom} y2={bottom} {...AXIS} />
          {negative ? <line x1={left} x2={right} y1={zero} y2={zero} {...REFERENCE} /> : null}
          {bars.map((bar, i) =>
            shownTicks[i] ? (
              <text key={bar.month} x={centers[i]} y={bottom + 8} dy="0.71em" textAnchor="middle" {...TICK}>
                {bar.tick}
              </text>
            ) : null,
          )}

          <polyline
            points={bars.map((bar, i) => `${centers[i]},${y(bar.balance)}`).join(" ")}
            fill="none"
            stroke={INK}
            strokeWidth={2}
            strokeLinejoin="round"
          />
          {bars.map((bar, i) => (
            <circle key={bar.month} cx={centers[i]} cy={y(bar.balance)} r={hover?.index === i ? 5 : 3} fill={INK} stroke={hover?.index === i ? "var(--card)" : "none"} strokeWidth={2} />
          ))}
        </ChartSvg>
      ) : null}
      {hover && hovered ? (
        <ChartTooltip x={hover.x} y={hover.y} boxWidth={width}>
          <ChartTooltipBox
            title={formatMonth(hovered.month)}
            rows={[
              { name: "Income", value: money(hovered.amounts.income), mark: MARKS.income },
              { name: "Expenses", value: money(hovered.amounts.expense), mark: MARKS.expense },
              { name: "Balance", value: formatMoney(hovered.amounts.balance, currency, "exceptZero"), mark: MARKS.balance },
            ]}
          />
        </ChartTooltip>
      ) : null}
    </div>
  );
}
