import pg from "pg";
import { logger } from "../log";
import { applyMigrations, readMigrations } from "./migrate";
import { ensureReadonlyRole } from "./roles";
import { databaseUrl, readonlyDatabaseUrl, readonlyUrlIsDerived } from "./urls";

// Any constant shared by every instance: serialises start-up steps across processes.
export const STARTUP_LOCK = 7_240_001;

const state = globalThis as unknown as { __ledgerlyDbPrepared?: Promise<void> };

/**
 * Migrations, then roles and grants, under one advisory lock so instances
 * starting together don't race. Runs once per process.
 */
export function prepareDatabase(): Promise<void> {
  state.__ledgerlyDbPrepared ??= prepareDatabaseAt(databaseUrl(), readerRole()).catch((error: unknown) => {
    state.__ledgerlyDbPrepared = undefined;
    throw error;
  });
  return state.__ledgerlyDbPrepared;
}

/** The read-only role to grant to, with the password to give it when this app derives (owns) it. */
function readerRole(): { name: string; password: string | null } {
  const url = new URL(readonlyDatabaseUrl());
  return { name: decodeURIComponent(url.username), password: readonlyUrlIsDerived() ? decodeURIComponent(url.password) : null };
}

/** The start-up steps against one database; safe to run from several processes at once. */
export async function prepareDatabaseAt(url: string, reader: { name: string; password: string | null }): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK]);
    const applied = await applyMigrations(client, await readMigrations());
    if (applied.length) logger.info("migrations applied", { migrations: applied });
    if ((await ensureReadonlyRole(client, reader.name, reader.password)) === "missing") {
      logger.warn(`role ${reader.name} does not exist and this role may not create it: budget spend will answer 503`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK]).catch(() => {});
    await client.end();
  }
}
