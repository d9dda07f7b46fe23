// The month the dashboard shows and where it stands in it. Months are
// YYYY-MM and days YYYY-MM-DD strings, so they compare as text.
import { monthRange } from "@/lib/clock";

export const daysInMonth = (month: string): number => Number(monthRange(month).to.slice(8));

/**
 * How many days of the month have begun by `today`: all of a past month,
 * today's day number in this month, none of a future month.
 */
export function daysBegun(month: string, today: string): number {
  const thisMonth = today.slice(0, 7);
  if (month < thisMonth) return daysInMonth(month);
  if (month > thisMonth) return 0;
  return Number(today.slice(8));
}
