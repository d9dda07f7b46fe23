import { fromCents, toCents } from "./cents";

export type MonthChange = {
  /** current − previous, exact: "-12.50" when it went down. */
  difference: string;
  /** The difference as a percent of |previous|, one decimal; null when previous is zero (no base to compare with). */
  percent: number | null;
};

/** How a month's figure moved against the month before. */
export function changeFrom(previous: string, current: string): MonthChange {
  const before = toCents(previous);
  const difference = toCents(current) - before;
  if (before === 0n) return { difference: fromCents(difference), percent: null };
  const base = before < 0n ? -before : before;
  // A ratio for display only, so numbers are fine here (cents stay below 2^53).
  // Rounded half away from zero, the same way up and down.
  const tenths = (Number(difference) / Number(base)) * 1000;
  const percent = (Math.sign(tenths) * Math.round(Math.abs(tenths))) / 10;
  return { difference: fromCents(difference), percent: percent === 0 ? 0 : percent };
}
