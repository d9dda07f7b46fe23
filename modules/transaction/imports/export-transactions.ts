// GET /api/transactions/export: every matching row as CSV, newest first,
// streamed from a database cursor so memory stays flat however many rows.
import * as Prisma from "@/lib/db/sql-fragments";
import { readSnapshot } from "@/lib/db/sql";
import { systemClock, todayIn, type Clock } from "@/lib/clock";
import { csvStream, type ExportRow } from "../csv";
import { resolveFilters } from "../resolve-filters";
import type { TransactionFiltersQuery } from "../schemas";
import { whereFilters } from "../transaction-repository";

export async function exportTransactions(
  owner: { id: string; timezone: string },
  query: Partial<TransactionFiltersQuery>,
  clock: Clock = systemClock,
): Promise<{ filename: string; body: ReadableStream<Uint8Array> }> {
  const filters = await resolveFilters(owner.id, query);
  const statement = Prisma.sql`
    SELECT t.date::text AS date, t.type, t.amount::text AS amount, c.name AS category, t.note, t.comment, t.id
      FROM "transactions"."transactions" t JOIN "transactions"."categories" c ON c.id = t.category_id
     WHERE ${whereFilters(owner.id, filters)}
     ORDER BY t.date DESC, t.created_at DESC, t.id DESC`;
  return { filename: `ledgerly-transactions-${todayIn(owner.timezone, clock)}.csv`, body: csvStream((await readSnapshot<null, ExportRow>(statement, async () => null)).rows) };
}
