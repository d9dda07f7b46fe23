import { addMonths, thisMonthIn } from "@/lib/clock";
import { invalidField, notFound } from "@/lib/http";
import type { SessionUser } from "@/modules/user";
import { findBudgetRow } from "./budget-repository";
import type { BudgetOptions } from "./present-budget";
import { readBudgetMonths } from "./read-budget-months";
import { MAX_HISTORY_MONTHS, type BudgetMonthFigures } from "./schemas";

const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
};

/** GET /api/budgets/{id}/history: the months `from`..`to` (default the 12 up to this one) the budget applies to, oldest first. */
export async function budgetHistory(
  user: SessionUser,
  id: string,
  range: { from?: string; to?: string },
  options: BudgetOptions = {},
): Promise<BudgetMonthFigures[]> {
  const to = range.to ?? thisMonthIn(user.timezone, options.clock);
  const from = range.from ?? addMonths(to, -11);
  if (from > to) throw invalidField("to", "must be on or after from (default: this month)");
  if (monthsBetween(from, to) > MAX_HISTORY_MONTHS) throw invalidField("from", `the range may span at most ${MAX_HISTORY_MONTHS} months`);
  const row = await findBudgetRow(user.id, id);
  if (!row) throw notFound("budget");
  return (await readBudgetMonths(user.id, [row], { from, to }, options.spendReader)).get(row.id)!;
}
