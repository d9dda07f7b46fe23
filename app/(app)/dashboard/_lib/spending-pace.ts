// Cumulative spending through the month against the budgets' total: the line
// the user checks early in the month to see whether it is on track. Exact in
// cents; numbers only for the chart's geometry.
import type { DaySpending } from "@/modules/transaction";
import { fromCents, toCents } from "./cents";

export type PacePoint = {
  day: number;
  date: string;
  /** Cumulative spending; null on days that haven't begun, so the line stops at today. */
  spent: number | null;
  /** Where spending evenly through the month towards the budget would be; null without a budget. */
  pace: number | null;
  /** The exact figures, for the tooltip. */
  amounts: { spent: string | null; pace: string | null };
};

/**
 * - no-budget: nothing to compare with
 * - not-started: a month in the future
 * - on-track: at or below the even pace
 * - ahead: spending faster than the even pace, still within the budget
 * - over: past the budget
 */
export type PaceState = "no-budget" | "not-started" | "on-track" | "ahead" | "over";

/** With a budget there is a pace to compare with; without one, neither. */
type Comparison =
  | { state: "no-budget"; budget: null; pace: null }
  | {
      state: Exclude<PaceState, "no-budget">;
      budget: string;
      /** What even spending would have reached by then: budget × daysBegun / days of the month. */
      pace: string;
    };

export type SpendingPace = Comparison & {
  points: PacePoint[];
  daysBegun: number;
  /** Spent through the last day begun. */
  spent: string;
};

export type SpendingPaceInput = {
  /** Every day of the month, as dailySpending gives them. */
  days: readonly DaySpending[];
  /** The budgets' total for the month, or null when there are no budgets. */
  budget: string | null;
  daysBegun: number;
};

const chartValue = (cents: bigint) => Number(cents) / 100;

export function spendingPace({ days, budget, daysBegun }: SpendingPaceInput): SpendingPace {
  const length = BigInt(days.length);
  const limit = budget === null ? null : toCents(budget);
  // Rounded down to the cent: a display figure, never summed.
  const evenPaceAt = (limit: bigint, day: number) => (limit * BigInt(day)) / length;

  const points = days.map(({ date, cumulative }, index): PacePoint => {
    const day = index + 1;
    const spent = day <= daysBegun ? cumulative : null;
    const pace = limit === null ? null : evenPaceAt(limit, day);
    return {
      day,
      date,
      spent: spent === null ? null : chartValue(toCents(spent)),
      pace: pace === null ? null : chartValue(pace),
      amounts: { spent, pace: pace === null ? null : fromCents(pace) },
    };
  });

  const spentCents = daysBegun === 0 ? 0n : toCents(days[daysBegun - 1]?.cumulative ?? "0.00");
  const figures = { points, daysBegun, spent: fromCents(spentCents) };
  if (budget === null || limit === null) return { ...figures, state: "no-budget", budget: null, pace: null };
  return {
    ...figures,
    state: stateOf(spentCents, limit, daysBegun, length),
    budget,
    pace: fromCents(evenPaceAt(limit, daysBegun)),
  };
}

function stateOf(spent: bigint, limit: bigint, daysBegun: number, length: bigint): Exclude<PaceState, "no-budget"> {
  if (daysBegun === 0) return "not-started";
  if (spent > limit) return "over";
  // spent / limit > daysBegun / length, compared without dividing.
  if (spent * length > limit * BigInt(daysBegun)) return "ahead";
  return "on-track";
}
