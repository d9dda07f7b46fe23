// Budgets for the latency benchmark: inserted directly, in one statement, so
// seeding doesn't read spend once per budget as the API would.
import { db } from "@/lib/db/client";
import { EXPENSE_CATEGORY_NAMES } from "@/modules/transaction";

// Budgets are unique per expense category, so a user has at most 15.
const SEEDABLE = EXPENSE_CATEGORY_NAMES;

/**
 * Gives the user `count` budgets over distinct expense categories (at most
 * 15, one per category), with limits of 100.00, 150.00, 200.00, …
 * Returns the categories budgeted. Categories already budgeted are kept as they are.
 */
export async function seedBudgets(userId: string, count: number): Promise<string[]> {
  if (!Number.isInteger(count) || count < 0 || count > SEEDABLE.length) {
    throw new RangeError(`count must be an integer from 0 to ${SEEDABLE.length}, got ${count}`);
  }
  const categories = SEEDABLE.slice(0, count);
  await db().budget.createMany({
    data: categories.map((category, index) => ({ userId, category, amount: `${100 + 50 * index}.00` })),
    skipDuplicates: true,
  });
  return categories;
}
