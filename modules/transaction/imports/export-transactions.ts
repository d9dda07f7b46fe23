// GET /api/transactions/export: every matching row as CSV, newest first,
// streamed from a database cursor so memory stays flat however many rows.
import * as Prisma from "@/lib/db/sql-fragments";
import { pool } from "@/lib/db/client";
import { systemClock, todayIn, type Clock } from "@/lib/clock";
import { csvStream, type ExportRow } from "../csv";
import { resolveFilters } from "../resolve-filters";
import type { TransactionFiltersQuery } from "../schemas";
import { whereFilters } from "../transaction-repository";

const FETCH_ROWS = 2_000;

async function* exportRows(statement: Prisma.Sql): AsyncGenerator<ExportRow> {
  const connection = await pool().connect();
  let failed: Error | undefined;
  let finished = false;
  try {
    await connection.query("BEGIN READ ONLY");
    await connection.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${statement.text}`, statement.values);
    for (;;) {
      const { rows } = await connection.query<ExportRow>(`FETCH ${FETCH_ROWS} FROM export_rows`);
      for (const row of rows) yield row;
      if (rows.length < FETCH_ROWS) break;
    }
    await connection.query("COMMIT");
    finished = true;
  } catch (error) {
    failed = error as Error;
    throw error;
  } finally {
    // Also when the client went away mid-stream (the generator is returned early).
    if (!finished && !failed) await connection.query("ROLLBACK").catch(() => {});
    connection.release(failed);
  }
}

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
  return { filename: `ledgerly-transactions-${todayIn(owner.timezone, clock)}.csv`, body: csvStream(exportRows(statement)) };
}
