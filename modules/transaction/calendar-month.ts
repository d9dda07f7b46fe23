// The date ranges of calendar months (YYYY-MM) that the dashboard's
// aggregates read. A malformed month is a bug in the caller (pages validate
// ?month= with their schema first), so it throws instead of reading nothing.
import { addMonths, monthRange } from "@/lib/clock";
import type { DateRange } from "./insight-repository";

const MONTH = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;

function checkMonth(month: string): string {
  if (!MONTH.test(month)) throw new RangeError(`Not a month written YYYY-MM: "${month}"`);
  return month;
}

/** First and last day of the month. */
export const datesOfMonth = (month: string): DateRange => monthRange(checkMonth(month));

/** From the first day of the `count`-th month back to the last day of `through`, `through` included. */
export function datesOfMonths(through: string, count: number): DateRange {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number from 1, got ${count}`);
  return { from: monthRange(addMonths(checkMonth(through), 1 - count)).from, to: monthRange(through).to };
}
