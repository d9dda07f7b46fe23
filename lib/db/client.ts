import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl, readonlyDatabaseUrl } from "./urls";

// One client (and pool) per process, kept on globalThis so Next's dev reloads
// and duplicated module graphs don't open new pools (STYLE.md §8).
const clients = globalThis as unknown as { __ledgerlyDb?: PrismaClient; __ledgerlyReadonlyDb?: PrismaClient };

// Fail fast instead of hanging when the database is unreachable (SECURITY.md, Operations).
const poolOptions = { connectionTimeoutMillis: 5_000, statement_timeout: 15_000, max: 10 };

export function db(): PrismaClient {
  clients.__ledgerlyDb ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl(), ...poolOptions }),
  });
  return clients.__ledgerlyDb;
}

/**
 * A client connected as the read-only `budget_reader` role: the budget module
 * reads spend through it and through nothing else (ARCHITECTURE.md, Data).
 */
export function readonlyDb(): PrismaClient {
  clients.__ledgerlyReadonlyDb ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: readonlyDatabaseUrl(), ...poolOptions, max: 5 }),
  });
  return clients.__ledgerlyReadonlyDb;
}

export async function disconnectDatabases(): Promise<void> {
  await Promise.all([clients.__ledgerlyDb?.$disconnect(), clients.__ledgerlyReadonlyDb?.$disconnect()]);
  clients.__ledgerlyDb = undefined;
  clients.__ledgerlyReadonlyDb = undefined;
}
