// What the backup and the restore learn from PostgreSQL's catalog, never from
// a list in the code: others add tables and columns all the time.
import type pg from "pg";
import { BACKUP_SCHEMAS, type BackupSequence } from "./format";
import { foreignKeyOrder, type Reference } from "./foreign-key-order";

export type CatalogColumn = {
  name: string;
  /** As `format_type` prints it (`numeric(14,2)`): what the restore compares. */
  type: string;
  /** The type without its modifier (`pg_catalog.numeric`), to cast text to: the column's own typmod then applies on insert and refuses what doesn't fit. */
  castType: string;
};

export type CatalogTable = {
  schema: string;
  name: string;
  /** Quoted, schema-qualified: safe to put into SQL. */
  sql: string;
  /** A partitioned table is read and written through its parent (partitions are left out). */
  partitioned: boolean;
  /** GENERATED ALWAYS AS IDENTITY columns need OVERRIDING SYSTEM VALUE to be restored as they were. */
  hasAlwaysIdentity: boolean;
  /** User triggers (not the foreign-key ones), which the restore holds off. */
  hasUserTriggers: boolean;
  /** Stored values only: generated columns are computed again on insert. */
  columns: CatalogColumn[];
};

/** A foreign key as PostgreSQL would create it again: `ALTER TABLE <table> ADD CONSTRAINT <name> <definition>`. */
export type ForeignKey = Reference & { table: string; name: string; definition: string };

export type Catalog = { tables: CatalogTable[]; foreignKeys: ForeignKey[] };

const key = (table: { schema: string; name: string }) => `${table.schema}.${table.name}`;

/** Tables of the app's schemas, in foreign-key order (a table after those it references, where it can be), and their foreign keys. */
export async function readCatalog(client: pg.Client): Promise<Catalog> {
  const schemas = [...BACKUP_SCHEMAS];
  const tables = await client.query<{ oid: number; schema: string; name: string; partitioned: boolean; has_user_triggers: boolean }>(
    `SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind = 'p' AS partitioned,
            EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) AS has_user_triggers
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`,
    [schemas],
  );
  const oids = tables.rows.map((row) => row.oid);
  const columns = await client.query<{ table_oid: number; name: string; type: string; cast_type: string; always_identity: boolean }>(
    `SELECT a.attrelid AS table_oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            format('%I.%I', tn.nspname, t.typname) AS cast_type, a.attidentity = 'a' AS always_identity
       FROM pg_attribute a
       JOIN pg_type t ON t.oid = a.atttypid
       JOIN pg_namespace tn ON tn.oid = t.typnamespace
      WHERE a.attrelid = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attrelid, a.attnum`,
    [oids],
  );
  const foreignKeys = await client.query<{ from_oid: number; to_oid: number; name: string; definition: string }>(
    `SELECT conrelid AS from_oid, confrelid AS to_oid, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1) ORDER BY conrelid, conname COLLATE "C"`,
    [oids],
  );

  const byOid = new Map<number, CatalogTable>();
  for (const row of tables.rows) {
    byOid.set(row.oid, {
      schema: row.schema,
      name: row.name,
      sql: `${quote(row.schema)}.${quote(row.name)}`,
      partitioned: row.partitioned,
      hasAlwaysIdentity: false,
      hasUserTriggers: row.has_user_triggers,
      columns: [],
    });
  }
  for (const column of columns.rows) {
    const table = byOid.get(column.table_oid)!;
    table.columns.push({ name: column.name, type: column.type, castType: column.cast_type });
    if (column.always_identity) table.hasAlwaysIdentity = true;
  }
  const keys = foreignKeys.rows.map((fk) => {
    const from = byOid.get(fk.from_oid)!;
    const to = byOid.get(fk.to_oid);
    // A key to a table outside the app's schemas still has to be dropped and made again; it just doesn't order anything.
    return { from: key(from), to: to ? key(to) : `oid:${fk.to_oid}`, table: from.sql, name: fk.name, definition: fk.definition };
  });
  const all = [...byOid.values()];
  // Cycles can't be ordered; they don't need to be (the restore checks keys after the copy), so they just come last.
  const { order } = foreignKeyOrder(all.map(key), keys);
  const byKey = new Map(all.map((table) => [key(table), table]));
  return { tables: order.map((name) => byKey.get(name)!), foreignKeys: keys };
}

/** Sequences of the app's schemas (serial and identity columns) with where they stand. */
export async function readSequences(client: pg.Client): Promise<BackupSequence[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND c.relkind = 'S' ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`,
    [[...BACKUP_SCHEMAS]],
  );
  const sequences: BackupSequence[] = [];
  for (const row of rows) {
    // Sequences are not transactional: this is at least the value of any row in the snapshot, which is what a restore needs.
    const state = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${quote(row.schema)}.${quote(row.name)}`,
    );
    sequences.push({ ...row, lastValue: state.rows[0]!.last_value, isCalled: state.rows[0]!.is_called });
  }
  return sequences;
}

/** The migrations recorded as applied, oldest first; null when the table does not exist. */
export async function readAppliedMigrations(client: pg.Client): Promise<{ name: string; checksum: string }[] | null> {
  const exists = await client.query<{ found: boolean }>(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found`);
  if (!exists.rows[0]!.found) return null;
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows;
}

/** What of Ledgerly a database already holds: its schemas and the migrations table. */
export async function ledgerlyObjects(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname = ANY($1)
     UNION ALL SELECT '_prisma_migrations' WHERE to_regclass('_prisma_migrations') IS NOT NULL
     ORDER BY 1`,
    [[...BACKUP_SCHEMAS]],
  );
  return rows.map((row) => row.name);
}

export const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Reads a table's rows from the table itself only: a plain table's inheritance children are tables of their own. */
export const fromClause = (table: CatalogTable) => (table.partitioned ? table.sql : `ONLY ${table.sql}`);
