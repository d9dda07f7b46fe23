// The backup file: gzip-compressed NDJSON, one JSON value per line.
//
//   {"format":"ledgerly-backup","version":1,…}        header: what follows
//   {"schema":"users","table":"users"}                 a table's rows begin
//   ["6f1c…","ann@example.test",null,…]                one row: its columns' text, in header order
//   …
//   {"end":true,"tables":9,"rows":1234}                trailer: a file without it is truncated
//
// Every value is PostgreSQL's own text output (in UTC, ISO dates), so it
// reads back byte-identical through the type's input function.
import { z } from "zod";

export const BACKUP_FORMAT = "ledgerly-backup";
export const BACKUP_VERSION = 1;
/** The schemas of ARCHITECTURE.md's Data section: every table in them is backed up. */
export const BACKUP_SCHEMAS = ["users", "transactions", "budgets"] as const;

const columnSchema = z.object({ name: z.string().min(1), type: z.string().min(1) });
const tableSchema = z.object({
  schema: z.string().min(1),
  name: z.string().min(1),
  columns: z.array(columnSchema).min(1),
  rows: z.number().int().nonnegative(),
});
const migrationSchema = z.object({ name: z.string().min(1), checksum: z.string().min(1) });
const sequenceSchema = z.object({
  schema: z.string().min(1),
  name: z.string().min(1),
  lastValue: z.string().regex(/^-?\d+$/),
  isCalled: z.boolean(),
});

export const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  postgresVersion: z.string(),
  database: z.string(),
  /** The last migration applied when the snapshot was taken; `migrations` lists all of them in order. */
  migration: z.string().min(1),
  migrations: z.array(migrationSchema).min(1),
  tables: z.array(tableSchema),
  sequences: z.array(sequenceSchema),
});

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupTable = z.infer<typeof tableSchema>;
export type BackupColumn = z.infer<typeof columnSchema>;
export type BackupSequence = z.infer<typeof sequenceSchema>;
export type TableStart = { schema: string; table: string };
export type Trailer = { end: true; tables: number; rows: number };
/** A row: each column's text, null for SQL NULL. */
export type Row = (string | null)[];

export const qualifiedName = (table: { schema: string; name: string }) => `${table.schema}.${table.name}`;

/** `ledgerly-2026-12-02T193000Z.ndjson.gz`: sorts by time, and has no colons (safe on every file system). */
export function backupFileName(at: Date, attempt = 1): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "");
  return `ledgerly-${stamp}${attempt > 1 ? `-${attempt}` : ""}.ndjson.gz`;
}
