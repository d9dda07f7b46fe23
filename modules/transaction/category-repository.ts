// Data access for a user's categories, their keyword changes and the revision
// counter that tells every instance when its cached copy is stale (STYLE.md §6).
import * as Prisma from "@/lib/db/sql-fragments";
import { sql } from "@/lib/db/sql";
import type { TransactionType } from "./categories";
import type { Db } from "./transaction-repository";

export type CategoryRow = { id: string; type: TransactionType; name: string; builtinKey: string | null };

/** A keyword change of the user's: `categoryId` null means a default keyword they removed. */
export type KeywordOverrideRow = { type: TransactionType; keyword: string; written: string; categoryId: string | null; learned: boolean };

export type CategorySnapshot = { revision: number | null; categories: CategoryRow[]; overrides: KeywordOverrideRow[] };

/** The user's categories and keyword changes, with the revision they belong to, in one round trip. */
export async function readCategorySnapshot(userId: string, client: Db = sql()): Promise<CategorySnapshot> {
  const [row] = await client.query<{ revision: number | null; categories: CategoryRow[]; overrides: KeywordOverrideRow[] }>(Prisma.sql`
    SELECT (SELECT revision FROM transactions.category_revisions WHERE user_id = ${userId}::uuid) AS revision,
           (SELECT coalesce(json_agg(json_build_object('id', id, 'type', type, 'name', name, 'builtinKey', builtin_key) ORDER BY created_at, name), '[]')
              FROM transactions.categories WHERE user_id = ${userId}::uuid) AS categories,
           (SELECT coalesce(json_agg(json_build_object('type', type, 'keyword', keyword, 'written', written, 'categoryId', category_id, 'learned', learned) ORDER BY created_at, keyword), '[]')
              FROM transactions.category_keywords WHERE user_id = ${userId}::uuid) AS overrides`);
  return row!;
}

/** The revision of the user's categories; null before they were first seeded. */
export async function readCategoryRevision(userId: string, client: Db = sql()): Promise<number | null> {
  const [row] = await client.query<{ revision: number }>(Prisma.sql`
    SELECT revision FROM transactions.category_revisions WHERE user_id = ${userId}::uuid`);
  return row?.revision ?? null;
}

/**
 * Gives a user the default set, once: concurrent first requests both try, and
 * the unique keys let exactly one set in.
 */
export async function seedCategories(
  userId: string,
  defaults: ReadonlyArray<{ key: string; name: string; type: TransactionType }>,
  client: Db = sql(),
): Promise<void> {
  const values = Prisma.join(defaults.map((d) => Prisma.sql`(${d.type}, ${d.key}, ${d.name})`));
  await client.execute(Prisma.sql`
    WITH seeded AS (
      INSERT INTO transactions.categories (id, user_id, type, name, name_key, builtin_key, created_at, updated_at)
      SELECT gen_random_uuid(), ${userId}::uuid, d.type, d.name, lower(d.name), d.key, clock_timestamp(), now()
        FROM (VALUES ${values}) AS d(type, key, name)
      ON CONFLICT DO NOTHING
      RETURNING 1)
    INSERT INTO transactions.category_revisions (user_id) VALUES (${userId}::uuid)
    ON CONFLICT DO NOTHING`);
}

/** Every change to categories or keywords raises the revision, in the same transaction. */
export async function bumpCategoryRevision(tx: Db, userId: string): Promise<void> {
  await tx.execute(Prisma.sql`
    INSERT INTO transactions.category_revisions (user_id, revision) VALUES (${userId}::uuid, 2)
    ON CONFLICT (user_id) DO UPDATE SET revision = category_revisions.revision + 1`);
}

/** Serialises changes to one user's categories (two edits racing on keyword ownership). */
export async function lockCategories(tx: Db, userId: string): Promise<void> {
  await tx.execute(Prisma.sql`SELECT 1 FROM transactions.category_revisions WHERE user_id = ${userId}::uuid FOR UPDATE`);
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === "23505";

/** The new category, or null when the user has one of that name (any case) in that type. */
export async function insertCategory(tx: Db, userId: string, type: TransactionType, name: string): Promise<CategoryRow | null> {
  try {
    const [row] = await tx.query<CategoryRow>(Prisma.sql`
      INSERT INTO transactions.categories (id, user_id, type, name, name_key, created_at, updated_at)
      VALUES (gen_random_uuid(), ${userId}::uuid, ${type}, ${name}, ${name.toLowerCase()}, now(), now())
      ON CONFLICT (user_id, type, name_key) DO NOTHING
      RETURNING id, type, name, builtin_key AS "builtinKey"`);
    return row ?? null;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** False when another category of that type already has the name. */
export async function renameCategory(tx: Db, userId: string, id: string, name: string): Promise<boolean> {
  const [clash] = await tx.query<{ id: string }>(Prisma.sql`
    SELECT c.id FROM transactions.categories c
      JOIN transactions.categories self ON self.id = ${id}::uuid AND self.user_id = ${userId}::uuid
     WHERE c.user_id = ${userId}::uuid AND c.type = self.type AND c.name_key = ${name.toLowerCase()} AND c.id <> self.id`);
  if (clash) return false;
  await tx.execute(Prisma.sql`
    UPDATE transactions.categories SET name = ${name}, name_key = ${name.toLowerCase()}, updated_at = now()
     WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`);
  return true;
}

/** How many transactions a category holds (what its deletion would move). */
export async function countCategoryTransactions(userId: string, categoryId: string, client: Db = sql()): Promise<number> {
  const [row] = await client.query<{ count: number }>(Prisma.sql`
    SELECT count(*)::int AS count FROM transactions.transactions WHERE user_id = ${userId}::uuid AND category_id = ${categoryId}::uuid`);
  return row!.count;
}

/**
 * Moves every transaction and schedule of a category to another (the totals
 * follow by trigger), then deletes it: its budget and keyword changes go with it.
 */
export async function moveAndDeleteCategory(tx: Db, userId: string, id: string, moveTo: string): Promise<void> {
  await tx.execute(Prisma.sql`
    UPDATE transactions.transactions SET category_id = ${moveTo}::uuid
     WHERE user_id = ${userId}::uuid AND category_id = ${id}::uuid`);
  // Schedules that name it record into moveTo from now on.
  await tx.execute(Prisma.sql`
    UPDATE transactions.recurring_schedules SET category_id = ${moveTo}::uuid, updated_at = now()
     WHERE user_id = ${userId}::uuid AND category_id = ${id}::uuid`);
  await tx.execute(Prisma.sql`DELETE FROM transactions.categories WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`);
}

export async function upsertKeywordOverride(tx: Db, userId: string, row: KeywordOverrideRow): Promise<void> {
  await tx.execute(Prisma.sql`
    INSERT INTO transactions.category_keywords (user_id, type, keyword, written, category_id, learned, created_at)
    VALUES (${userId}::uuid, ${row.type}, ${row.keyword}, ${row.written}, ${row.categoryId}::uuid, ${row.learned}, clock_timestamp())
    ON CONFLICT (user_id, type, keyword) DO UPDATE
       SET written = EXCLUDED.written, category_id = EXCLUDED.category_id, learned = EXCLUDED.learned, created_at = EXCLUDED.created_at`);
}

export async function deleteKeywordOverride(tx: Db, userId: string, type: TransactionType, keyword: string): Promise<void> {
  await tx.execute(Prisma.sql`
    DELETE FROM transactions.category_keywords WHERE user_id = ${userId}::uuid AND type = ${type} AND keyword = ${keyword}`);
}
