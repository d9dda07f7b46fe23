// Data access for transactions.imports, and the duplicate counts an import
// compares its rows with (STYLE.md §6).
import * as Prisma from "@/lib/db/sql-fragments";
import { sql } from "@/lib/db/sql";
import type { CsvFormat } from "../csv";
import type { Db } from "../transaction-repository";
import type { CommitResult } from "./schemas";

export const IMPORT_LIFETIME_HOURS = 24;

export type ImportRecord = { id: string; status: "preview" | "committed"; text: string; detected: CsvFormat; result: CommitResult | null };

/** Stores an upload (dropping the user's expired ones first). */
export async function insertImport(userId: string, text: string, encoding: string, detected: CsvFormat): Promise<string> {
  await sql().execute(Prisma.sql`
    DELETE FROM transactions.imports WHERE user_id = ${userId}::uuid AND created_at < now() - make_interval(hours => ${IMPORT_LIFETIME_HOURS})`);
  const [row] = await sql().query<{ id: string }>(Prisma.sql`
    INSERT INTO transactions.imports (id, user_id, status, text, encoding, detected, created_at)
    VALUES (gen_random_uuid(), ${userId}::uuid, 'preview', ${text}, ${encoding}, ${JSON.stringify(detected)}::jsonb, now())
    RETURNING id`);
  return row!.id;
}

/** The user's import, while it is kept. */
export async function findImport(userId: string, id: string, client: Db = sql()): Promise<ImportRecord | null> {
  const [row] = await client.query<ImportRecord>(Prisma.sql`
    SELECT id, status, text, detected, result FROM transactions.imports
     WHERE id = ${id}::uuid AND user_id = ${userId}::uuid
       AND created_at >= now() - make_interval(hours => ${IMPORT_LIFETIME_HOURS})`);
  return row ?? null;
}

/** Locks the import for its commit; false when it was committed already (by this request's twin, say). */
export async function lockForCommit(tx: Db, userId: string, id: string): Promise<boolean> {
  const [row] = await tx.query<{ status: string }>(Prisma.sql`
    SELECT status FROM transactions.imports WHERE id = ${id}::uuid AND user_id = ${userId}::uuid FOR UPDATE`);
  return row?.status === "preview";
}

export async function markCommitted(tx: Db, id: string, result: CommitResult): Promise<void> {
  await tx.execute(Prisma.sql`
    UPDATE transactions.imports SET status = 'committed', committed_at = now(), result = ${JSON.stringify(result)}::jsonb WHERE id = ${id}::uuid`);
}

/** How many transactions the user has per key (date, type, amount, note) among the given ones: one grouped query. */
export async function countExisting(
  userId: string,
  keys: ReadonlyArray<{ date: string; type: string; amount: string; note: string }>,
  client: Db = sql(),
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await client.query<{ date: string; type: string; amount: string; note: string; count: number }>(Prisma.sql`
    SELECT t.date::text AS date, t.type, t.amount::text AS amount, t.note, count(*)::int AS count
      FROM (SELECT DISTINCT * FROM unnest(${keys.map((k) => k.date)}::date[], ${keys.map((k) => k.type)}::text[],
                                          ${keys.map((k) => k.amount)}::numeric[], ${keys.map((k) => k.note)}::text[]) AS k(date, type, amount, note)) k
      JOIN transactions.transactions t
        ON t.user_id = ${userId}::uuid AND t.date = k.date AND t.type = k.type AND t.amount = k.amount AND t.note = k.note
     GROUP BY 1, 2, 3, 4`);
  return new Map(rows.map((r) => [`${r.date}|${r.type}|${r.amount}|${r.note}`, r.count]));
}
