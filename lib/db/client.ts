import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl, readonlyDatabaseUrl } from "./urls";

// One pool (and Prisma client on it) per process, kept on globalThis so Next's
// dev reloads and duplicated module graphs don't open new pools (STYLE.md §8).
const clients = globalThis as unknown as {
  __ledgerlyPool?: pg.Pool;
  __ledgerlyDb?: PrismaClient;
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

/** The application role's connections: shared by Prisma and by the hot paths' plain SQL (lib/db/sql.ts). */
export function pool(): pg.Pool {
  clients.__ledgerlyPool ??= newPool(databaseUrl(), 10);
  return clients.__ledgerlyPool;
}

export function db(): PrismaClient {
  clients.__ledgerlyDb ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return clients.__ledgerlyDb;
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
  await clients.__ledgerlyDb?.$disconnect();
  await Promise.all([clients.__ledgerlyPool?.end().catch(() => {}), clients.__ledgerlyReadonlyPool?.end().catch(() => {})]);
  clients.__ledgerlyDb = undefined;
  clients.__ledgerlyPool = undefined;
  clients.__ledgerlyReadonlyPool = undefined;
}
