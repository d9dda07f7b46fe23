// The tooltip box of every dashboard chart, in the card's colours, each row
// keyed with the same mark as the chart and its legend.
import { LegendKey, type LegendMark } from "./chart-legend";

export type TooltipRow = { name: string; value: string; mark?: LegendMark };

export function ChartTooltipBox({ title, rows }: { title: string; rows: TooltipRow[] }) {
  return (
    <div className="grid min-w-40 gap-1 rounded-md border bg-card px-3 py-2 text-xs text-card-foreground shadow-md">
      <p className="font-semibold">{title}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        {rows.map((row) => (
          <div key={row.name} className="contents">
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              {row.mark ? <LegendKey mark={row.mark} /> : null}
              {row.name}
            </dt>
            <dd className="text-right font-medium tabular-nums">{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Where a chart shows its tooltip: beside the pointer, inside the chart's box
 * (position: relative), flipped to the left near the right edge. It never
 * takes the pointer, so moving on keeps hovering the chart.
 */
export function ChartTooltip({ x, y, boxWidth, children }: { x: number; y: number; boxWidth: number; children: React.ReactNode }) {
  const flip = x > boxWidth / 2;
  return (
    <div
      className="chart-tooltip pointer-events-none absolute top-0 left-0 z-10"
      style={{ transform: `translate(${flip ? `calc(${Math.round(x - 12)}px - 100%)` : `${Math.round(x + 12)}px`}, ${Math.round(y + 12)}px)` }}
    >
      {children}
    </div>
  );
}
