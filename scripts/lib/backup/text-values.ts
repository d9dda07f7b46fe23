import type pg from "pg";

/**
 * Fixes every setting that changes how PostgreSQL prints or parses values, so
 * a value's text is the same whoever runs the backup and reads back into the
 * same value: timestamps in UTC and ISO order, shortest exact floats, hex bytea.
 */
export const TEXT_SESSION_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET DateStyle = 'ISO, YMD'",
  "SET TimeZone = 'UTC'",
  "SET IntervalStyle = 'postgres'",
  "SET extra_float_digits = 1",
  "SET bytea_output = 'hex'",
  // A server-wide timeout must not cut a long backup or restore short.
  "SET statement_timeout = 0",
  "SET idle_in_transaction_session_timeout = 0",
  // …but waiting forever behind a migration's lock is worse than a clear error.
  "SET lock_timeout = '30s'",
].join("; ");

/** Hands every column over as the server's text, untouched: no Date, no float, no parsed JSON. */
export const RAW_TEXT: pg.CustomTypesConfig = {
  getTypeParser: (() => (value: string) => value) as unknown as pg.CustomTypesConfig["getTypeParser"],
};

export async function applyTextSettings(client: pg.Client): Promise<void> {
  await client.query(TEXT_SESSION_SETTINGS);
}
