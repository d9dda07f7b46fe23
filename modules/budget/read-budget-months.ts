// Every budget's figures for a range of months, rollover chains included, in
// ONE statement through the read-only role (ARCHITECTURE.md, Data): the
// budgets and their limits travel in as a JSON parameter (this role can't
// read the budgets schema), the spending comes from the transaction module's
// monthly-spend fragment, and PostgreSQL does the exact NUMERIC arithmetic:
//
//   carried(m)   = Σ (amount − spent) over the months before m in the chain
//                  (from the budget's first month; for a budget of every
//                  month, the 24 months before m), 0 without rollover
//   available    = amount + carried;  remaining = available − spent
//   percent      = round(spent / available × 100, 1), null unless available > 0
import { addMonths } from "@/lib/clock";
import * as Prisma from "@/lib/db/sql-fragments";
import { readonlySql, type SqlClient } from "@/lib/db/sql";
import { isDatabaseDown, unavailable } from "@/lib/http";
import { logger } from "@/lib/log";
import { monthlySpendSql } from "@/modules/transaction";
import type { BudgetRow } from "./budget-repository";
import type { BudgetMonthFigures } from "./schemas";

/** The one capability the reader needs; tests hand in a counting or unreachable one. */
export type SpendReader = Pick<SqlClient, "query">;

/** How far back a budget of every month carries from. */
export const CHAIN_MONTHS = 24;

type Row = Omit<BudgetMonthFigures, "percent"> & { id: string; percent: string | null };

const firstDay = (month: string) => `${month}-01`;

/** Figures per budget id, oldest month first, for the months `from`..`to` (YYYY-MM) each budget applies to. */
export async function readBudgetMonths(
  userId: string,
  budgets: readonly BudgetRow[],
  months: { from: string; to: string },
  reader: SpendReader = readonlySql(),
): Promise<Map<string, BudgetMonthFigures[]>> {
  const result = new Map<string, BudgetMonthFigures[]>(budgets.map((b) => [b.id, []]));
  if (budgets.length === 0) return result;
  const from = firstDay(months.from);
  const to = firstDay(months.to);
  const chainFrom = firstDay(addMonths(months.from, -CHAIN_MONTHS));
  const earliestStart = budgets.reduce((min, b) => (b.rollover && b.startsMonth && b.startsMonth < min ? b.startsMonth : min), chainFrom);
  const json = JSON.stringify(
    budgets.map((b) => ({ id: b.id, category_id: b.categoryId, rollover: b.rollover, starts: b.startsMonth, limits: b.limits })),
  );
  let rows: Row[];
  try {
    rows = await reader.query<Row>(Prisma.sql`
      WITH budget AS (
             SELECT * FROM jsonb_to_recordset(${json}::jsonb) AS b(id uuid, category_id uuid, rollover boolean, starts date, limits jsonb)
           ),
           month AS (
             SELECT b.id, b.category_id, b.rollover, b.starts, b.limits, m::date AS month
               FROM budget b,
                    generate_series(
                      greatest(coalesce(b.starts, ${chainFrom}::date), CASE WHEN b.rollover THEN ${"1900-01-01"}::date ELSE ${from}::date END),
                      ${to}::date, interval '1 month') AS m
           ),
           spend AS (${monthlySpendSql(userId, { from: earliestStart, to })}),
           figures AS (
             SELECT month.id, month.month, month.rollover, month.starts,
                    (SELECT (l->>'amount')::numeric FROM jsonb_array_elements(month.limits) AS l
                      WHERE (l->>'from')::date <= month.month ORDER BY (l->>'from')::date DESC LIMIT 1) AS amount,
                    coalesce(spend.spent, 0.00) AS spent
               FROM month
               LEFT JOIN spend ON spend.category_id = month.category_id AND spend.month = month.month
           ),
           chained AS (
             SELECT figures.*,
                    CASE WHEN NOT rollover THEN 0.00
                         WHEN starts IS NOT NULL THEN coalesce(sum(amount - spent) OVER since_start, 0.00)
                         ELSE coalesce(sum(amount - spent) OVER last_months, 0.00) END AS carried
               FROM figures
             WINDOW since_start AS (PARTITION BY id ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                    last_months AS (PARTITION BY id ORDER BY month ROWS BETWEEN ${Prisma.raw(String(CHAIN_MONTHS))} PRECEDING AND 1 PRECEDING)
           )
      SELECT id::text, to_char(month, 'YYYY-MM') AS month, amount::text, carried::text,
             (amount + carried)::text AS available, spent::text, (amount + carried - spent)::text AS remaining,
             CASE WHEN amount + carried > 0 THEN round(spent * 100 / (amount + carried), 1)::text END AS percent
        FROM chained
       WHERE month >= ${from}::date
       ORDER BY id, month`);
  } catch (error) {
    throw readerFailure(error);
  }
  for (const { id, percent, ...figures } of rows) result.get(id)?.push({ ...figures, percent: percent === null ? null : Number(percent) });
  return result;
}

/** Rows of the transaction module's fragment, for spending without a budget. */
export async function readMonthSpendByCategory(
  userId: string,
  month: string,
  reader: SpendReader = readonlySql(),
): Promise<{ byCategoryId: Map<string, string>; readAs: string }> {
  let rows: Array<{ category_id: string; spent: string; read_as: string }>;
  try {
    rows = await reader.query(Prisma.sql`
      SELECT current_user AS read_as, spend.category_id::text, spend.spent::text
        FROM (SELECT 1) AS one
        LEFT JOIN (${monthlySpendSql(userId, { from: firstDay(month), to: firstDay(month) })}) AS spend ON true`);
  } catch (error) {
    throw readerFailure(error);
  }
  return {
    byCategoryId: new Map(rows.filter((r) => r.category_id !== null).map((r) => [r.category_id, r.spent])),
    readAs: rows[0]?.read_as ?? "",
  };
}

// PostgreSQL's codes for "can't connect as the read-only role": a role that
// is missing or may not log in is as much an outage as a server that is down.
const CONNECTION_FAILURES = new Set([
  "28000", // invalid_authorization_specification: no such role, or no login
  "28P01", // invalid_password
  "3D000", // invalid_catalog_name: no such database
  "53300", // too_many_connections
  "42501", // insufficient_privilege: the role lost its grants on schema transactions
]);

function readerFailure(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (!isDatabaseDown(error) && !(typeof code === "string" && CONNECTION_FAILURES.has(code))) return error;
  logger.warn("budget spending unreadable", { error: error instanceof Error ? error.message : String(error) });
  return unavailable("The read-only database connection (the budget module's role)");
}
