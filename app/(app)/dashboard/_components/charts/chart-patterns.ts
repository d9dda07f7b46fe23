// Textures that tell series apart without colour: the geometry of an SVG
// <pattern>, drawn by the chart that uses it (see monthly-chart.tsx).
import { SURFACE } from "./chart-colors";

/** Diagonal stripes in the card colour over the expense colour: expenses, wherever they stand next to income. */
export const expenseStripes = {
  /** The repeating tile, turned 45°. */
  size: 6,
  angle: 45,
  stripeWidth: 2.5,
  stripeColor: SURFACE,
  stripeOpacity: 0.55,
} as const;
