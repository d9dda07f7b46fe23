// Every statement of the benchmark that knows the database schema: seeding,
// counting, and the two queries the bare server answers with. Nothing else
// under bench/ names a table or a column.
//
// Written against the schema of prisma/migrations up to 20261202225312_csv_imports:
// categories are each user's rows (transactions.categories, made at
// registration) referenced by category_id, and transactions.monthly_totals is
// kept by trigger with every write, the seeding INSERT included.
import type pg from "pg";

type Type = "income" | "expense";

// How people write their notes, one sample per line; every default category
// appears. A row takes sample (i mod SAMPLES.length), so about one row in
// five is an income. maxCents caps the amount (expenses 1.00–200.99, rent
// and pay larger).
const SAMPLES: ReadonlyArray<{ type: Type; category: string; note: string; maxCents: number }> = [
  { type: "expense", category: "Food & Dining", note: "Starbucks latte", maxCents: 2_000 },
  { type: "expense", category: "Food & Dining", note: "lunch with the team", maxCents: 8_000 },
  { type: "expense", category: "Groceries", note: "Tesco weekly shop", maxCents: 20_000 },
  { type: "expense", category: "Groceries", note: "Lidl", maxCents: 9_000 },
  { type: "expense", category: "Transport", note: "Uber trip home", maxCents: 6_000 },
  { type: "expense", category: "Transport", note: "Shell fuel", maxCents: 12_000 },
  { type: "expense", category: "Housing", note: "Rent", maxCents: 200_000 },
  { type: "expense", category: "Housing", note: "IKEA shelves", maxCents: 30_000 },
  { type: "expense", category: "Utilities", note: "Electricity bill", maxCents: 20_000 },
  { type: "expense", category: "Utilities", note: "Broadband", maxCents: 6_000 },
  { type: "expense", category: "Shopping", note: "Amazon order", maxCents: 20_000 },
  { type: "expense", category: "Shopping", note: "Zara jacket", maxCents: 15_000 },
  { type: "expense", category: "Entertainment", note: "Cinema tickets", maxCents: 4_000 },
  { type: "expense", category: "Entertainment", note: "concert", maxCents: 15_000 },
  { type: "expense", category: "Health", note: "Pharmacy", maxCents: 5_000 },
  { type: "expense", category: "Health", note: "dentist", maxCents: 20_000 },
  { type: "expense", category: "Education", note: "Udemy course", maxCents: 10_000 },
  { type: "expense", category: "Education", note: "textbooks", maxCents: 12_000 },
  { type: "expense", category: "Travel", note: "Ryanair flight", maxCents: 30_000 },
  { type: "expense", category: "Travel", note: "Airbnb Lisbon", maxCents: 60_000 },
  { type: "expense", category: "Subscriptions", note: "Netflix", maxCents: 2_000 },
  { type: "expense", category: "Subscriptions", note: "Spotify", maxCents: 1_500 },
  { type: "expense", category: "Personal Care", note: "Haircut", maxCents: 5_000 },
  { type: "expense", category: "Personal Care", note: "Boots toiletries", maxCents: 3_000 },
  { type: "expense", category: "Gifts & Donations", note: "birthday present", maxCents: 10_000 },
  { type: "expense", category: "Gifts & Donations", note: "Red Cross donation", maxCents: 5_000 },
  { type: "expense", category: "Fees & Charges", note: "overdraft fee", maxCents: 3_000 },
  { type: "expense", category: "Fees & Charges", note: "ATM withdrawal fee", maxCents: 500 },
  { type: "expense", category: "Other", note: "cash", maxCents: 10_000 },
  { type: "expense", category: "Other", note: "misc", maxCents: 5_000 },
  { type: "income", category: "Salary", note: "ACME payroll", maxCents: 500_000 },
  { type: "income", category: "Salary", note: "salary bonus", maxCents: 200_000 },
  { type: "income", category: "Freelance", note: "Upwork payment", maxCents: 150_000 },
  { type: "income", category: "Investments", note: "dividend", maxCents: 50_000 },
  { type: "income", category: "Refunds", note: "Amazon refund", maxCents: 10_000 },
  { type: "income", category: "Gifts", note: "birthday money from grandma", maxCents: 20_000 },
  { type: "income", category: "Other Income", note: "sold old bike on eBay", maxCents: 30_000 },
];

/** A category that exists for every user, and one month-sized filter the summary endpoints use. */
export const FILTER_CATEGORY = { type: "expense", name: "Groceries" } as const;

/** The users registered through the API may log in only once verified; the bench skips the mail. */
export async function markVerified(db: pg.ClientBase, userIds: readonly string[]): Promise<void> {
  await db.query(`UPDATE users.users SET email_verified_at = now() WHERE id = ANY($1::uuid[])`, [userIds]);
}

/**
 * `perUser` transactions for each user, in one INSERT … SELECT generate_series
 * (a million rows in seconds): dates over the last three years (1,096 days,
 * many rows a day), distinct creation times, every category, one in ten set
 * by hand, one in eight with a comment.
 */
export async function seedTransactions(db: pg.ClientBase, userIds: readonly string[], perUser: number): Promise<void> {
  if (!Number.isInteger(perUser) || perUser < 0) throw new RangeError(`perUser must be a whole number, got ${perUser}`);
  // 104,729 and 7,919 are primes: i × prime mod n visits every residue, so
  // dates and amounts spread evenly instead of following the sample order.
  const { rowCount } = await db.query(
    `WITH samples AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS s(type, category, note, max_cents, n)
     )
     INSERT INTO transactions.transactions
       (id, user_id, type, amount, category_id, category_source, date, note, comment, created_at, updated_at)
     SELECT gen_random_uuid(), u.id, s.type,
            (100 + (i::bigint * 7919) % (s.max_cents - 99)) / 100.0,
            c.id,
            CASE WHEN i % 10 = 0 THEN 'manual' ELSE 'auto' END,
            current_date - ((i::bigint * 104729) % 1096)::int,
            s.note,
            CASE WHEN i % 8 = 0 THEN 'split with Alex, paid back later' ELSE '' END,
            now() - make_interval(secs => i), now() - make_interval(secs => i)
       FROM unnest($5::uuid[]) AS u(id)
      CROSS JOIN generate_series(1, $6::int) AS i
       JOIN samples s ON s.n = 1 + i % $7
       JOIN transactions.categories c ON c.user_id = u.id AND c.type = s.type AND c.name = s.category`,
    [
      SAMPLES.map((s) => s.type),
      SAMPLES.map((s) => s.category),
      SAMPLES.map((s) => s.note),
      SAMPLES.map((s) => s.maxCents),
      userIds,
      perUser,
      SAMPLES.length,
    ],
  );
  if (rowCount !== userIds.length * perUser) {
    throw new Error(`seeded ${rowCount} of ${userIds.length * perUser} rows: every user needs their default categories first (GET /api/categories)`);
  }
}

/** A budget for every expense category (15), limits 100.00, 150.00, 200.00, … Returns how many. */
export async function seedBudgets(db: pg.ClientBase, userId: string): Promise<number> {
  const categories = [...new Set(SAMPLES.filter((s) => s.type === "expense").map((s) => s.category))];
  // A budget's amount is a limit from a month on (budgets.budget_limits); 1900-01 is "from the start".
  const { rowCount } = await db.query(
    `WITH made AS (
       INSERT INTO budgets.budgets (id, user_id, category_id, created_at, updated_at)
       SELECT gen_random_uuid(), $1::uuid, cat.id, now(), now()
         FROM unnest($2::text[]) WITH ORDINALITY AS c(category, n)
         JOIN transactions.categories cat ON cat.user_id = $1::uuid AND cat.type = 'expense' AND cat.name = c.category
       RETURNING id, category_id)
     INSERT INTO budgets.budget_limits (budget_id, from_month, amount)
     SELECT made.id, DATE '1900-01-01', 100 + 50 * (c.n - 1)
       FROM made JOIN transactions.categories cat ON cat.id = made.category_id
       JOIN unnest($2::text[]) WITH ORDINALITY AS c(category, n) ON c.category = cat.name`,
    [userId, categories],
  );
  return rowCount ?? 0;
}

/** The user's transactions, or those of them with one of `ids`. */
export async function countTransactions(db: pg.ClientBase, userId: string, ids?: readonly string[]): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM transactions.transactions
      WHERE user_id = $1::uuid AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
    [userId, ids ?? null],
  );
  return rows[0]!.count;
}

// ------------------------------------------------------------------------
// The bare server's SQL: a mirror of modules/transaction/transaction-repository.ts
// (listTransactionRows, summarizeTransactionRows) and of the JSON the routes
// answer with (serializeTransaction, summarizeTransactions). When the app's
// queries change, change these too, or the ratio compares different work.

export type Query = { text: string; values: unknown[] };
export type SummaryFilters = { type?: Type; category?: readonly string[]; from?: string; to?: string };

// transaction-repository.ts's ROW_COLUMNS and CATEGORY_JOIN: every value text in API form.
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const ROW_COLUMNS = `t.id, t.type, t.amount::text AS amount, t.category_id AS "categoryId", c.name AS category,
  t.category_source AS "categorySource", t.date::text AS date, t.note, t.comment, t.recurring_id AS "recurringId",
  ${iso("t.created_at")} AS "createdAt", ${iso("t.updated_at")} AS "updatedAt"`;
const CATEGORY_JOIN = `JOIN "transactions"."categories" c ON c.id = t.category_id`;

function whereFilters(userId: string, filters: SummaryFilters, values: unknown[], alias = "t"): string {
  const bind = (value: unknown) => `$${values.push(value)}`;
  const conditions = [`${alias}.user_id = ${bind(userId)}::uuid`];
  if (filters.type) conditions.push(`${alias}.type = ${bind(filters.type)}`);
  // The app turns names into ids from its per-revision cache of the user's
  // categories (no query); here a sub-select, in the same round trip.
  if (filters.category?.length) {
    conditions.push(`${alias}.category_id IN (SELECT id FROM "transactions"."categories" WHERE user_id = ${bind(userId)}::uuid AND name = ANY(${bind(filters.category)}::text[]))`);
  }
  if (filters.from) conditions.push(`${alias === "m" ? "m.month" : "t.date"} >= ${bind(filters.from)}::date`);
  if (filters.to) conditions.push(`${alias === "m" ? "m.month" : "t.date"} <= ${bind(filters.to)}::date`);
  return conditions.join(" AND ");
}

/** The first page: `limit` newest rows plus one, to know whether more follow. */
export function listQuery(userId: string, limit: number): Query {
  const values: unknown[] = [];
  const where = whereFilters(userId, {}, values);
  return {
    text: `SELECT ${ROW_COLUMNS}
      FROM "transactions"."transactions" t ${CATEGORY_JOIN}
     WHERE ${where}
     ORDER BY t.date DESC, t.created_at DESC, t.id DESC
     LIMIT $${values.push(limit + 1)}`,
    values,
  };
}

/**
 * summary-repository.ts for a range of whole months (the benchmark's ranges
 * are): the totals table only. `from` is a month's first day, `to` its last.
 */
export function summaryQuery(userId: string, filters: SummaryFilters): Query {
  const values: unknown[] = [];
  const months = { ...filters, from: filters.from?.slice(0, 8).concat("01"), to: filters.to?.slice(0, 8).concat("01") };
  return {
    text: `SELECT COALESCE(SUM(amount) FILTER (WHERE type = 'income'), 0.00)::text AS income,
           COALESCE(SUM(amount) FILTER (WHERE type = 'expense'), 0.00)::text AS expense,
           COALESCE(SUM(CASE WHEN type = 'income' THEN amount ELSE -amount END), 0.00)::text AS balance,
           COALESCE(SUM(count), 0)::int AS count
      FROM (SELECT m.type, m.amount, m.count FROM "transactions"."monthly_totals" m WHERE ${whereFilters(userId, months, values, "m")}) AS parts`,
    values,
  };
}

/** pg hands NUMERIC as text ("12.5" never: the column has scale 2; a COALESCE'd 0 is "0"); the API always has two decimals. */
export function twoDecimals(text: string): string {
  if (!text.includes(".")) return `${text}.00`;
  const [whole, fraction] = text.split(".");
  return `${whole}.${fraction!.padEnd(2, "0").slice(0, 2)}`;
}

/** A row of listQuery as the API's transaction (serialize-transaction.ts): already text, picked in the API's order. */
export function toApiTransaction(row: Record<string, unknown>) {
  return {
    id: row.id as string,
    type: row.type as string,
    amount: row.amount as string,
    category: row.category as string,
    categorySource: row.categorySource as string,
    date: row.date as string,
    note: row.note as string,
    comment: row.comment as string,
    recurringId: row.recurringId as string | null,
    createdAt: row.createdAt as string,
    updatedAt: row.updatedAt as string,
  };
}
