// A person's transaction-module data as one value (issue 15, "a person can move
// between servers"): categories with their keyword changes, recurring
// schedules and every transaction, by name rather than id. Export reads it;
// import writes it into an empty account inside the caller's database
// transaction, so a file lands whole or not at all.
import { z } from "zod";
import * as Prisma from "@/lib/db/sql-fragments";
import { readSnapshot, type SqlClient } from "@/lib/db/sql";
import { invalidField } from "@/lib/http";
import type { TransactionType } from "../categories";
import { TRANSACTION_TYPES } from "../schemas";
import { insertCategory, readCategorySnapshot, renameCategory, upsertKeywordOverride } from "../category-repository";
import { canonicalKeyword } from "../detection";
import { FREQUENCIES } from "../recurring/occurrence-dates";
import { insertSchedule } from "../recurring/recurring-repository";
import { insertTransactionRows, type TransactionFields } from "../transaction-repository";
import { categoriesChanged, userCategories } from "../user-categories";

const money = z.string().regex(/^-?\d{1,12}\.\d{2}$/, { error: "must be a decimal string with two decimals" });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD" });
const type = z.enum(TRANSACTION_TYPES);
const name = z.string().min(1).max(40);
const INSERT_ROWS = 10_000;

export const MAX_TRANSACTIONS = 2_000_000;

/** One transaction of an account file; its output is its input (no transforms), so what validated once can be read again as it is. */
export const transactionRecordSchema = z.strictObject({
  date: day,
  type,
  amount: money,
  category: name,
  categorySource: z.enum(["auto", "manual"]),
  note: z.string().max(200),
  comment: z.string().max(2000),
  recurring: z.string().max(64).nullable(),
});
export type TransactionRecord = z.output<typeof transactionRecordSchema>;

export const transactionDataSchema = {
  categories: z.array(z.strictObject({ type, name, builtinKey: z.string().max(40).nullable() })).max(500),
  keywords: z.array(z.strictObject({ type, keyword: z.string().min(1).max(60), category: name.nullable(), learned: z.boolean() })).max(20_000),
  recurring: z
    .array(
      z.strictObject({
        ref: z.string().max(64),
        type,
        amount: money,
        category: name.nullable(),
        note: z.string().max(200),
        comment: z.string().max(2000),
        frequency: z.enum(FREQUENCIES),
        interval: z.number().int().min(1).max(365),
        startDate: day,
        endDate: day.nullable(),
        nextDate: day.nullable(),
        paused: z.boolean(),
      }),
    )
    .max(1_000),
  /** In a file, the last and by far the largest part: importers stream it (app/account-file.ts). */
  transactions: z.array(transactionRecordSchema).max(MAX_TRANSACTIONS),
};
export type TransactionData = { [K in keyof typeof transactionDataSchema]: z.output<(typeof transactionDataSchema)[K]> };
/** Everything but the transactions, which travel one at a time. */
export type TransactionHead = Omit<TransactionData, "transactions">;

/**
 * Everything of the user's in this module, in a stable order, from one
 * snapshot: the head whole, the transactions from a cursor as they are read
 * (a million of them is ~160 MB of JSON; the caller streams it).
 */
export async function exportTransactionData(userId: string): Promise<{ head: TransactionHead; transactions: AsyncIterableIterator<TransactionRecord> }> {
  await userCategories(userId); // a new account's defaults exist from first use
  const transactions = Prisma.sql`
    SELECT t.date::text AS date, t.type, t.amount::text AS amount, c.name AS category, t.category_source AS "categorySource",
           t.note, t.comment, t.recurring_id::text AS recurring
      FROM transactions.transactions t JOIN transactions.categories c ON c.id = t.category_id
     WHERE t.user_id = ${userId}::uuid
     ORDER BY t.date, t.created_at, t.id`;
  const { head, rows } = await readSnapshot<TransactionHead, TransactionRecord>(transactions, async (client) => {
    const snapshot = await readCategorySnapshot(userId, client);
    const nameOf = new Map(snapshot.categories.map((c) => [c.id, c.name]));
    const recurring = await client.query<TransactionData["recurring"][number]>(Prisma.sql`
      SELECT r.id::text AS ref, r.type, r.amount::text AS amount, c.name AS category, r.note, r.comment, r.frequency, r.interval,
             r.start_date::text AS "startDate", r.end_date::text AS "endDate", r.next_date::text AS "nextDate", r.paused
        FROM transactions.recurring_schedules r LEFT JOIN transactions.categories c ON c.id = r.category_id
       WHERE r.user_id = ${userId}::uuid
       ORDER BY r.created_at`);
    return {
      // By type and name: the file reads the same whichever order the categories were made in.
      categories: snapshot.categories
        .map((c) => ({ type: c.type, name: c.name, builtinKey: c.builtinKey }))
        .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name)),
      keywords: snapshot.overrides.map((o) => ({ type: o.type, keyword: o.written, category: o.categoryId ? (nameOf.get(o.categoryId) ?? null) : null, learned: o.learned })),
      recurring,
    };
  });
  return { head, transactions: rows };
}

/** True when the user has nothing of their own yet: no transactions, schedules, categories or keyword changes of theirs. */
export async function hasNoTransactionData(tx: SqlClient, userId: string): Promise<boolean> {
  const [row] = await tx.query<{ used: boolean }>(Prisma.sql`
    SELECT EXISTS (SELECT 1 FROM transactions.transactions WHERE user_id = ${userId}::uuid)
        OR EXISTS (SELECT 1 FROM transactions.recurring_schedules WHERE user_id = ${userId}::uuid)
        OR EXISTS (SELECT 1 FROM transactions.category_keywords WHERE user_id = ${userId}::uuid)
        OR EXISTS (SELECT 1 FROM transactions.categories WHERE user_id = ${userId}::uuid AND builtin_key IS NULL) AS used`);
  return !row!.used;
}

/**
 * Writes `data` and the `count` transactions of `transactions` (validated
 * records, read as they come) into the user's (empty) account within `tx`, and
 * answers the id of each category by type and name, for the budgets that
 * point at them.
 */
export async function importTransactionData(
  tx: SqlClient,
  userId: string,
  data: TransactionHead,
  transactions: Iterable<TransactionRecord>,
  count: number,
): Promise<(type: TransactionType, name: string) => string | undefined> {
  await userCategories(userId); // the defaults, seeded outside the transaction as on first use
  const defaults = (await readCategorySnapshot(userId, tx)).categories;
  const byKey = new Map(defaults.filter((c) => c.builtinKey).map((c) => [`${c.type}:${c.builtinKey}`, c]));
  const ids = new Map<string, string>();
  const keyOf = (t: string, n: string) => `${t}:${n.toLowerCase()}`;
  const builtinOf = (c: TransactionData["categories"][number]) => (c.builtinKey ? byKey.get(`${c.type}:${c.builtinKey}`) : undefined);
  // Defaults the person had deleted on the other server go first (nothing points
  // at them yet), so a rename to such a default's name finds it free.
  if (data.categories.length) {
    const kept = new Set(data.categories.map((c) => builtinOf(c)?.id));
    for (const unused of defaults.filter((c) => c.builtinKey && !kept.has(c.id))) {
      await tx.execute(Prisma.sql`DELETE FROM transactions.categories WHERE id = ${unused.id}::uuid AND user_id = ${userId}::uuid`);
    }
  }
  for (const [index, category] of data.categories.entries()) {
    const builtin = builtinOf(category);
    let id: string | null;
    if (builtin) id = builtin.name === category.name || (await renameCategory(tx, userId, builtin.id, category.name)) ? builtin.id : null;
    else id = (await insertCategory(tx, userId, category.type, category.name))?.id ?? null;
    if (!id || ids.has(keyOf(category.type, category.name))) throw invalidField(`categories.${index}.name`, "is listed twice");
    ids.set(keyOf(category.type, category.name), id);
  }
  const idOf = (t: TransactionType, n: string) => ids.get(keyOf(t, n)) ?? (data.categories.length ? undefined : defaults.find((c) => c.type === t && c.name.toLowerCase() === n.toLowerCase())?.id);
  const need = (t: TransactionType, n: string, path: string) => idOf(t, n) ?? (() => { throw invalidField(path, `names no ${t} category of the file`); })();

  for (const [index, k] of data.keywords.entries()) {
    const keyword = canonicalKeyword(k.keyword);
    if (!keyword) throw invalidField(`keywords.${index}.keyword`, "must contain a letter or a digit");
    const categoryId = k.category === null ? null : need(k.type, k.category, `keywords.${index}.category`);
    await upsertKeywordOverride(tx, userId, { type: k.type, keyword, written: k.keyword, categoryId, learned: k.learned });
  }

  const schedules = new Map<string, string>();
  for (const [index, r] of data.recurring.entries()) {
    const categoryId = r.category === null ? null : need(r.type, r.category, `recurring.${index}.category`);
    const { ref, category: _category, ...fields } = r;
    schedules.set(ref, (await insertSchedule(tx, userId, { ...fields, categoryId })).id);
  }

  // Statements of 10,000 rows (the monthly totals follow each by their
  // statement-level trigger): ~1.5 MB of JSON each, however big the file.
  let batch: Array<TransactionFields & { recurringId: string | null }> = [];
  let written = 0;
  const flush = async () => {
    written += await insertTransactionRows(tx, userId, batch, count - written - batch.length);
    batch = [];
  };
  let index = 0;
  for (const t of transactions) {
    batch.push({
      type: t.type,
      amount: t.amount,
      categoryId: need(t.type, t.category, `transactions.${index++}.category`),
      categorySource: t.categorySource,
      date: t.date,
      note: t.note,
      comment: t.comment,
      recurringId: t.recurring === null ? null : (schedules.get(t.recurring) ?? null),
    });
    if (batch.length === INSERT_ROWS) await flush();
  }
  await flush();
  // What a schedule already recorded stays recorded once (the scheduler's key).
  await tx.execute(Prisma.sql`
    INSERT INTO transactions.recurring_occurrences (schedule_id, date)
    SELECT DISTINCT recurring_id, date FROM transactions.transactions WHERE user_id = ${userId}::uuid AND recurring_id IS NOT NULL
    ON CONFLICT DO NOTHING`);
  await categoriesChanged(tx, userId);
  return idOf;
}
