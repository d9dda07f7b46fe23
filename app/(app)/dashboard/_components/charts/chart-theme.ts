// One recharts theme for the dashboard: axes, grid, text and cursor in the
// design tokens, so the charts look like the cards around them in either theme.
import type { RechartsTheme } from "recharts";
import { HAIRLINE, MUTED_INK, SERIES_COLORS, SURFACE } from "./chart-colors";

export const chartTheme: RechartsTheme = {
  graphicalItems: SERIES_COLORS.map((color) => ({ fill: color, stroke: color, fillOpacity: 1 })),
  // Pattern textures and gaps between slices are drawn in this colour.
  pageBackground: SURFACE,
  typography: { color: MUTED_INK, fontSize: 12 },
  axis: { stroke: HAIRLINE },
  grid: { stroke: HAIRLINE, strokeDasharray: "3 3", fill: "none" },
  reference: { stroke: MUTED_INK, strokeWidth: 1 },
  cursor: { stroke: HAIRLINE, fill: "var(--muted)", fillOpacity: 0.6 },
};

/** Axis labels: recharts paints them in the axis line's colour, too faint for text; this is the muted text colour. */
export const TICK = { fill: MUTED_INK, fontSize: 12 };
