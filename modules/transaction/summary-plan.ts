// Which parts of a date range the summary reads from the monthly totals and
// which from the rows: whole calendar months come from the totals, the days
// before the first and after the last whole month from the rows. Pure.
import { addMonths, monthRange } from "@/lib/clock";

export type SummaryPlan = {
  /** First days (YYYY-MM-01) of the first and last whole month; null ends are unbounded; absent when no month is whole. */
  months: { from: string | null; to: string | null } | null;
  /** Inclusive date ranges read from the rows. */
  days: Array<{ from: string; to: string }>;
};

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function planSummary(from: string | undefined, to: string | undefined): SummaryPlan {
  // The first whole month starts on or after `from`; the last one ends on or before `to`.
  const first = from === undefined ? null : from.endsWith("-01") ? from : `${addMonths(from.slice(0, 7), 1)}-01`;
  const last = to === undefined ? null : monthRange(to.slice(0, 7)).to === to ? `${to.slice(0, 7)}-01` : `${addMonths(to.slice(0, 7), -1)}-01`;
  if (first !== null && last !== null && first > last) {
    return { months: null, days: [{ from: from!, to: to! }] };
  }
  const days: SummaryPlan["days"] = [];
  if (from !== undefined && first !== null && from < first) days.push({ from, to: dayBefore(first) });
  if (to !== undefined && last !== null) {
    const lastDay = monthRange(last.slice(0, 7)).to;
    if (to > lastDay) days.push({ from: dayAfter(lastDay), to });
  }
  return { months: { from: first, to: last }, days };
}
