// The only place that touches the budgets schema (STYLE.md §6). Every query
// is scoped by user_id, so another user's id behaves exactly like an unknown one.
import * as Prisma from "@/lib/db/sql-fragments";
import { inSqlTransaction, sql } from "@/lib/db/sql";

/** The first month a limit can apply from: "every month". */
export const FROM_THE_START = "1900-01-01";

export type BudgetLimitRow = { from: string; amount: string };

export type BudgetRow = {
  id: string;
  categoryId: string;
  rollover: boolean;
  /** First day of the first month it applies to; null: every month. */
  startsMonth: string | null;
  /** Oldest first. */
  limits: BudgetLimitRow[];
};

const SELECT_BUDGETS = Prisma.sql`
  SELECT b.id, b.category_id AS "categoryId", b.rollover, b.starts_month::text AS "startsMonth",
         (SELECT json_agg(json_build_object('from', l.from_month::text, 'amount', l.amount::text) ORDER BY l.from_month)
            FROM budgets.budget_limits l WHERE l.budget_id = b.id) AS limits
    FROM budgets.budgets b`;

// The reads every budget list (and the dashboard) makes, as plain SQL (lib/db/sql.ts).
export async function listBudgetRows(userId: string): Promise<BudgetRow[]> {
  return sql().query<BudgetRow>(Prisma.sql`${SELECT_BUDGETS} WHERE b.user_id = ${userId}::uuid ORDER BY b.created_at`);
}

export async function findBudgetRow(userId: string, id: string): Promise<BudgetRow | null> {
  const [row] = await sql().query<BudgetRow>(Prisma.sql`${SELECT_BUDGETS} WHERE b.user_id = ${userId}::uuid AND b.id = ${id}::uuid`);
  return row ?? null;
}

/** The new budget's id, or null when the user already has one for the category. */
export async function insertBudgetRow(
  userId: string,
  data: { categoryId: string; amount: string; rollover: boolean; startsMonth: string | null },
): Promise<string | null> {
  const [row] = await sql().query<{ id: string }>(Prisma.sql`
    WITH budget AS (
      INSERT INTO budgets.budgets (id, user_id, category_id, rollover, starts_month, created_at, updated_at)
      VALUES (gen_random_uuid(), ${userId}::uuid, ${data.categoryId}::uuid, ${data.rollover}, ${data.startsMonth}::date, now(), now())
      ON CONFLICT (user_id, category_id) DO NOTHING
      RETURNING id)
    INSERT INTO budgets.budget_limits (budget_id, from_month, amount)
    SELECT id, ${data.startsMonth ?? FROM_THE_START}::date, ${data.amount}::numeric FROM budget
    RETURNING budget_id AS id`);
  return row?.id ?? null;
}

/**
 * A new amount from a month on (later limits give way to it; earlier months
 * keep theirs), and/or the rollover switch, in one transaction. False when
 * the user has no budget with this id.
 */
export async function changeBudgetRow(
  userId: string,
  id: string,
  change: { amount?: string; rollover?: boolean; fromMonth: string },
): Promise<boolean> {
  return inSqlTransaction(async (tx) => {
    const [budget] = await tx.query<{ startsMonth: string | null }>(Prisma.sql`
      SELECT starts_month::text AS "startsMonth" FROM budgets.budgets WHERE id = ${id}::uuid AND user_id = ${userId}::uuid FOR UPDATE`);
    if (!budget) return false;
    if (change.rollover !== undefined) {
      await tx.execute(Prisma.sql`UPDATE budgets.budgets SET rollover = ${change.rollover}, updated_at = now() WHERE id = ${id}::uuid`);
    }
    if (change.amount !== undefined) {
      // A budget that started later now starts at the new limit's month.
      if (budget.startsMonth !== null && change.fromMonth < budget.startsMonth) {
        await tx.execute(Prisma.sql`UPDATE budgets.budgets SET starts_month = ${change.fromMonth}::date, updated_at = now() WHERE id = ${id}::uuid`);
      }
      await tx.execute(Prisma.sql`DELETE FROM budgets.budget_limits WHERE budget_id = ${id}::uuid AND from_month > ${change.fromMonth}::date`);
      await tx.execute(Prisma.sql`
        INSERT INTO budgets.budget_limits (budget_id, from_month, amount) VALUES (${id}::uuid, ${change.fromMonth}::date, ${change.amount}::numeric)
        ON CONFLICT (budget_id, from_month) DO UPDATE SET amount = EXCLUDED.amount`);
    }
    return true;
  });
}

/** Whether a budget of the user's was deleted. */
export async function deleteBudgetRow(userId: string, id: string): Promise<boolean> {
  const count = await sql().execute(Prisma.sql`DELETE FROM budgets.budgets WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`);
  return count === 1;
}
