// Data access for transactions.transactions (STYLE.md §6). Every statement
// carries the owner's user_id, so a row of another user is never read,
// changed or counted (SECURITY.md, Access control).
import { Prisma, type Transaction as TransactionRow } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { TransactionType } from "./categories";
import type { Cursor } from "./cursor";
import type { CategorySource } from "./schemas";

export type { TransactionRow };

/** A client inside a database transaction, or the plain client. */
export type Db = Prisma.TransactionClient;

/** Runs `work` in one database transaction: it all happens or none of it does. */
export function inTransaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
  return db().$transaction(work);
}

export type TransactionFields = {
  type: TransactionType;
  amount: string;
  category: string;
  categorySource: CategorySource;
  date: string;
  note: string;
  comment: string;
};

/** The list's and the summary's filters; absent fields don't filter. */
export type TransactionFilters = {
  type?: "all" | TransactionType;
  category?: readonly string[];
  from?: string;
  to?: string;
  q?: string;
};

// A DATE column travels as a Date at UTC midnight.
const toDateColumn = (date: string) => new Date(`${date}T00:00:00.000Z`);

export function insertTransactionRow(tx: Db, userId: string, fields: TransactionFields): Promise<TransactionRow> {
  return tx.transaction.create({ data: { userId, ...fields, date: toDateColumn(fields.date) } });
}

export function findTransactionRow(userId: string, id: string): Promise<TransactionRow | null> {
  return db().transaction.findFirst({ where: { id, userId } });
}

// The columns of a row under the model's field names, for raw queries.
const ROW_COLUMNS = Prisma.sql`id, user_id AS "userId", type, amount, category, category_source AS "categorySource", date,
  note, comment, created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Reads the row and locks it until the caller's transaction ends, so two
 * concurrent edits apply one after the other instead of one losing the other's fields.
 */
export async function lockTransactionRow(tx: Db, userId: string, id: string): Promise<TransactionRow | null> {
  const [row] = await tx.$queryRaw<TransactionRow[]>`
    SELECT ${ROW_COLUMNS} FROM "transactions"."transactions" WHERE id = ${id}::uuid AND user_id = ${userId}::uuid FOR UPDATE`;
  return row ?? null;
}

/** The updated row, or null when the user has no transaction with this id. */
export async function updateTransactionRow(
  tx: Db,
  userId: string,
  id: string,
  fields: TransactionFields,
): Promise<TransactionRow | null> {
  const data = { ...fields, date: toDateColumn(fields.date) };
  const [row] = await tx.transaction.updateManyAndReturn({ where: { id, userId }, data });
  return row ?? null;
}

/** False when the user has no transaction with this id. */
export async function deleteTransactionRow(userId: string, id: string): Promise<boolean> {
  const { count } = await db().transaction.deleteMany({ where: { id, userId } });
  return count === 1;
}

// `%`, `_` and the escape character itself are literal in a search.
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/** The WHERE clause shared by the list and the summary, values always bound. */
function whereFilters(userId: string, filters: TransactionFilters): Prisma.Sql {
  const conditions = [Prisma.sql`user_id = ${userId}::uuid`];
  if (filters.type && filters.type !== "all") conditions.push(Prisma.sql`type = ${filters.type}`);
  if (filters.category?.length) conditions.push(Prisma.sql`category IN (${Prisma.join(filters.category)})`);
  if (filters.from) conditions.push(Prisma.sql`date >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`date <= ${filters.to}::date`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(note ILIKE ${pattern} OR comment ILIKE ${pattern})`);
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
    ? Prisma.sql`AND (date, created_at, id) < (${page.after.date}::date, ${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)`
    : Prisma.empty;
  const rows = await db().$queryRaw<TransactionRow[]>`
    SELECT ${ROW_COLUMNS}
      FROM "transactions"."transactions"
     WHERE ${whereFilters(userId, filters)} ${after}
     ORDER BY date DESC, created_at DESC, id DESC
     LIMIT ${page.limit + 1}`;
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit };
}

export type SummaryRow = { income: Prisma.Decimal; expense: Prisma.Decimal; balance: Prisma.Decimal; count: number };

/** Income, expense, balance and count of the filtered rows, summed exactly by PostgreSQL in one round trip. */
export async function summarizeTransactionRows(userId: string, filters: TransactionFilters): Promise<SummaryRow> {
  const [row] = await db().$queryRaw<SummaryRow[]>`
    SELECT COALESCE(SUM(amount) FILTER (WHERE type = 'income'), 0) AS income,
           COALESCE(SUM(amount) FILTER (WHERE type = 'expense'), 0) AS expense,
           COALESCE(SUM(CASE WHEN type = 'income' THEN amount ELSE -amount END), 0) AS balance,
           COUNT(*)::int AS count
      FROM "transactions"."transactions"
     WHERE ${whereFilters(userId, filters)}`;
  // An aggregate without GROUP BY always returns exactly one row.
  return row!;
}
