import { env } from "../env";
import { budgetReaderPassword } from "../secrets";

export const READER_ROLE = "budget_reader";

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    // The launcher (scripts/start.mjs) starts the embedded PostgreSQL and passes
    // its URL; a process started another way must be given one.
    throw new Error("DATABASE_URL is not set: start the app with `npm start` for the embedded database, or set DATABASE_URL.");
  }
  return url;
}

/**
 * The read-only role's URL: DATABASE_READONLY_URL, or derived from DATABASE_URL
 * (same server and database, role budget_reader, a password generated into
 * $DATA_DIR that start-up gives the role when it may).
 */
export function readonlyDatabaseUrl(): string {
  const explicit = env().DATABASE_READONLY_URL;
  if (explicit) return explicit;
  const url = new URL(databaseUrl());
  url.username = READER_ROLE;
  url.password = budgetReaderPassword();
  return url.toString();
}

export const readonlyUrlIsDerived = (): boolean => !env().DATABASE_READONLY_URL;
