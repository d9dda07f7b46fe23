"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";

import type { Slice } from "../../_lib/category-breakdown";
import { formatMoney, formatPercent } from "@/lib/format";
import { sliceColor, SURFACE } from "./chart-colors";
import { ringSegment } from "./chart-geometry";
import { ChartTooltip, ChartTooltipBox } from "./chart-tooltip";
import { useChartSize } from "./use-chart-size";
import { ChartSvg } from "./chart-frame";

export type CategoryDonutProps = {
  slices: Slice[];
  currency: string;
  /** The chart's accessible name and description; the list beside it has every figure. */
  title: string;
  description: string;
};

/** The ring's hole, as a share of its outer radius. */
const INNER = 0.58;

/**
 * The month's spending as a donut; a slice opens that category's transactions.
 * The first slice starts at three o'clock and the others follow counter-clockwise.
 */
export function CategoryDonut({ slices, currency, title, description }: CategoryDonutProps) {
  const router = useRouter();
  const descriptionId = useId();
  const [boxRef, { width, height }] = useChartSize<HTMLDivElement>();
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);

  const total = slices.reduce((sum, slice) => sum + Math.max(0, slice.value), 0);
  const outer = Math.max(0, Math.min(width, height) / 2 - 1);
  const [cx, cy] = [width / 2, height / 2];
  const sweeps = slices.map((slice) => (total > 0 ? (Math.max(0, slice.value) / total) * Math.PI * 2 : 0));
  const starts = sweeps.map((_, i) => sweeps.slice(0, i).reduce((sum, sweep) => sum + sweep, 0));
  const segments = slices.map((slice, i) => ({
    slice,
    color: sliceColor(slice.slice),
    d: ringSegment(cx, cy, outer * INNER, outer, starts[i]!, starts[i]! + sweeps[i]!),
  }));
  const hovered = hover ? segments[hover.index] : undefined;

  return (
    <div ref={boxRef} className="relative size-full">
      {width > 0 ? (
        <ChartSvg
          title={title}
          description={description}
          descriptionId={descriptionId}
          width={width}
          height={height}
          className="block overflow-visible"
          onPointerLeave={() => setHover(null)}
        >
          {segments.map(({ slice, color, d }, index) => (
            <path
              key={slice.href}
              d={d}
              fill={color}
              stroke={SURFACE}
              strokeWidth={2}
              strokeLinejoin="round"
              className="cursor-pointer"
              // The list next to the chart has the same links for the keyboard; the chart is for the eye.
              onPointerMove={(event) => {
                const box = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
                setHover({ index, x: event.clientX - box.left, y: event.clientY - box.top });
              }}
              onClick={() => router.push(slice.href)}
            />
          ))}
        </ChartSvg>
      ) : null}
      {hover && hovered ? (
        <ChartTooltip x={hover.x} y={hover.y} boxWidth={width}>
          <ChartTooltipBox
            title={hovered.slice.name}
            rows={[
              { name: "Spent", value: formatMoney(hovered.slice.spent, currency), mark: { kind: "fill", color: hovered.color } },
              { name: "Share", value: formatPercent(hovered.slice.share) },
            ]}
          />
        </ChartTooltip>
      ) : null}
    </div>
  );
}
