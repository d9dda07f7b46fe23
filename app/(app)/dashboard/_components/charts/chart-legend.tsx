// Legends drawn by the server beside a chart, so they show before the chart
// loads. Each key shows the same mark as the chart: a fill with or without
// stripes, a solid, dashed or dotted line.
import { cn } from "@/lib/cn";

export type LegendMark =
  | { kind: "fill"; color: string; striped?: boolean }
  | { kind: "line"; color: string; dash?: "solid" | "dashed" | "dotted"; dot?: boolean };

export function ChartLegend({ items, className }: { items: Array<{ label: string; mark: LegendMark }>; className?: string }) {
  return (
    <ul className={cn("flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground", className)}>
      {items.map(({ label, mark }) => (
        <li key={label} className="flex items-center gap-1.5">
          <LegendKey mark={mark} />
          {label}
        </li>
      ))}
    </ul>
  );
}

const DASHES = { solid: undefined, dashed: "6 4", dotted: "2 3" } as const;

/** The mark alone, e.g. as the swatch of a table row. SVG attributes rather than inline styles, so a strict CSP can't strip them. */
export function LegendKey({ mark }: { mark: LegendMark }) {
  if (mark.kind === "line") {
    return (
      <svg aria-hidden="true" width="20" height="10" className="shrink-0">
        <line x1="1" y1="5" x2="19" y2="5" stroke={mark.color} strokeWidth="2" strokeDasharray={DASHES[mark.dash ?? "solid"]} />
        {mark.dot ? <circle cx="10" cy="5" r="3" fill={mark.color} /> : null}
      </svg>
    );
  }
  return (
    <svg aria-hidden="true" width="12" height="12" className="shrink-0">
      <rect width="12" height="12" rx="3" fill={mark.color} />
      {mark.striped ? <path d="M-2 10 L10 -2 M2 14 L14 2" stroke="var(--card)" strokeOpacity="0.55" strokeWidth="2.5" /> : null}
    </svg>
  );
}
