import pg from "pg";
import { databaseUrl, readonlyDatabaseUrl } from "./urls";

// One pool per role and process, kept on globalThis so Next's dev reloads and
// duplicated module graphs don't open new pools (STYLE.md §8). Every module
// queries through them in plain SQL (lib/db/sql.ts): the Prisma client is not
// loaded at run time. Its query compiler alone held ~40 MiB of a server's
// memory, and its raw path cost twice pg's CPU per statement; the schema,
// its migrations and the row types stay Prisma's (prisma/schema.prisma).
const clients = globalThis as unknown as {
  __ledgerlyPool?: pg.Pool;
  __ledgerlyReadonlyPool?: pg.Pool;
};

// Fail fast instead of hanging when the database is unreachable (SECURITY.md, Operations).
// No JIT: every statement of ours runs in milliseconds, and PostgreSQL's cost
// estimate for a function scan (the budget list's jsonb_to_recordset ×
// generate_series guesses 100,000 rows for 15) crossed jit_above_cost, making
// each budget list compile for ~0.7 s (bench: 2 req/s instead of hundreds).
const poolOptions = { connectionTimeoutMillis: 5_000, statement_timeout: 15_000, options: "-c jit=off" };

function newPool(connectionString: string, max: number): pg.Pool {
  const created = new pg.Pool({ connectionString, ...poolOptions, max });
  // An idle connection that dies (a database restart) must not crash the process.
  created.on("error", () => {});
  return created;
}

/** The application role's connections (lib/db/sql.ts runs statements on them). */
export function pool(): pg.Pool {
  clients.__ledgerlyPool ??= newPool(databaseUrl(), 10);
  return clients.__ledgerlyPool;
}

/**
 * Connections as the read-only role: the budget module reads spend through
 * them and through nothing else (ARCHITECTURE.md, Data), as plain SQL
 * (lib/db/sql.ts readonlySql) like the other hot paths.
 */
export function readonlyPool(): pg.Pool {
  clients.__ledgerlyReadonlyPool ??= newPool(readonlyDatabaseUrl(), 5);
  return clients.__ledgerlyReadonlyPool;
}

export async function disconnectDatabases(): Promise<void> {
  await Promise.all([clients.__ledgerlyPool?.end().catch(() => {}), clients.__ledgerlyReadonlyPool?.end().catch(() => {})]);
  clients.__ledgerlyPool = undefined;
  clients.__ledgerlyReadonlyPool = undefined;
}
