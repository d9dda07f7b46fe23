// Streams a backup file back (format.ts), checking as it goes that it is whole:
// header first, every table of the header in its order with exactly its row
// count and column count, then the trailer and nothing after it. Memory stays
// bounded by one line.
import { createReadStream } from "node:fs";
import { access, constants } from "node:fs/promises";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { BACKUP_FORMAT, BACKUP_VERSION, headerSchema, qualifiedName, type BackupHeader, type BackupTable, type Row } from "./format";

/** Longer than any row the schemas allow; a file without line breaks must not fill memory. */
const MAX_LINE = 64 * 1024 * 1024;

export class BackupFileError extends Error {
  override name = "BackupFileError";
}

export type BackupRows = { table: BackupTable; rows: Row[] };

/** Reads a file's header alone (and closes it), to check a backup before touching any database. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const reader = openBackup(file);
  try {
    return await reader.header;
  } finally {
    await reader.close();
  }
}

/**
 * The header, then the rows of each table in batches of up to `batchRows` rows
 * (or `batchChars` characters of JSON): each table yields at least one batch,
 * empty for an empty table. Iterating fails with a BackupFileError on anything
 * that isn't a whole, well-formed backup.
 */
export function openBackup(file: string, { batchRows = 5_000, batchChars = 8 * 1024 * 1024 } = {}) {
  const lines = readLines(file);
  const header = (async () => {
    const first = await lines.next();
    if (first.done) throw new BackupFileError(`${file} is empty: not a Ledgerly backup.`);
    return parseHeader(first.value, file);
  })();
  header.catch(() => {}); // callers await it; this only keeps an unread failure from counting as unhandled

  async function* batches(): AsyncGenerator<BackupRows> {
    const { tables } = await header;
    let total = 0;
    for (const table of tables) {
      const start = await nextLine(`the start of table ${qualifiedName(table)}`);
      const parsed = parseJson(start.text, file, start.number) as { schema?: unknown; table?: unknown };
      if (parsed?.schema !== table.schema || parsed?.table !== table.name) {
        throw new BackupFileError(`${file} line ${start.number}: expected the rows of ${qualifiedName(table)}, found ${start.text.slice(0, 80)}`);
      }
      let rows: Row[] = [];
      let chars = 0;
      let yielded = false;
      for (let read = 0; read < table.rows; read++) {
        const line = await nextLine(`row ${read + 1} of ${table.rows} of ${qualifiedName(table)}`);
        if (line.text.startsWith("{")) {
          throw new BackupFileError(`${file} line ${line.number}: ${qualifiedName(table)} has ${read} rows, its header counts ${table.rows}: the file is damaged.`);
        }
        rows.push(parseRow(line.text, table, file, line.number));
        chars += line.text.length;
        if (rows.length >= batchRows || chars >= batchChars) {
          yield { table, rows };
          yielded = true;
          rows = [];
          chars = 0;
        }
      }
      if (rows.length || !yielded) yield { table, rows };
      total += table.rows;
    }
    const end = await nextLine("the end marker");
    const trailer = parseJson(end.text, file, end.number) as { end?: unknown; tables?: unknown; rows?: unknown };
    if (trailer?.end !== true) {
      throw new BackupFileError(`${file} line ${end.number}: expected the end marker after the last table, found ${end.text.slice(0, 80)}`);
    }
    if (trailer.tables !== tables.length || trailer.rows !== total) {
      throw new BackupFileError(`${file}: the end marker counts ${String(trailer.tables)} tables and ${String(trailer.rows)} rows, the header ${tables.length} and ${total}`);
    }
    const extra = await lines.next();
    if (!extra.done) throw new BackupFileError(`${file} line ${end.number + 1}: data after the end marker`);
  }

  let lineNumber = 1;
  async function nextLine(expected: string): Promise<{ text: string; number: number }> {
    const next = await lines.next();
    if (next.done) throw new BackupFileError(`${file} is truncated: it ends before ${expected}.`);
    lineNumber++;
    return { text: next.value, number: lineNumber };
  }

  return {
    header,
    batches,
    close: async () => {
      await lines.return(undefined);
    },
  };
}

function parseHeader(line: string, file: string): BackupHeader {
  const value = parseJson(line, file, 1) as { format?: unknown; version?: unknown } | null;
  if (value?.format !== BACKUP_FORMAT) throw new BackupFileError(`${file} is not a Ledgerly backup (its first line is not a "${BACKUP_FORMAT}" header).`);
  if (value.version !== BACKUP_VERSION) {
    throw new BackupFileError(`${file} has format version ${JSON.stringify(value.version)}; this version of Ledgerly reads version ${BACKUP_VERSION}.`);
  }
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupFileError(`${file} has a malformed header (${issue.path.join(".") || "header"}: ${issue.message}).`);
  }
  return parsed.data;
}

function parseJson(text: string, file: string, number: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupFileError(`${file} line ${number} is not valid JSON: the file is damaged.`);
  }
}

function parseRow(text: string, table: BackupTable, file: string, number: number): Row {
  const row = parseJson(text, file, number);
  if (!Array.isArray(row) || row.length !== table.columns.length || !row.every((v) => v === null || typeof v === "string")) {
    throw new BackupFileError(`${file} line ${number}: not a row of ${qualifiedName(table)} (${table.columns.length} text or null values expected).`);
  }
  return row as Row;
}

/** The file's lines, decompressed; gzip and read errors become BackupFileErrors that say what is wrong. */
async function* readLines(file: string): AsyncGenerator<string, void, undefined> {
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    throw new BackupFileError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.`);
  }
  const gunzip = createGunzip();
  const source = createReadStream(file);
  pipeline(source, gunzip, () => {}); // errors reach the loop below through gunzip
  gunzip.setEncoding("utf8");
  let pending = "";
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      pending += chunk;
      let newline = pending.indexOf("\n");
      let from = 0;
      while (newline !== -1) {
        yield pending.slice(from, newline);
        from = newline + 1;
        newline = pending.indexOf("\n", from);
      }
      pending = pending.slice(from);
      if (pending.length > MAX_LINE) throw new BackupFileError(`${file} has a line longer than ${MAX_LINE} characters: not a Ledgerly backup.`);
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "Z_BUF_ERROR") throw new BackupFileError(`${file} is truncated: its compressed data ends early.`);
    if (code === "Z_DATA_ERROR") {
      throw new BackupFileError(`${file} is not a readable gzip file (${(error as Error).message}): not a Ledgerly backup, or damaged.`);
    }
    throw new BackupFileError(`Cannot read ${file}: ${(error as Error).message}.`);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (pending.length) yield pending; // a last line without its newline; the reader's checks decide if the file is whole
}
