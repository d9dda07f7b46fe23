// The benchmark's database: a fresh `ledgerly_bench` on the PostgreSQL server
// of DATABASE_URL, and what the bench asks that server while it measures.
import pg from "pg";
import { createTestDatabase } from "../../scripts/lib/test-database.mjs";
import { median } from "./stats";

// BENCH_DATABASE lets two benches share one server (a page bench beside an API one).
export const BENCH_DATABASE = process.env.BENCH_DATABASE || "ledgerly_bench";
export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = {
  /** The app's (and the bare server's) connection to ledgerly_bench. */
  url: string;
  /** A superuser connection to ledgerly_bench for seeding, EXPLAIN and counting. */
  admin: pg.Client;
  drop(): Promise<void>;
};

/** Drops any earlier ledgerly_bench (and its reader role) and creates it empty. */
export async function createBenchDatabase(root: string, serverUrl: string): Promise<BenchDatabase> {
  const created = await createTestDatabase({ root, databaseUrl: serverUrl, name: BENCH_DATABASE, log: () => {} });
  const admin = new pg.Client({ connectionString: created.databaseUrl, application_name: "ledgerly-bench-admin" });
  await admin.connect();
  return {
    url: created.databaseUrl,
    admin,
    async drop() {
      await admin.end().catch(() => {});
      await created.stop();
    },
  };
}

export async function postgresVersion(db: pg.ClientBase): Promise<string> {
  const { rows } = await db.query<{ version: string }>("SELECT version()");
  return rows[0]!.version;
}

/** The pids of the server processes serving other clients' connections to this database. */
export async function backendPids(db: pg.ClientBase): Promise<number[]> {
  const { rows } = await db.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
  );
  return rows.map((r) => r.pid);
}

/**
 * Waits until no other connection to the database runs a statement: a load
 * run that ends mid-request leaves queries running (a one-second summary at a
 * million rows), and they must not slow the next run.
 */
export async function waitUntilIdle(db: pg.ClientBase, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await db.query<{ busy: number }>(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    if (rows[0]!.busy === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`statements still running on ${BENCH_DATABASE} after ${timeoutMs / 1000} s`);
}

/** Median `Execution Time` (ms) of EXPLAIN (ANALYZE, BUFFERS) over `times` runs: PostgreSQL's own time for the query. */
export async function executionTimeMs(
  db: pg.ClientBase,
  query: { text: string; values: unknown[] },
  times = 5,
): Promise<{ medianMs: number; runsMs: number[]; sharedHit: number; sharedRead: number }> {
  const runsMs: number[] = [];
  let buffers = { sharedHit: 0, sharedRead: 0 };
  for (let i = 0; i < times; i++) {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`, query.values);
    const [plan] = rows[0]["QUERY PLAN"] as Array<{ "Execution Time": number; Plan: Record<string, number> }>;
    runsMs.push(plan!["Execution Time"]);
    buffers = { sharedHit: plan!.Plan["Shared Hit Blocks"] ?? 0, sharedRead: plan!.Plan["Shared Read Blocks"] ?? 0 };
  }
  return { medianMs: median(runsMs), runsMs, ...buffers };
}
