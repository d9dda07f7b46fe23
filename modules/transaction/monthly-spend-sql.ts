// The one query of a user's expenses per category and month (from the
// monthly totals), as a SQL fragment: the transaction module owns its schema,
// and the budget module runs the fragment through its read-only client,
// inside its own statement (ARCHITECTURE.md, Data).
import * as Prisma from "@/lib/db/sql-fragments";

/** Rows (category_id uuid, month date, spent numeric) of the months from `from` to `to` (first days, inclusive). */
export function monthlySpendSql(userId: string, months: { from: string; to: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT m.category_id, m.month, m.amount AS spent
      FROM "transactions"."monthly_totals" m
     WHERE m.user_id = ${userId}::uuid AND m.type = 'expense' AND m.count > 0
       AND m.month BETWEEN ${months.from}::date AND ${months.to}::date`;
}
