// ledgerly_budget_threshold_crossings_total, counted where this module sees a
// budget's state change: when a budget is created or its limit changed.
// Spending that crosses a threshold happens in the transaction module, which
// this module neither imports nor hears from, so those crossings are not
// counted (it would take an event from that module, or remembering each
// budget's last state).
import { countBudgetThresholdCrossing, type BudgetThreshold } from "@/lib/metrics";
import type { BudgetState } from "./budget-figures";

const RANK: Record<BudgetState, number> = { ok: 0, warning: 1, over: 2 };
const THRESHOLD_OF: ReadonlyArray<[rank: number, threshold: BudgetThreshold]> = [
  [RANK.warning, "80"],
  [RANK.over, "100"],
];

/** The thresholds passed going up from `before` to `after` (none going down). */
export function crossedThresholds(before: BudgetState, after: BudgetState): BudgetThreshold[] {
  return THRESHOLD_OF.filter(([rank]) => RANK[before] < rank && rank <= RANK[after]).map(([, threshold]) => threshold);
}

export function countThresholdCrossings(before: BudgetState, after: BudgetState): void {
  for (const threshold of crossedThresholds(before, after)) countBudgetThresholdCrossing(threshold);
}
