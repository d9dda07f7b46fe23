"use client";
// The parts every chart draws the same way: the SVG with its accessible name
// and description, and the value axis's grid lines with their labels.
import type { ComponentProps, ReactNode } from "react";

import { GRID, TICK } from "./chart-theme";

type ChartSvgProps = Omit<ComponentProps<"svg">, "role" | "aria-label" | "aria-describedby"> & {
  title: string;
  description: string;
  descriptionId: string;
  children: ReactNode;
};

/** An SVG chart as one image for assistive technology: `title` names it, `description` says what it shows. */
export function ChartSvg({ title, description, descriptionId, className = "block", children, ...svg }: ChartSvgProps) {
  return (
    <svg role="img" aria-label={title} aria-describedby={descriptionId} className={className} {...svg}>
      <desc id={descriptionId}>{description}</desc>
      {children}
    </svg>
  );
}

/** A dashed grid line and its label at each tick of the value axis, from `left` to `right`. */
export function ValueGrid({ ticks, labels, left, right, y }: { ticks: readonly number[]; labels: readonly string[]; left: number; right: number; y: (value: number) => number }) {
  return ticks.map((value, i) => (
    <g key={value}>
      <line x1={left} x2={right} y1={y(value)} y2={y(value)} {...GRID} />
      <text x={left - 8} y={y(value)} dy="0.355em" textAnchor="end" {...TICK}>
        {labels[i]}
      </text>
    </g>
  ));
}
