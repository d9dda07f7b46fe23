// Budgets for the latency benchmark: inserted directly, in one statement, so
// seeding doesn't read spend once per budget as the API would.
import { db } from "@/lib/db/client";
import { EXPENSE_CATEGORY_NAMES, FALLBACK_CATEGORY } from "@/modules/transaction";

/** The real expense categories: every one but the fallback "Other". */
const SEEDABLE = EXPENSE_CATEGORY_NAMES.filter((name) => name !== FALLBACK_CATEGORY.expense);

/**
 * Gives the user `count` budgets over distinct expense categories (at most
 * 14, one per real category), with limits of 100.00, 150.00, 200.00, …
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
