// The summary's sums: whole months from transactions.monthly_totals (kept by
// trigger with every write), the partial months at a range's edges from the
// rows; with a text search (`q`) only the rows can say. One round trip, summed
// exactly by PostgreSQL, the same cost at 10,000 rows as at 1,000,000.
import * as Prisma from "@/lib/db/sql-fragments";
import { sql } from "@/lib/db/sql";
import { planSummary } from "./summary-plan";
import { whereFilters, type TransactionFilters } from "./transaction-repository";

export type SummaryRow = { income: string; expense: string; balance: string; count: number };

function totalsPart(userId: string, filters: TransactionFilters, months: { from: string | null; to: string | null }): Prisma.Sql {
  const conditions = [Prisma.sql`m.user_id = ${userId}::uuid`];
  if (filters.type && filters.type !== "all") conditions.push(Prisma.sql`m.type = ${filters.type}`);
  if (filters.categoryIds?.length) conditions.push(Prisma.sql`m.category_id IN (${Prisma.join(filters.categoryIds.map((id) => Prisma.sql`${id}::uuid`))})`);
  if (months.from) conditions.push(Prisma.sql`m.month >= ${months.from}::date`);
  if (months.to) conditions.push(Prisma.sql`m.month <= ${months.to}::date`);
  return Prisma.sql`SELECT m.type, m.amount, m.count FROM "transactions"."monthly_totals" m WHERE ${Prisma.join(conditions, " AND ")}`;
}

function rowsPart(userId: string, filters: TransactionFilters): Prisma.Sql {
  return Prisma.sql`SELECT t.type, sum(t.amount) AS amount, count(*)::int AS count
    FROM "transactions"."transactions" t WHERE ${whereFilters(userId, filters)} GROUP BY t.type`;
}

export async function summarizeTransactionRows(userId: string, filters: TransactionFilters): Promise<SummaryRow> {
  const parts: Prisma.Sql[] = [];
  if (filters.q) {
    parts.push(rowsPart(userId, filters));
  } else {
    const plan = planSummary(filters.from, filters.to);
    if (plan.months) parts.push(totalsPart(userId, filters, plan.months));
    for (const days of plan.days) parts.push(rowsPart(userId, { ...filters, ...days }));
  }
  const [row] = await sql().query<SummaryRow>(Prisma.sql`
    SELECT COALESCE(SUM(amount) FILTER (WHERE type = 'income'), 0.00)::text AS income,
           COALESCE(SUM(amount) FILTER (WHERE type = 'expense'), 0.00)::text AS expense,
           COALESCE(SUM(CASE WHEN type = 'income' THEN amount ELSE -amount END), 0.00)::text AS balance,
           COALESCE(SUM(count), 0)::int AS count
      FROM (${Prisma.join(parts, " UNION ALL ")}) AS parts`);
  // An aggregate without GROUP BY always returns exactly one row.
  return row!;
}
