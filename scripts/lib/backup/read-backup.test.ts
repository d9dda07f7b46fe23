import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { BACKUP_FORMAT, type BackupHeader, type Row } from "./format";
import { BackupFileError, openBackup } from "./read-backup";

const folder = await mkdtemp(path.join(tmpdir(), "bk-unit-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

const header = (rows: { users: number; notes: number }): BackupHeader => ({
  format: BACKUP_FORMAT,
  version: 1,
  createdAt: "2026-12-02T19:30:00.000Z",
  postgresVersion: "18.4",
  database: "ledgerly",
  migration: "20260101000000_init",
  migrations: [{ name: "20260101000000_init", checksum: "abc" }],
  tables: [
    { schema: "users", name: "users", columns: [{ name: "id", type: "uuid" }, { name: "name", type: "text" }], rows: rows.users },
    { schema: "users", name: "notes", columns: [{ name: "body", type: "jsonb" }], rows: rows.notes },
  ],
  sequences: [],
});

const USERS: Row[] = [["u1", "Ann"], ["u2", null], ["u3", "line\nbreak \"quoted\""]];
const NOTES: Row[] = [['{"a": 1}']];

function lines(overrides: { header?: unknown; users?: Row[]; notes?: Row[]; trailer?: unknown } = {}): string[] {
  const users = overrides.users ?? USERS;
  const notes = overrides.notes ?? NOTES;
  return [
    JSON.stringify(overrides.header ?? header({ users: users.length, notes: notes.length })),
    JSON.stringify({ schema: "users", table: "users" }),
    ...users.map((row) => JSON.stringify(row)),
    JSON.stringify({ schema: "users", table: "notes" }),
    ...notes.map((row) => JSON.stringify(row)),
    JSON.stringify(overrides.trailer ?? { end: true, tables: 2, rows: users.length + notes.length }),
  ];
}

let counter = 0;
async function file(content: string[] | Buffer): Promise<string> {
  const name = path.join(folder, `backup-${++counter}.ndjson.gz`);
  await writeFile(name, Array.isArray(content) ? gzipSync(`${content.join("\n")}\n`) : content);
  return name;
}

async function readAll(name: string, batchRows = 2) {
  const backup = openBackup(name, { batchRows });
  try {
    const read = { header: await backup.header, batches: [] as { table: string; rows: Row[] }[] };
    for await (const batch of backup.batches()) read.batches.push({ table: batch.table.name, rows: batch.rows });
    return read;
  } finally {
    await backup.close();
  }
}

describe("openBackup", () => {
  it("gives back the header and every row, in batches, as written", async () => {
    const read = await readAll(await file(lines()));
    expect(read.header.migration).toBe("20260101000000_init");
    expect(read.batches).toEqual([
      { table: "users", rows: USERS.slice(0, 2) },
      { table: "users", rows: USERS.slice(2) },
      { table: "notes", rows: NOTES },
    ]);
  });

  it("yields one empty batch for an empty table", async () => {
    const read = await readAll(await file(lines({ notes: [] })));
    expect(read.batches.at(-1)).toEqual({ table: "notes", rows: [] });
  });

  it.each([
    ["a missing file", async () => path.join(folder, "nope.ndjson.gz"), /Cannot read .*no such file/],
    ["a file that is not gzip", () => file(Buffer.from("hello, not compressed\n")), /not a readable gzip file/],
    ["a truncated gzip stream", async () => file(gzipSync(`${lines().join("\n")}\n`).subarray(0, 60)), /truncated/],
    ["another format", () => file([JSON.stringify({ format: "pg_dump" })]), /not a Ledgerly backup/],
    ["another format version", () => file(lines({ header: { ...header({ users: 3, notes: 1 }), version: 2 } })), /format version 2; .* reads version 1/],
    ["a malformed header", () => file(lines({ header: { ...header({ users: 3, notes: 1 }), tables: "all" } })), /malformed header \(tables/],
    ["a line that is not JSON", () => file(lines().map((l, i) => (i === 3 ? "[\"u2\", nul" : l))), /line 4 is not valid JSON/],
    ["a row with a column too few", () => file(lines({ users: [["u1"], ["u2", "b"], ["u3", "c"]] })), /not a row of users.users/],
    ["a row that is not text", () => file(lines({ users: [["u1", 5 as unknown as string]] })), /not a row of users.users/],
    ["a missing row", () => file(lines({ header: header({ users: 4, notes: 1 }) })), /users.users has 3 rows, its header counts 4/],
    ["an extra row", () => file(lines({ header: header({ users: 2, notes: 1 }) })), /expected the rows of users.notes/],
    ["no end marker", () => file(lines().slice(0, -1)), /truncated: it ends before the end marker/],
    ["an end marker with other totals", () => file(lines({ trailer: { end: true, tables: 2, rows: 99 } })), /end marker counts 2 tables and 99 rows/],
    ["data after the end marker", () => file([...lines(), "[\"more\"]"]), /data after the end marker/],
  ])("fails on %s with a BackupFileError that says so", async (_, make, message) => {
    const name = await make();
    const failure = await readAll(name).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupFileError);
    expect((failure as Error).message).toMatch(message);
  });
});
