// Data access for transactions.transactions (STYLE.md §6). Every statement
// carries the owner's user_id, so a row of another user is never read,
// changed or counted (SECURITY.md, Access control). Rows come back with
// every value already text in API form (amounts with two decimals, dates,
// ISO timestamps) and the category's name joined in, so a page is answered
// without building a Decimal or Date per field. The monthly totals follow
// every write by trigger (migration categories_and_monthly_totals).
import * as Prisma from "@/lib/db/sql-fragments";
import { inSqlTransaction, sql, type SqlClient } from "@/lib/db/sql";
import type { TransactionType } from "./categories";
import type { Cursor } from "./cursor";
import type { CategorySource } from "./schemas";

/** A client inside a database transaction, or the plain pool. */
export type Db = SqlClient;

/** Runs `work` in one database transaction: it all happens or none of it does. */
export function inTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  return inSqlTransaction(work);
}

export type TransactionRow = {
  id: string;
  type: TransactionType;
  amount: string;
  categoryId: string;
  category: string;
  categorySource: CategorySource;
  date: string;
  note: string;
  comment: string;
  recurringId: string | null;
  createdAt: string;
  updatedAt: string;
};

export type TransactionFields = {
  type: TransactionType;
  amount: string;
  categoryId: string;
  categorySource: CategorySource;
  date: string;
  note: string;
  comment: string;
};

/** A transaction a schedule records: the fields, and which schedule. */
export type RecordedFields = TransactionFields & { recurringId: string };

/** The list's and the summary's filters; absent fields don't filter. */
export type TransactionFilters = {
  type?: "all" | TransactionType;
  /** Category ids (the service resolves the names a request gives). */
  categoryIds?: readonly string[];
  from?: string;
  to?: string;
  q?: string;
};

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// The columns of a row of `t` joined with its category `c`, under the model's names.
const ROW_COLUMNS = Prisma.raw(`t.id, t.type, t.amount::text AS amount, t.category_id AS "categoryId", c.name AS category,
  t.category_source AS "categorySource", t.date::text AS date, t.note, t.comment, t.recurring_id AS "recurringId",
  ${iso("t.created_at")} AS "createdAt", ${iso("t.updated_at")} AS "updatedAt"`);

const CATEGORY_JOIN = Prisma.sql`JOIN "transactions"."categories" c ON c.id = t.category_id`;

export async function insertTransactionRow(tx: Db, userId: string, fields: TransactionFields & { recurringId?: string }): Promise<TransactionRow> {
  const [row] = await tx.query<TransactionRow>(Prisma.sql`
    WITH t AS (
      INSERT INTO "transactions"."transactions" (id, user_id, type, amount, category_id, category_source, date, note, comment, recurring_id, created_at, updated_at)
      VALUES (gen_random_uuid(), ${userId}::uuid, ${fields.type}, ${fields.amount}::numeric, ${fields.categoryId}::uuid,
              ${fields.categorySource}, ${fields.date}::date, ${fields.note}, ${fields.comment}, ${fields.recurringId ?? null}::uuid, now(), now())
      RETURNING *)
    SELECT ${ROW_COLUMNS} FROM t ${CATEGORY_JOIN}`);
  return row!;
}

/**
 * Many rows in one statement (one trigger run for the totals): occurrences
 * of a schedule, or an import. `created_at` advances row by row, a
 * millisecond each (its precision; the last row is now), so the list's order
 * within a day follows the array.
 */
export async function insertTransactionRows(
  tx: Db,
  userId: string,
  rows: ReadonlyArray<TransactionFields & { recurringId?: string | null }>,
  /** Rows of the same batch that a later statement inserts (they come after these). */
  rowsAfter = 0,
): Promise<number> {
  if (rows.length === 0) return 0;
  const json = JSON.stringify(rows.map((r, i) => ({ ...r, recurringId: r.recurringId ?? null, position: i })));
  return tx.execute(Prisma.sql`
    INSERT INTO "transactions"."transactions" (id, user_id, type, amount, category_id, category_source, date, note, comment, recurring_id, created_at, updated_at)
    SELECT gen_random_uuid(), ${userId}::uuid, r.type, r.amount, r."categoryId", r."categorySource", r.date, r.note, r.comment, r."recurringId",
           now() - (${rowsAfter + rows.length - 1}::int - r.position) * interval '1 millisecond', now()
      FROM jsonb_to_recordset(${json}::jsonb) AS r(type text, amount numeric, "categoryId" uuid, "categorySource" text, date date,
                                                  note text, comment text, "recurringId" uuid, position int)`);
}

export async function findTransactionRow(userId: string, id: string): Promise<TransactionRow | null> {
  const [row] = await sql().query<TransactionRow>(Prisma.sql`
    SELECT ${ROW_COLUMNS} FROM "transactions"."transactions" t ${CATEGORY_JOIN}
     WHERE t.id = ${id}::uuid AND t.user_id = ${userId}::uuid`);
  return row ?? null;
}

/**
 * Reads the row and locks it until the caller's transaction ends, so two
 * concurrent edits apply one after the other instead of one losing the other's fields.
 */
export async function lockTransactionRow(tx: Db, userId: string, id: string): Promise<TransactionRow | null> {
  const [row] = await tx.query<TransactionRow>(Prisma.sql`
    SELECT ${ROW_COLUMNS} FROM "transactions"."transactions" t ${CATEGORY_JOIN}
     WHERE t.id = ${id}::uuid AND t.user_id = ${userId}::uuid
       FOR UPDATE OF t`);
  return row ?? null;
}

/** The updated row, or null when the user has no transaction with this id. */
export async function updateTransactionRow(tx: Db, userId: string, id: string, fields: TransactionFields): Promise<TransactionRow | null> {
  const [row] = await tx.query<TransactionRow>(Prisma.sql`
    WITH t AS (
      UPDATE "transactions"."transactions"
         SET type = ${fields.type}, amount = ${fields.amount}::numeric, category_id = ${fields.categoryId}::uuid,
             category_source = ${fields.categorySource}, date = ${fields.date}::date, note = ${fields.note},
             comment = ${fields.comment}, updated_at = now()
       WHERE id = ${id}::uuid AND user_id = ${userId}::uuid
      RETURNING *)
    SELECT ${ROW_COLUMNS} FROM t ${CATEGORY_JOIN}`);
  return row ?? null;
}

/** False when the user has no transaction with this id. */
export async function deleteTransactionRow(userId: string, id: string): Promise<boolean> {
  const count = await sql().execute(Prisma.sql`
    DELETE FROM "transactions"."transactions" WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`);
  return count === 1;
}

// `%`, `_` and the escape character itself are literal in a search.
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/** The WHERE clause shared by the list and the summary, values always bound. */
export function whereFilters(userId: string, filters: TransactionFilters): Prisma.Sql {
  const conditions = [Prisma.sql`t.user_id = ${userId}::uuid`];
  if (filters.type && filters.type !== "all") conditions.push(Prisma.sql`t.type = ${filters.type}`);
  if (filters.categoryIds?.length) conditions.push(Prisma.sql`t.category_id IN (${Prisma.join(filters.categoryIds.map((id) => Prisma.sql`${id}::uuid`))})`);
  if (filters.from) conditions.push(Prisma.sql`t.date >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`t.date <= ${filters.to}::date`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(t.note ILIKE ${pattern} OR t.comment ILIKE ${pattern})`);
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * One page, newest date first, then newest created, id breaking ties, starting
 * after `after`. The row comparison matches the order of the
 * (user_id, date DESC, created_at DESC, id DESC) index, so a page is an index
 * range scan however deep it is. Reads `limit + 1` rows to know whether more follow.
 */
export async function listTransactionRows(
  userId: string,
  filters: TransactionFilters,
  page: { limit: number; after?: Cursor },
): Promise<{ rows: TransactionRow[]; hasMore: boolean }> {
  const after = page.after
    ? Prisma.sql`AND (t.date, t.created_at, t.id) < (${page.after.date}::date, ${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)`
    : Prisma.empty;
  const rows = await sql().query<TransactionRow>(Prisma.sql`
    SELECT ${ROW_COLUMNS}
      FROM "transactions"."transactions" t ${CATEGORY_JOIN}
     WHERE ${whereFilters(userId, filters)} ${after}
     ORDER BY t.date DESC, t.created_at DESC, t.id DESC
     LIMIT ${page.limit + 1}`);
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}
