// The month's spending per category as the dashboard draws it: a donut of the
// largest categories and a ranked list of all of them, each a link to its
// transactions.
import type { SpendingByCategory } from "@/modules/transaction";
import { fromCents, toCents, toChartValue } from "./cents";
import { transactionsHref } from "./transactions-href";

/**
 * Categories with a slice of their own; the others share one. Six colours
 * stay distinguishable for colour-blind users, fifteen would not.
 */
export const OWN_SLICES = 5;

/** A slice's colour: its rank among the largest categories, or the shared "rest". */
export type SliceKey = number | "rest";

export type CategoryRow = {
  category: string;
  spent: string;
  share: number;
  count: number;
  href: string;
  slice: SliceKey;
};

export type Slice = {
  name: string;
  /** Chart geometry only; `spent` is the figure to show. */
  value: number;
  spent: string;
  share: number;
  href: string;
  slice: SliceKey;
};

export function categoryBreakdown(spending: SpendingByCategory): { rows: CategoryRow[]; slices: Slice[] } {
  const { month, categories } = spending;
  // One leftover category gets its own slice rather than a "rest" of one.
  const own = categories.length <= OWN_SLICES + 1 ? categories.length : OWN_SLICES;
  const rows = categories.map((item, index): CategoryRow => ({
    ...item,
    href: transactionsHref({ month, type: "expense", category: item.category }),
    slice: index < own ? index : "rest",
  }));
  const slices = rows
    .filter((row) => row.slice !== "rest")
    .map((row): Slice => ({ name: row.category, value: toChartValue(row.spent), ...pick(row) }));
  const rest = rows.filter((row) => row.slice === "rest");
  if (rest.length > 0) {
    const spent = fromCents(rest.reduce((sum, row) => sum + toCents(row.spent), 0n));
    slices.push({
      name: `${rest.length} more categories`,
      value: toChartValue(spent),
      spent,
      share: shareOf(spent, spending.total),
      href: transactionsHref({ month, type: "expense" }),
      slice: "rest",
    });
  }
  return { rows, slices };
}

const pick = ({ spent, share, href, slice }: CategoryRow) => ({ spent, share, href, slice });

/** part / total × 100, one decimal, from cents. */
function shareOf(part: string, total: string): number {
  const whole = toCents(total);
  return whole === 0n ? 0 : Math.round((Number(toCents(part)) / Number(whole)) * 1000) / 10;
}
