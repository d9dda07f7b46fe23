// Colours of the dashboard's charts, shared by the charts (in the browser) and
// by the legends and swatches the server renders next to them. Plain strings,
// no chart code, so server components can use them.
//
// Series colours are CSS light-dark() pairs: they follow the `color-scheme`
// that globals.css sets on :root and .dark, so a theme switch repaints them
// without a re-render. The six are recharts' autoPalette (entries 1–6), chosen
// over raw Okabe-Ito for the same reason Okabe-Ito exists (they stay apart
// under protanopia, deuteranopia and tritanopia) plus one more: each keeps at
// least 4.5:1 against our card in both themes, where Okabe-Ito's yellow,
// orange and sky blue fall below 3:1 on white. Colour never carries meaning
// alone: every chart has labels, a table, and patterns or dashes.
import type { SliceKey } from "../../_lib/category-breakdown";

export const SERIES_COLORS = [
  "light-dark(#2373e6, #5396ff)", // blue
  "light-dark(#b65700, #e97e2b)", // orange
  "light-dark(#017a58, #46d09f)", // aqua
  "light-dark(#a5386e, #e683ad)", // rose
  "light-dark(#6b53b0, #b8a4fe)", // violet
  "light-dark(#0681a0, #0bb1da)", // sky
] as const;

/** Blue against orange: the pair colour-blind readers tell apart best; expenses also carry stripes. */
export const INCOME_COLOR = SERIES_COLORS[0];
export const EXPENSE_COLOR = SERIES_COLORS[1];

/** The design tokens of globals.css, which SVG attributes can reference directly. */
export const INK = "var(--foreground)";
export const MUTED_INK = "var(--muted-foreground)";
export const HAIRLINE = "var(--border)";
export const SURFACE = "var(--card)";

/** The smaller categories grouped in one slice: a neutral grey (4.7:1 light, 6.9:1 dark). */
const REST_COLOR = "light-dark(#64748b, #94a3b8)";

export const sliceColor = (slice: SliceKey): string =>
  slice === "rest" ? REST_COLOR : (SERIES_COLORS[slice % SERIES_COLORS.length] ?? REST_COLOR);
