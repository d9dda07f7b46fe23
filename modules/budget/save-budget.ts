// POST and PUT /api/budgets: write, then answer with the figures of this
// month (or of the budget's first month, when it starts later). While the
// read-only connection is down the write has still happened, so it is
// answered as a success with the spending-based figures null, not as a 503.
import { thisMonthIn } from "@/lib/clock";
import { AppError, invalidField, notFound } from "@/lib/http";
import { resolveCategory, userCategories } from "@/modules/transaction";
import type { SessionUser } from "@/modules/user";
import { budgetState } from "./budget-figures";
import { changeBudgetRow, findBudgetRow, insertBudgetRow, type BudgetRow } from "./budget-repository";
import { amountIn, presentBudget, type BudgetOptions } from "./present-budget";
import { readBudgetMonths } from "./read-budget-months";
import type { CreateBudgetInput, SavedBudget, UpdateBudgetInput } from "./schemas";
import { countThresholdCrossings } from "./threshold-crossings";

async function presentSaved(user: SessionUser, row: BudgetRow, options: BudgetOptions): Promise<SavedBudget> {
  const thisMonth = thisMonthIn(user.timezone, options.clock);
  const month = row.startsMonth && row.startsMonth.slice(0, 7) > thisMonth ? row.startsMonth.slice(0, 7) : thisMonth;
  const categories = await userCategories(user.id);
  try {
    const figures = (await readBudgetMonths(user.id, [row], { from: month, to: month }, options.spendReader)).get(row.id)![0]!;
    return presentBudget(row, categories, month, figures);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "unavailable")) throw error;
    const name = categories.byId(row.categoryId)?.name ?? "";
    return { id: row.id, category: name, month, rollover: row.rollover, amount: amountIn(row, month), carried: null, available: null, spent: null, remaining: null, percent: null };
  }
}

const stateOf = (budget: SavedBudget) =>
  budget.spent === null || budget.available === null ? null : budgetState({ amount: budget.available, spent: budget.spent });

export async function createBudget(user: SessionUser, input: CreateBudgetInput, options: BudgetOptions = {}): Promise<SavedBudget> {
  const categories = await userCategories(user.id);
  const category = resolveCategory(categories, input.category, "expense");
  const id = await insertBudgetRow(user.id, {
    categoryId: category.id,
    amount: input.amount,
    rollover: input.rollover ?? false,
    startsMonth: input.from ? `${input.from}-01` : null,
  });
  if (!id) throw new AppError("budget_exists", `There is already a budget for ${category.name}; change its amount instead.`);
  const budget = await presentSaved(user, (await findBudgetRow(user.id, id))!, options);
  // Before it existed, no limit was reached.
  const after = stateOf(budget);
  if (after) countThresholdCrossings("ok", after);
  return budget;
}

/** A new amount from `from` (default this month) on, and/or the rollover switch; the category can't change. */
export async function updateBudget(user: SessionUser, id: string, input: UpdateBudgetInput, options: BudgetOptions = {}): Promise<SavedBudget> {
  const before = await findBudgetRow(user.id, id);
  if (!before) throw notFound("budget");
  const fromMonth = `${input.from ?? thisMonthIn(user.timezone, options.clock)}-01`;
  if (input.from && input.amount === undefined) throw invalidField("from", "only goes with a new amount");
  if (!(await changeBudgetRow(user.id, id, { amount: input.amount, rollover: input.rollover, fromMonth }))) throw notFound("budget");
  const previous = await presentSaved(user, before, options);
  const budget = await presentSaved(user, (await findBudgetRow(user.id, id))!, options);
  const [was, is] = [stateOf(previous), stateOf(budget)];
  if (was && is) countThresholdCrossings(was, is);
  return budget;
}
