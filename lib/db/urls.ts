import { env } from "../env";
import { readerPassword } from "../secrets";

/**
 * The read-only role of a database: one per database, named after it, so two
 * Ledgerly databases on one server (two instances, or the tests next to an
 * app) never share, and never overwrite each other's password.
 */
export function readerRoleFor(databaseUrl: string): string {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "postgres";
  return `${database.slice(0, 56)}_reader`; // role names are at most 63 bytes
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    // The server (scripts/server.mjs) starts the embedded PostgreSQL and passes
    // its URL; a process started another way must be given one.
    throw new Error("DATABASE_URL is not set: start the app with `npm start` for the embedded database, or set DATABASE_URL.");
  }
  return url;
}

/**
 * The read-only role's URL: DATABASE_READONLY_URL, or derived from DATABASE_URL
 * (same server and database, role `<database>_reader`, a password generated
 * into $DATA_DIR that start-up gives the role when it may).
 */
export function readonlyDatabaseUrl(): string {
  const explicit = env().DATABASE_READONLY_URL;
  if (explicit) return explicit;
  const url = new URL(databaseUrl());
  url.username = readerRoleFor(databaseUrl());
  url.password = readerPassword(url.pathname.slice(1));
  return url.toString();
}

export const readonlyUrlIsDerived = (): boolean => !env().DATABASE_READONLY_URL;
