// The only place that touches budgets.budgets (STYLE.md §6). Every query is
// scoped by user_id, so another user's id behaves exactly like an unknown one.
import { db } from "@/lib/db/client";
import { formatAmount } from "@/lib/money";

export type BudgetRow = { id: string; category: string; amount: string };

const COLUMNS = { id: true, category: true, amount: true } as const;

// Any hex UUID (PostgreSQL's uuid type is not version-strict); anything else
// can't name a row, and must not reach the database as a malformed uuid (500).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toRow = (budget: { id: string; category: string; amount: { toFixed(digits: number): string } }): BudgetRow => ({
  id: budget.id,
  category: budget.category,
  amount: formatAmount(budget.amount),
});

const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === "P2002";
const isRecordMissing = (error: unknown) => (error as { code?: unknown })?.code === "P2025";

export async function listBudgetRows(userId: string): Promise<BudgetRow[]> {
  const budgets = await db().budget.findMany({ where: { userId }, select: COLUMNS, orderBy: { category: "asc" } });
  return budgets.map(toRow);
}

export async function findBudgetRow(userId: string, id: string): Promise<BudgetRow | null> {
  if (!UUID.test(id)) return null;
  const budget = await db().budget.findFirst({ where: { id, userId }, select: COLUMNS });
  return budget && toRow(budget);
}

/** The new budget, or null when the user already has one for the category. */
export async function insertBudgetRow(userId: string, category: string, amount: string): Promise<BudgetRow | null> {
  try {
    return toRow(await db().budget.create({ data: { userId, category, amount }, select: COLUMNS }));
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** The updated budget, or null when the user has no budget with this id. */
export async function updateBudgetAmount(userId: string, id: string, amount: string): Promise<BudgetRow | null> {
  if (!UUID.test(id)) return null;
  try {
    return toRow(await db().budget.update({ where: { id, userId }, data: { amount }, select: COLUMNS }));
  } catch (error) {
    if (isRecordMissing(error)) return null;
    throw error;
  }
}

/** Whether a budget of the user's was deleted. */
export async function deleteBudgetRow(userId: string, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const { count } = await db().budget.deleteMany({ where: { id, userId } });
  return count === 1;
}
