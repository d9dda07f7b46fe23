// Textures that tell series apart without colour. Made once, outside any
// component, as recharts asks, so the definitions stay the same between renders.
import { pattern, patterns } from "recharts";
import { SURFACE } from "./chart-colors";

/** Diagonal stripes in the card colour: expenses, wherever they stand next to income. */
export const expenseStripes = pattern({ ...patterns.diagonal, color: SURFACE, opacity: 0.55 });
