import { notFound } from "@/lib/http";
import type { SessionUser } from "@/modules/user";
import { budgetState } from "./budget-figures";
import { findBudgetRow, updateBudgetAmount } from "./budget-repository";
import { presentSavedBudget, type BudgetOptions } from "./present-budget";
import type { SavedBudget, UpdateBudgetInput } from "./schemas";
import { countThresholdCrossings } from "./threshold-crossings";

/** Replaces the limit; the category can't change (delete and create instead). */
export async function updateBudget(
  user: SessionUser,
  id: string,
  input: UpdateBudgetInput,
  options: BudgetOptions = {},
): Promise<SavedBudget> {
  // Read first only for the old limit, to see whether the new one crosses a threshold.
  const before = await findBudgetRow(user.id, id);
  if (!before) throw notFound("budget");
  const row = await updateBudgetAmount(user.id, id, input.amount);
  if (!row) throw notFound("budget"); // deleted in between
  const budget = await presentSavedBudget(user, row, options);
  if (budget.spent !== null) {
    const { spent } = budget;
    countThresholdCrossings(budgetState({ amount: before.amount, spent }), budgetState({ amount: row.amount, spent }));
  }
  return budget;
}
