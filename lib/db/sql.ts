// Plain SQL on the pools, for every statement the app runs. Measured on the
// list query: Prisma's raw path cost ~2× the CPU of running the same statement
// on pg (1.0 vs 0.46 ms for 51 rows, bench notes in the issue), and an
// interactive transaction added round trips. Statements are Prisma.sql
// fragments (lib/db/sql-fragments.ts), values always bound.
import { createHash } from "node:crypto";
import type pg from "pg";
import { slots } from "@/lib/slots";
import { pool, readonlyPool } from "./client";
import type * as Prisma from "./sql-fragments";

export interface SqlClient {
  /** The rows of a statement. */
  query<T>(statement: Prisma.Sql): Promise<T[]>;
  /** The number of rows a statement touched. */
  execute(statement: Prisma.Sql): Promise<number>;
}

const names = new Map<string, string>();
// Each name becomes a prepared statement on every connection (and in a
// PgBouncer's cache): only for the statements that repeat, not for all.
const MAX_NAMES = 200;
// More values than this is a bulk statement (an import's rows): run once.
const MAX_NAMED_VALUES = 32;

/**
 * A named statement for each distinct text, parsed once per connection, so
 * PostgreSQL neither parses the request's statements again nor, once it
 * finds the generic plan as good, plans them again. The name is the text's
 * hash: this module may be bundled more than once (one copy per route), and
 * every copy shares the one pool.
 */
function config(statement: Prisma.Sql): pg.QueryConfig {
  let name = names.get(statement.text);
  if (!name && names.size < MAX_NAMES && statement.values.length <= MAX_NAMED_VALUES) {
    name = createHash("sha1").update(statement.text).digest("base64url");
    names.set(statement.text, name);
  }
  return { name, text: statement.text, values: statement.values };
}

const on = (runner: pg.Pool | pg.PoolClient): SqlClient => ({
  async query<T>(statement: Prisma.Sql) {
    return (await runner.query(config(statement))).rows as T[];
  },
  async execute(statement: Prisma.Sql) {
    return (await runner.query(config(statement))).rowCount ?? 0;
  },
});

/** Statements on the pool, each its own (autocommitted) transaction. */
export const sql = (): SqlClient => on(pool());

/** Statements as the read-only role (the budget module's reads of spend). */
export const readonlySql = (): SqlClient => on(readonlyPool());

/** Runs `work` in one database transaction on one connection: all of it happens, or none. */
export async function inSqlTransaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
  const connection = await pool().connect();
  try {
    await connection.query("BEGIN");
    const result = await work(on(connection));
    await connection.query("COMMIT");
    return result;
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    connection.release();
  }
}

// An export holds its connection for as long as its reader reads: at most
// this many at once, so slow downloads never take the pool (10) from the API.
// More wait for a slot before they connect.
const snapshotSlots = slots("snapshots", 3);

/**
 * One read-only snapshot on one connection: `head` reads in it, then the rows
 * of `statement` come from a cursor in the same snapshot, `batch` at a time, so
 * a big result (an export) is never whole in memory and agrees with what
 * `head` read. The connection is held until the rows are read to the end or
 * `rows.return()` is called (a cancelled response stream does).
 */
export async function readSnapshot<H, R>(statement: Prisma.Sql, head: (tx: SqlClient) => Promise<H>, batch = 2_000): Promise<{ head: H; rows: AsyncIterableIterator<R> }> {
  const slot = await snapshotSlots.acquire();
  let connection: pg.PoolClient;
  try {
    connection = await pool().connect();
  } catch (error) {
    slot();
    throw error;
  }
  let open = true;
  const close = async (failed?: Error) => {
    if (!open) return;
    open = false;
    if (!failed) await connection.query("ROLLBACK").catch(() => {}); // read only: nothing to commit
    connection.release(failed);
    slot();
  };
  let result: H;
  try {
    await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    result = await head(on(connection));
    await connection.query(`DECLARE snapshot_rows NO SCROLL CURSOR FOR ${statement.text}`, statement.values);
  } catch (error) {
    await close(error as Error);
    throw error;
  }
  async function* fetchAll(): AsyncGenerator<R> {
    try {
      for (;;) {
        const rows = (await connection.query(`FETCH ${batch} FROM snapshot_rows`)).rows as R[];
        yield* rows;
        if (rows.length < batch) break;
      }
    } catch (error) {
      await close(error as Error);
      throw error;
    } finally {
      await close();
    }
  }
  const generator = fetchAll();
  const rows: AsyncIterableIterator<R> = {
    next: () => generator.next(),
    // Also before the first row: a generator never started skips its `finally`.
    return: async () => {
      await generator.return(undefined);
      await close();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return rows;
    },
  };
  return { head: result, rows };
}
