"use client";

import { useId, useState } from "react";

import { toChartValue } from "../../_lib/cents";
import { formatAxisMoney, formatMoney } from "@/lib/format";
import type { PacePoint } from "../../_lib/spending-pace";
import { EXPENSE_COLOR, INK, MUTED_INK } from "./chart-colors";
import { ChartSvg, ValueGrid } from "./chart-frame";
import { nearestIndex, niceTicks, plotArea, visibleTicks } from "./chart-geometry";
import { MARKS } from "./chart-marks";
import { AXIS, CURSOR, TICK } from "./chart-theme";
import { ChartTooltip, ChartTooltipBox } from "./chart-tooltip";
import { useChartSize } from "./use-chart-size";

export type PaceChartProps = {
  points: PacePoint[];
  /** The budgets' total, drawn as a dashed line; null without budgets. */
  budget: string | null;
  currency: string;
  title: string;
  description: string;
};

const MARGIN = { top: 16, right: 8, bottom: 0, left: 4 };
const X_LABELS = 24;

/**
 * Cumulative spending (solid, filled) against the budget (dashed) and the even
 * pace towards it (dotted): told apart by line style, not only by colour.
 */
export function PaceChart({ points, budget, currency, title, description }: PaceChartProps) {
  const descriptionId = useId();
  const [boxRef, { width, height }] = useChartSize<HTMLDivElement>();
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);

  const limit = budget === null ? null : toChartValue(budget);
  // Room for the budget line even before spending gets near it.
  const highest = Math.max(0, limit ?? 0, ...points.flatMap((p) => [p.spent ?? 0, limit === null ? 0 : (p.pace ?? 0)]));
  const ticks = niceTicks(0, highest);
  const labels = ticks.map((value) => formatAxisMoney(value, currency));
  const { left, right, top, bottom, y } = plotArea(ticks, labels, { width, height }, MARGIN, X_LABELS);
  // Days sit on points from edge to edge: day 1 on the axis, the last day at the right end.
  const step = points.length > 1 ? (right - left) / (points.length - 1) : 0;
  const xs = points.map((_, i) => (points.length > 1 ? left + step * i : (left + right) / 2));
  const shownTicks = visibleTicks(xs, points.map((p) => String(p.day)), 12);

  const spentPoints = points.flatMap((p, i) => (p.spent === null ? [] : [[xs[i]!, y(p.spent)] as const]));
  const spentLine = spentPoints.map(([px, py]) => `${px},${py}`).join(" ");
  const spentArea = spentPoints.length
    ? `M${spentPoints[0]![0]},${y(0)}L${spentLine.replaceAll(" ", "L")}L${spentPoints.at(-1)![0]},${y(0)}Z`
    : "";
  const paceLine =
    limit === null
      ? ""
      : points.flatMap((p, i) => (p.pace === null ? [] : [`${xs[i]},${y(p.pace)}`])).join(" ");

  const hovered = hover ? points[hover.index] : undefined;
  const tooltipRows = [];
  if (hovered?.amounts.spent != null) tooltipRows.push({ name: "Spent so far", value: formatMoney(hovered.amounts.spent, currency), mark: MARKS.spent });
  if (hovered?.amounts.pace != null) tooltipRows.push({ name: "Even pace", value: formatMoney(hovered.amounts.pace, currency), mark: MARKS.pace });

  return (
    <div ref={boxRef} className="relative size-full">
      {width > 0 && points.length > 0 ? (
        <ChartSvg
          title={title}
          description={description}
          descriptionId={descriptionId}
          width={width}
          height={height}
          className="block"
          onPointerMove={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            const [px, py] = [event.clientX - box.left, event.clientY - box.top];
            setHover(px >= left - step / 2 && px <= right + step / 2 ? { index: nearestIndex(xs, px), x: px, y: py } : null);
          }}
          onPointerLeave={() => setHover(null)}
        >
          <ValueGrid ticks={ticks} labels={labels} left={left} right={right} y={y} />
          <line x1={left} x2={right} y1={bottom} y2={bottom} {...AXIS} />
          {points.map((p, i) =>
            shownTicks[i] ? (
              <text key={p.day} x={xs[i]} y={bottom + 8} dy="0.71em" textAnchor="middle" {...TICK}>
                {p.day}
              </text>
            ) : null,
          )}

          {hover ? <line x1={xs[hover.index]} x2={xs[hover.index]} y1={top} y2={bottom} stroke={CURSOR.stroke} /> : null}

          {limit === null ? null : (
            <g>
              <line x1={left} x2={right} y1={y(limit)} y2={y(limit)} stroke={INK} strokeDasharray="6 4" />
              <text x={left + 5} y={y(limit) + 5} dy="0.71em" fill={INK} fontSize={12}>
                Budget {formatMoney(budget!, currency)}
              </text>
            </g>
          )}
          {paceLine ? <polyline points={paceLine} fill="none" stroke={MUTED_INK} strokeDasharray="2 4" strokeWidth={2} /> : null}
          {spentArea ? <path d={spentArea} fill={EXPENSE_COLOR} fillOpacity={0.15} /> : null}
          {spentLine ? (
            <polyline points={spentLine} fill="none" stroke={EXPENSE_COLOR} strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />
          ) : null}
          {hovered && hovered.spent !== null ? (
            <circle cx={xs[hover!.index]} cy={y(hovered.spent)} r={4} fill={EXPENSE_COLOR} stroke="var(--card)" strokeWidth={2} />
          ) : null}
        </ChartSvg>
      ) : null}
      {hover && hovered && tooltipRows.length ? (
        <ChartTooltip x={hover.x} y={hover.y} boxWidth={width}>
          <ChartTooltipBox title={`Day ${hovered.day}`} rows={tooltipRows} />
        </ChartTooltip>
      ) : null}
    </div>
  );
}
