// One consistent snapshot of the app's schemas, streamed into a gzip file
// (format.ts) in bounded memory: a cursor per table, FETCH_ROWS rows at a time.
import { once } from "node:events";
import { createWriteStream, existsSync, rmSync } from "node:fs";
import { link, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip, type Gzip } from "node:zlib";
import type pg from "pg";
import { fromClause, quote, readAppliedMigrations, readCatalog, readSequences, type CatalogTable } from "./catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, type BackupHeader, type Trailer } from "./format";
import { DatabaseError } from "./open-database";
import { RAW_TEXT, applyTextSettings } from "./text-values";

const FETCH_ROWS = 5_000;
const SNAPSHOT_ATTEMPTS = 5;

export type BackupSummary = {
  file: string;
  tables: { name: string; rows: number }[];
  rows: number;
  bytes: number;
  migration: string;
};

/**
 * Locks every table (ACCESS SHARE: writes go on, DDL waits) before the
 * snapshot is taken, so no migration can change a table between the snapshot
 * and the read. LOCK takes no snapshot itself; the first query after it does,
 * and sees exactly the tables locked, or a table was created in between and
 * the attempt starts again.
 */
async function beginSnapshot(client: pg.Client): Promise<Awaited<ReturnType<typeof readCatalog>>> {
  for (let attempt = 1; attempt <= SNAPSHOT_ATTEMPTS; attempt++) {
    const expected = await readCatalog(client);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      if (expected.tables.length) {
        await client.query(`LOCK TABLE ${expected.tables.map((t) => t.sql).join(", ")} IN ACCESS SHARE MODE`);
      }
      const seen = await readCatalog(client); // the snapshot starts here
      if (sameShape(expected.tables, seen.tables)) return seen;
    } catch (error) {
      // A table dropped between the two reads: try again; anything else is real.
      if ((error as { code?: string }).code !== "42P01") {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    }
    await client.query("ROLLBACK");
  }
  throw new DatabaseError(`The tables kept changing while the backup started (${SNAPSHOT_ATTEMPTS} attempts): is a migration running?`);
}

const shapeOf = (tables: CatalogTable[]) => JSON.stringify(tables.map((t) => [t.sql, t.columns]));
const sameShape = (a: CatalogTable[], b: CatalogTable[]) => shapeOf(a) === shapeOf(b);

/** Writes the backup into `directory` and returns what it holds. */
export async function writeBackup(client: pg.Client, directory: string): Promise<BackupSummary> {
  await applyTextSettings(client);
  const catalog = await beginSnapshot(client);
  let temp: string | null = null;
  let output: Gzip | null = null;
  let removeOnExit: (() => void) | null = null;
  try {
    const migrations = await readAppliedMigrations(client);
    if (!migrations?.length) {
      throw new DatabaseError("This database has no applied Ledgerly migrations (no _prisma_migrations rows): nothing to back up.");
    }
    const meta = await client.query<{ now: string; version: string; database: string }>(
      `SELECT to_json(now())#>>'{}' AS now, current_setting('server_version') AS version, current_database() AS database`,
    );
    const { now, version, database } = meta.rows[0]!;
    const counts: number[] = [];
    for (const table of catalog.tables) {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${fromClause(table)}`);
      counts.push(Number(rows[0]!.count));
    }
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date(now).toISOString(),
      postgresVersion: version,
      database,
      migration: migrations.at(-1)!.name,
      migrations,
      tables: catalog.tables.map((table, index) => ({
        schema: table.schema,
        name: table.name,
        columns: table.columns.map(({ name, type }) => ({ name, type })),
        rows: counts[index]!,
      })),
      sequences: await readSequences(client),
    };

    await mkdir(directory, { recursive: true, mode: 0o700 });
    const createdAt = new Date(now);
    temp = path.join(directory, `.${backupFileName(createdAt)}.${process.pid}.partial`);
    const gzip = createGzip();
    output = gzip;
    const written = pipeline(gzip, createWriteStream(temp, { flags: "wx", mode: 0o600 }));
    written.catch(() => {}); // awaited below; this only keeps an early disk error from counting as unhandled
    const partial = temp;
    removeOnExit = () => rmSync(partial, { force: true }); // Ctrl-C exits without unwinding this function
    process.once("exit", removeOnExit);
    const write = async (text: string) => {
      if (!gzip.write(text)) await Promise.race([once(gzip, "drain"), written]);
    };

    await write(`${JSON.stringify(header)}\n`);
    let total = 0;
    for (const [index, table] of catalog.tables.entries()) {
      await write(`${JSON.stringify({ schema: table.schema, table: table.name })}\n`);
      const columns = table.columns.map((column) => quote(column.name)).join(", ");
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${columns} FROM ${fromClause(table)}`);
      let rows = 0;
      for (;;) {
        const batch = await client.query<(string | null)[]>({ text: `FETCH ${FETCH_ROWS} FROM backup_rows`, rowMode: "array", types: RAW_TEXT });
        if (batch.rows.length === 0) break;
        rows += batch.rows.length;
        let chunk = "";
        for (const row of batch.rows) chunk += `${JSON.stringify(row)}\n`;
        await write(chunk);
      }
      await client.query("CLOSE backup_rows");
      if (rows !== counts[index]) {
        throw new DatabaseError(`${table.schema}.${table.name}: read ${rows} rows, but the snapshot counted ${counts[index]}`);
      }
      total += rows;
    }
    const trailer: Trailer = { end: true, tables: catalog.tables.length, rows: total };
    gzip.end(`${JSON.stringify(trailer)}\n`);
    await written;
    output = null;
    await syncFile(temp);
    await client.query("COMMIT");

    const final = await publish(temp, directory, createdAt);
    temp = null;
    return {
      file: final,
      tables: header.tables.map((table) => ({ name: `${table.schema}.${table.name}`, rows: table.rows })),
      rows: total,
      bytes: (await stat(final)).size,
      migration: header.migration,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    output?.destroy();
    if (temp) await unlink(temp).catch(() => {});
    if (removeOnExit) process.off("exit", removeOnExit);
  }
}

/** Gives the finished file its real name without ever replacing another backup (two in one second get -2, -3…). */
async function publish(temp: string, directory: string, createdAt: Date): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const final = path.join(directory, backupFileName(createdAt, attempt));
    try {
      await link(temp, final); // fails if the name is taken, unlike rename
      await unlink(temp);
      await syncFile(directory);
      return final;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      if (code === "EPERM" || code === "ENOTSUP" || code === "EXDEV") {
        // A file system without hard links: rename, which only a backup started in the same second could race.
        if (existsSync(final)) continue;
        await rename(temp, final);
        return final;
      }
      throw error;
    }
  }
}

/** Flushes a file (or a directory's entries) to disk, so a finished backup survives a power cut. */
async function syncFile(file: string): Promise<void> {
  const handle = await open(file, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
