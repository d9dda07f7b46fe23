// One look for the dashboard's charts: axes, grid, text and cursor in the
// design tokens, so the charts look like the cards around them in either theme.
import { HAIRLINE, MUTED_INK } from "./chart-colors";

/** Horizontal grid lines behind the series. */
export const GRID = { stroke: HAIRLINE, strokeDasharray: "3 3" } as const;

/** The x axis' base line. */
export const AXIS = { stroke: HAIRLINE } as const;

/** The zero line when a series goes below it. */
export const REFERENCE = { stroke: MUTED_INK, strokeWidth: 1 } as const;

/** Axis labels, in the muted text colour (the axis line's colour is too faint for text). */
export const TICK = { fill: MUTED_INK, fontSize: 12 } as const;

/** The highlight behind the hovered month or day. */
export const CURSOR = { stroke: HAIRLINE, fill: "var(--muted)", fillOpacity: 0.6 } as const;
