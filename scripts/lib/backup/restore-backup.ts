// Restores a backup into a database in one transaction: (with --force) drop
// the app's schemas, migrate exactly up to the backup's migration with the
// app's own runner, copy the rows back (in the file's foreign-key order, keys
// checked once at the end), check the counts.
// Anything wrong, the file included, rolls all of it back.
import type pg from "pg";
import { applyMigrations, type Migration } from "../../../lib/db/migrate";
import { STARTUP_LOCK } from "../../../lib/db/prepare";
import { fromClause, ledgerlyObjects, quote, readCatalog, type CatalogTable } from "./catalog";
import { BACKUP_SCHEMAS, qualifiedName, type BackupHeader, type BackupTable, type Row } from "./format";
import { savepointClient } from "./migrations-in-transaction";
import type { openBackup } from "./read-backup";
import { applyTextSettings } from "./text-values";

// lib/db/prepare.ts's start-up lock: an app instance starting meanwhile waits
// for the restore instead of migrating the half-restored database.


export class RestoreError extends Error {
  override name = "RestoreError";
}

/** The migrations to apply: this code's, up to the backup's last one, which must be the very ones the backup's database had. */
export function migrationsFor(header: BackupHeader, available: Migration[]): Migration[] {
  const index = available.findIndex((migration) => migration.name === header.migration);
  if (index === -1) {
    throw new RestoreError(
      `The backup was taken at migration ${header.migration}, which this version of Ledgerly does not have ` +
        `(its newest is ${available.at(-1)?.name ?? "none"}): restore it with the version that made it, or a newer one.`,
    );
  }
  const wanted = available.slice(0, index + 1);
  for (const [position, migration] of wanted.entries()) {
    const recorded = header.migrations[position];
    if (recorded?.name !== migration.name) {
      throw new RestoreError(`The backup's migrations differ from this code's: at position ${position + 1} it has ${recorded?.name ?? "nothing"}, the code ${migration.name}.`);
    }
    if (recorded.checksum !== migration.checksum) {
      throw new RestoreError(`Migration ${migration.name} in this code is not the one the backup's database applied (checksums differ).`);
    }
  }
  if (header.migrations.length !== wanted.length) {
    throw new RestoreError(`The backup lists ${header.migrations.length} applied migrations, this code ${wanted.length} up to ${header.migration}.`);
  }
  return wanted;
}

export type RestoreSummary = {
  tables: { name: string; rows: number }[];
  rows: number;
  migrations: string[];
  dropped: string[];
  /** Tables the migrations had put rows into, emptied before the copy. */
  cleared: string[];
};

type Backup = ReturnType<typeof openBackup>;

export async function restoreBackup(
  client: pg.Client,
  backup: Backup,
  migrations: Migration[],
  { force, target }: { force: boolean; target: string },
): Promise<RestoreSummary> {
  const header = await backup.header;
  await applyTextSettings(client);
  const refuse = (objects: string[]) =>
    new RestoreError(
      `${target} already holds Ledgerly data (${objects.join(", ")}): restore into an empty database, ` +
        "or pass --force to drop those schemas and the migrations table first.",
    );
  const existing = await ledgerlyObjects(client);
  if (existing.length && !force) throw refuse(existing);

  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [STARTUP_LOCK]);
    const present = await ledgerlyObjects(client); // again, under the lock: an app may have started meanwhile
    if (present.length && !force) throw refuse(present);
    if (present.length) {
      await client.query(`DROP SCHEMA IF EXISTS ${BACKUP_SCHEMAS.map(quote).join(", ")} CASCADE`);
      await client.query(`DROP TABLE IF EXISTS "_prisma_migrations"`);
    }
    const applied = await applyMigrations(savepointClient(client), migrations);

    const catalog = await readCatalog(client);
    const tables = matchTables(header.tables, catalog.tables);
    // The backup holds every row the source's migrations ever inserted (seed
    // rows, say), as they stood: rows the migrations just inserted again go.
    const seeded: CatalogTable[] = [];
    for (const table of tables.values()) {
      const { rows } = await client.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${fromClause(table)}) AS found`);
      if (rows[0]!.found) seeded.push(table);
    }
    if (seeded.length) await client.query(`TRUNCATE ${[...tables.values()].map((table) => table.sql).join(", ")}`);

    // A trigger that derives rows (totals, history) would add them a second
    // time: the derived rows are in the backup too. Foreign keys stay checked.
    const triggered = [...tables.values()].filter((table) => table.hasUserTriggers);
    for (const table of triggered) await client.query(`ALTER TABLE ${table.sql} DISABLE TRIGGER USER`);
    // Foreign keys are made again after the copy, as pg_dump does: one check
    // per key over the whole table instead of one lookup per row (half the
    // time for 100,000 transactions), and rows then need no order at all
    // (cycles, a table referencing itself). A row that breaks a key still
    // fails the restore, when the key is added back.
    for (const fk of catalog.foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`);

    const statements = new Map(header.tables.map((table) => [qualifiedName(table), insertStatement(tables.get(qualifiedName(table))!, table)]));
    // One batch in flight while the next is read and parsed: the server's
    // work and ours overlap, and memory still holds at most two batches.
    let inFlight: Promise<unknown> | null = null;
    for await (const { table, rows } of backup.batches()) {
      if (!rows.length) continue;
      const insert = client.query(statements.get(qualifiedName(table))!, columnsOf(rows, table.columns.length));
      insert.catch(() => {}); // awaited on the next turn; a failure ends the loop before that
      if (inFlight) await inFlight;
      inFlight = insert;
    }
    if (inFlight) await inFlight;

    for (const fk of catalog.foreignKeys) {
      try {
        await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
      } catch (error) {
        throw new RestoreError(`The backup's rows break foreign key ${fk.name} of ${fk.from}: ${(error as Error).message}`);
      }
    }
    for (const table of triggered) await client.query(`ALTER TABLE ${table.sql} ENABLE TRIGGER USER`);
    for (const sequence of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        `${quote(sequence.schema)}.${quote(sequence.name)}`,
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    for (const table of header.tables) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${fromClause(tables.get(qualifiedName(table))!)}`);
      if (Number(rows[0]!.count) !== table.rows) {
        throw new RestoreError(`${qualifiedName(table)} holds ${rows[0]!.count} rows after the copy, the backup ${table.rows}.`);
      }
    }
    await client.query("COMMIT");
    return {
      tables: header.tables.map((table) => ({ name: qualifiedName(table), rows: table.rows })),
      rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
      migrations: applied,
      dropped: present,
      cleared: seeded.map(qualifiedName),
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Each backed-up table's counterpart in the migrated database, with the same columns of the same types. */
function matchTables(backedUp: BackupTable[], migrated: CatalogTable[]): Map<string, CatalogTable> {
  const byName = new Map(migrated.map((table) => [qualifiedName(table), table]));
  const extra = migrated.filter((table) => !backedUp.some((b) => qualifiedName(b) === qualifiedName(table)));
  if (extra.length) {
    throw new RestoreError(`The migrations create ${extra.map(qualifiedName).join(", ")}, which the backup does not have: its database was changed outside the migrations.`);
  }
  for (const table of backedUp) {
    const counterpart = byName.get(qualifiedName(table));
    if (!counterpart) throw new RestoreError(`The backup has table ${qualifiedName(table)}, which the migrations do not create.`);
    const describe = (columns: { name: string; type: string }[]) => columns.map((c) => `${c.name} ${c.type}`).sort().join(", ");
    if (describe(table.columns) !== describe(counterpart.columns)) {
      throw new RestoreError(
        `${qualifiedName(table)} has other columns in the backup (${describe(table.columns)}) than after the migrations (${describe(counterpart.columns)}).`,
      );
    }
  }
  return byName;
}

/**
 * One INSERT per batch: each column arrives as a text[] parameter and is cast
 * to its type by the type's input function, the inverse of the text the
 * backup read, so every value comes back exactly.
 */
function insertStatement(target: CatalogTable, table: BackupTable): string {
  const castType = new Map(target.columns.map((column) => [column.name, column.castType]));
  const names = table.columns.map((column) => quote(column.name)).join(", ");
  const parameters = table.columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = table.columns.map((_, i) => `c${i + 1}`).join(", ");
  const values = table.columns.map((column, i) => `u.c${i + 1}::${castType.get(column.name)!}`).join(", ");
  const overriding = target.hasAlwaysIdentity ? " OVERRIDING SYSTEM VALUE" : "";
  return `INSERT INTO ${target.sql} (${names})${overriding} SELECT ${values} FROM unnest(${parameters}) AS u(${aliases})`;
}

function columnsOf(rows: Row[], width: number): (string | null)[][] {
  const columns: (string | null)[][] = Array.from({ length: width }, () => new Array<string | null>(rows.length));
  rows.forEach((row, r) => row.forEach((value, c) => (columns[c]![r] = value)));
  return columns;
}
