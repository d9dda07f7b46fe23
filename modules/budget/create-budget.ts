import { AppError } from "@/lib/http";
import type { SessionUser } from "@/modules/user";
import { budgetState } from "./budget-figures";
import { insertBudgetRow } from "./budget-repository";
import { presentSavedBudget, type BudgetOptions } from "./present-budget";
import type { CreateBudgetInput, SavedBudget } from "./schemas";
import { countThresholdCrossings } from "./threshold-crossings";

export async function createBudget(user: SessionUser, input: CreateBudgetInput, options: BudgetOptions = {}): Promise<SavedBudget> {
  const row = await insertBudgetRow(user.id, input.category, input.amount);
  if (!row) {
    throw new AppError("budget_exists", `There is already a budget for ${input.category}; change its amount instead.`);
  }
  const budget = await presentSavedBudget(user, row, options);
  // Before it existed, no limit was reached.
  if (budget.spent !== null) countThresholdCrossings("ok", budgetState({ amount: budget.amount, spent: budget.spent }));
  return budget;
}
