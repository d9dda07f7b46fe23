// Plain SQL on the application pool, for the paths every request takes
// (authentication, lists, sums, creates). Measured on the list query: Prisma's
// raw path costs ~2× the CPU of running the same statement on pg (1.0 vs 0.46
// ms for 51 rows, bench notes in the issue), and an interactive transaction
// adds round trips. Statements are Prisma.sql fragments, values always bound.
import type { Prisma } from "@/generated/prisma/client";
import type pg from "pg";
import { pool } from "./client";

export interface SqlClient {
  /** The rows of a statement. */
  query<T>(statement: Prisma.Sql): Promise<T[]>;
  /** The number of rows a statement touched. */
  execute(statement: Prisma.Sql): Promise<number>;
}

const on = (runner: pg.Pool | pg.PoolClient): SqlClient => ({
  async query<T>(statement: Prisma.Sql) {
    return (await runner.query(statement.text, statement.values)).rows as T[];
  },
  async execute(statement: Prisma.Sql) {
    return (await runner.query(statement.text, statement.values)).rowCount ?? 0;
  },
});

/** Statements on the pool, each its own (autocommitted) transaction. */
export const sql = (): SqlClient => on(pool());

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
