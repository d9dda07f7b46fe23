// `npm run backup` and `npm run restore` (scripts/backup.ts, scripts/restore.ts)
// against the test database, which other tests keep writing to meanwhile: the
// restored database is compared with what the backup captured, row by row.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromClause, quote, readCatalog } from "../../scripts/lib/backup/catalog";
import { qualifiedName, type BackupHeader } from "../../scripts/lib/backup/format";
import { openBackup } from "../../scripts/lib/backup/read-backup";
import { RAW_TEXT, applyTextSettings } from "../../scripts/lib/backup/text-values";
import { createScratchDatabase, describeSchemas } from "../helpers/scratch-database";
import { createTransaction, type TransactionJson } from "../helpers/transactions";
import { signedInUser, type SignedInUser } from "../helpers/users";
import { addBudget } from "./budgets-fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const sourceUrl = () => process.env.DATABASE_URL!;
let dataDir = "";
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "bk-data-"));
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await rm(dataDir, { recursive: true, force: true });
});

type Run = { code: number; stdout: string; stderr: string };

/** Runs `npm run backup` / `npm run restore` as the package.json scripts do, against `databaseUrl`. */
function run(command: "backup" | "restore", args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${command}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function backup(databaseUrl = sourceUrl()): Promise<{ file: string; output: Run }> {
  const output = await run("backup", [], databaseUrl);
  expect(output.code, output.stderr).toBe(0);
  const file = output.stdout.match(/^Wrote (.+)$/m)?.[1];
  expect(file, output.stdout).toMatch(/\/backups\/ledgerly-\d{4}-\d\d-\d\dT\d{6}Z(-\d+)?\.ndjson\.gz$/);
  return { file: file!, output };
}

async function restore(file: string, target: string, ...flags: string[]): Promise<Run> {
  return run("restore", [file, ...flags], target);
}

/** Every row of every table as the backup holds it: JSON of each row's text values, sorted. */
async function rowsInFile(file: string): Promise<{ header: BackupHeader; tables: Map<string, string[]> }> {
  const reader = openBackup(file);
  try {
    const header = await reader.header;
    const tables = new Map(header.tables.map((table) => [qualifiedName(table), [] as string[]]));
    for await (const { table, rows } of reader.batches()) tables.get(qualifiedName(table))!.push(...rows.map((row) => JSON.stringify(row)));
    for (const rows of tables.values()) rows.sort();
    return { header, tables };
  } finally {
    await reader.close();
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every row of every table of a database, read the same way, in the backup's column order. */
async function rowsInDatabase(url: string, header: BackupHeader): Promise<Map<string, string[]>> {
  return withClient(url, async (client) => {
    await applyTextSettings(client);
    const catalog = await readCatalog(client);
    expect(catalog.tables.map(qualifiedName).sort()).toEqual(header.tables.map(qualifiedName).sort());
    const tables = new Map<string, string[]>();
    for (const table of header.tables) {
      const target = catalog.tables.find((t) => qualifiedName(t) === qualifiedName(table))!;
      const columns = table.columns.map((column) => quote(column.name)).join(", ");
      const { rows } = await client.query<(string | null)[]>({ text: `SELECT ${columns} FROM ${fromClause(target)}`, rowMode: "array", types: RAW_TEXT });
      tables.set(qualifiedName(table), rows.map((row) => JSON.stringify(row)).sort());
    }
    return tables;
  });
}

async function expectDatabaseToHold(url: string, file: string): Promise<void> {
  const { header, tables } = await rowsInFile(file);
  const restored = await rowsInDatabase(url, header);
  for (const table of header.tables) {
    const name = qualifiedName(table);
    expect(restored.get(name)!.length, name).toBe(table.rows);
    expect(restored.get(name), name).toEqual(tables.get(name));
  }
}

/** The rows of one table in a backup whose `column` is `value`, as objects keyed by column name. */
async function rowsWhere(file: string, tableName: string, column: string, values: string[]): Promise<Record<string, string | null>[]> {
  const { header, tables } = await rowsInFile(file);
  const table = header.tables.find((t) => qualifiedName(t) === tableName)!;
  const names = table.columns.map((c) => c.name);
  return tables
    .get(tableName)!
    .map((line) => Object.fromEntries((JSON.parse(line) as (string | null)[]).map((value, i) => [names[i]!, value])))
    .filter((row) => values.includes(row[column] as string));
}

/**
 * `count` transactions for the user in one INSERT … SELECT generate_series
 * (prisma/schema.prisma's Transaction): spread over the user's own
 * categories and the last three years, amounts of 1.00–200.99.
 */
async function seedTransactions(userId: string, count: number): Promise<void> {
  await withClient(sourceUrl(), (client) =>
    client.query(
      `WITH own AS (
         SELECT id, type, row_number() OVER (ORDER BY type, name) AS n, count(*) OVER () AS total
           FROM transactions.categories WHERE user_id = $1
       )
       INSERT INTO transactions.transactions
         (id, user_id, type, amount, category_id, category_source, date, note, comment, created_at, updated_at)
       SELECT gen_random_uuid(), $1, own.type, (100 + (i::bigint * 7919) % 20000) / 100.0, own.id, 'auto',
              current_date - (i % 1095), 'Seeded purchase ' || i, '', now() - make_interval(secs => i), now() - make_interval(secs => i)
         FROM generate_series(1, $2::int) AS i JOIN own ON own.n = 1 + i % own.total`,
      [userId, count],
    ),
  );
}

async function scratch(): Promise<string> {
  const database = await createScratchDatabase();
  cleanups.push(database.drop);
  return database.url;
}

type Seeded = { person: SignedInUser; transactions: TransactionJson[]; budgets: string[] };

async function seedPerson(index: number): Promise<Seeded> {
  const person = await signedInUser({ name: `Backup person ${index} “ünïcode”`, currency: "EUR", timezone: "Pacific/Kiritimati" });
  const transactions = [
    await createTransaction(person.client, { amount: "12.34", note: "Starbucks latte", date: "2026-02-28" }),
    await createTransaction(person.client, { amount: "0.01", type: "expense", category: "Groceries", note: "Lidl \"special\" ☕", comment: "line one\nline two\ttabbed \\ backslash" }),
    await createTransaction(person.client, { amount: "99999999.99", type: "income", note: "ACME payroll", date: "2024-02-29" }),
  ];
  const keyed = await person.client.post(
    "/api/transactions",
    { amount: "5.50", type: "expense", note: "Uber trip" },
    { headers: { "idempotency-key": `backup-${index}-${Date.now()}` } },
  );
  expect(keyed.status, keyed.text).toBe(201);
  transactions.push(keyed.body.transaction);
  const budgets = [(await addBudget(person.client, "Groceries", "450.00")).id, (await addBudget(person.client, "Transport", "80.5")).id];
  return { person, transactions, budgets };
}

describe("backup and restore", () => {
  // One backup of the seeded database, shared: each test restores it into a database of its own.
  let seeded: Seeded[] = [];
  let first = "";
  beforeAll(async () => {
    seeded = [await seedPerson(1), await seedPerson(2), await seedPerson(3)];
    const { file, output } = await backup();
    expect(output.stdout).toMatch(/Backed up \d+ tables, [\d,]+ rows at migration \d{14}_\w+: /);
    first = file;
  }, 120_000);

  async function restoredCopy(): Promise<string> {
    const url = await scratch();
    const output = await restore(first, url);
    expect(output.code, output.stderr).toBe(0);
    return url;
  }

  it("backs up a snapshot that holds every seeded row exactly as the API wrote it", async () => {
    const { header } = await rowsInFile(first);
    expect(header.tables.map(qualifiedName)).toEqual(expect.arrayContaining(["users.users", "transactions.transactions", "budgets.budgets"]));
    const users = await rowsWhere(first, "users.users", "id", seeded.map((s) => s.person.user.id));
    expect(users.map((u) => u.email).sort()).toEqual(seeded.map((s) => s.person.email).sort());
    for (const { person, transactions, budgets } of seeded) {
      const rows = await rowsWhere(first, "transactions.transactions", "id", transactions.map((t) => t.id));
      expect(rows).toHaveLength(transactions.length);
      for (const transaction of transactions) {
        const row = rows.find((r) => r.id === transaction.id)!;
        expect(row).toMatchObject({ user_id: person.user.id, amount: transaction.amount, date: transaction.date, note: transaction.note, comment: transaction.comment });
      }
      expect(await rowsWhere(first, "budgets.budgets", "id", budgets)).toHaveLength(2);
      expect(await rowsWhere(first, "transactions.idempotency_records", "user_id", [person.user.id])).toHaveLength(1);
    }
  });

  it("restores into an empty database every row of every table, byte for byte", async () => {
    const target = await scratch();
    const output = await restore(first, target);
    expect(output.code, output.stderr).toBe(0);
    expect(output.stdout).toMatch(/Restored \d+ tables, [\d,]+ rows from .* row counts match the backup/);
    await expectDatabaseToHold(target, first);

    // The restored database is migrated exactly as far as the backup's was,
    // with every table, index and constraint (foreign keys included) as the source has them.
    const { header } = await rowsInFile(first);
    const migrations = await withClient(target, (c) => c.query(`SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`));
    expect(migrations.rows.map((r) => r.migration_name)).toEqual(header.migrations.map((m) => m.name));
    expect(await describeSchemas(target)).toEqual(await describeSchemas(sourceUrl()));
  });

  it("refuses a database that already holds Ledgerly data, and replaces it with --force", async () => {
    const target = await restoredCopy();
    const refused = await restore(first, target);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds Ledgerly data .*--force/);
    await expectDatabaseToHold(target, first);

    const later = await createTransaction(seeded[0]!.person.client, { amount: "1.23", note: "after the first backup" });
    const { file: second } = await backup();
    const forced = await restore(second, target, "--force");
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/Dropped .*users/);
    await expectDatabaseToHold(target, second);
    const rows = await withClient(target, (c) => c.query(`SELECT amount::text FROM transactions.transactions WHERE id = $1`, [later.id]));
    expect(rows.rows).toEqual([{ amount: "1.23" }]);
  });

  it("fails cleanly on a damaged or foreign file and leaves the target as it was", async () => {
    const target = await restoredCopy();
    const compressed = await readFile(first);
    const text = gunzipSync(compressed).toString("utf8");
    const lines = text.split("\n");
    const header = JSON.parse(lines[0]!);
    const firstTransaction = lines.findIndex((l) => l.startsWith('{"schema":"transactions","table":"transactions"}')) + 1;
    const userIdColumn = (header as BackupHeader).tables.find((t) => qualifiedName(t) === "transactions.transactions")!.columns.findIndex((c) => c.name === "user_id");
    const orphan = JSON.parse(lines[firstTransaction]!) as (string | null)[];
    orphan[userIdColumn] = "00000000-0000-4000-8000-000000000000";
    const damaged = async (name: string, content: Buffer) => {
      const file = path.join(dataDir, name);
      await writeFile(file, content);
      return file;
    };
    // [file, content, message, whether the restore got as far as the database before it found out]
    const cases: Array<[string, Buffer, RegExp, boolean]> = [
      // Truncated late: the header is fine, so the restore drops, migrates and copies rows before the end is missing.
      ["truncated.ndjson.gz", compressed.subarray(0, Math.floor(compressed.length * 0.9)), /truncated/, true],
      // One row gone from the middle: the counts disagree.
      ["row-missing.ndjson.gz", gzipSync(lines.filter((_, i) => i !== firstTransaction).join("\n")), /has \d+ rows, its header counts \d+/, true],
      // A transaction of a user the file doesn't have: caught when the foreign keys are made again.
      ["orphan.ndjson.gz", gzipSync(lines.map((l, i) => (i === firstTransaction ? JSON.stringify(orphan) : l)).join("\n")), /break foreign key \w+ of transactions.transactions/, true],
      ["version-2.ndjson.gz", gzipSync([JSON.stringify({ ...header, version: 2 }), ...lines.slice(1)].join("\n")), /format version 2; this version of Ledgerly reads version 1/, false],
      ["plain.ndjson.gz", Buffer.from(text.slice(0, 1000)), /not a readable gzip file/, false],
    ];
    for (const [name, content, message, reachedDatabase] of cases) {
      const output = await restore(await damaged(name, content), target, "--force");
      expect(output.code, `${name}: ${output.stdout}`).toBe(1);
      expect(output.stderr, name).toMatch(message);
      expect(output.stdout.includes("Restoring into"), name).toBe(reachedDatabase);
      await expectDatabaseToHold(target, first);
    }

    const missing = await restore(path.join(dataDir, "no-such-backup.ndjson.gz"), target);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*no such file/);

    const unreachable = "postgresql://postgres@127.0.0.1:4399/nowhere";
    const backupUnreachable = await run("backup", [], unreachable);
    expect(backupUnreachable.code).toBe(1);
    expect(backupUnreachable.stderr).toMatch(/backup failed: Cannot connect to database "nowhere" on 127.0.0.1:4399: .*ECONNREFUSED/);
    const restoreUnreachable = await restore(first, unreachable);
    expect(restoreUnreachable.code).toBe(1);
    expect(restoreUnreachable.stderr).toMatch(/restore failed: Cannot connect to database "nowhere"/);
  });

  it("backs up and restores a user with 100,000 transactions (figures printed, not asserted)", { timeout: 300_000 }, async () => {
    const TRANSACTIONS = 100_000;
    const person = await signedInUser();
    // The first through the API, which also gives the user their categories (made on first use).
    await createTransaction(person.client, { amount: "42.00", note: "Rent" });
    const seedStarted = performance.now();
    await seedTransactions(person.user.id, TRANSACTIONS - 1);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    cleanups.push(async () => {
      // Leave the shared test database as small as the other tests expect it.
      await withClient(sourceUrl(), (c) => c.query(`DELETE FROM transactions.transactions WHERE user_id = $1`, [person.user.id]));
    });
    const totals = `SELECT count(*)::text AS count, sum(amount)::text AS sum, max(created_at)::text AS latest FROM transactions.transactions WHERE user_id = $1`;
    const expected = await withClient(sourceUrl(), (c) => c.query(totals, [person.user.id]));

    const { file, output: backedUp } = await backup();
    const target = await scratch();
    const restored = await restore(file, target);
    expect(restored.code, restored.stderr).toBe(0);
    const actual = await withClient(target, (c) => c.query(totals, [person.user.id]));
    expect(actual.rows).toEqual(expected.rows);
    expect(actual.rows[0]!.count).toBe(String(TRANSACTIONS));

    const figures = (out: Run) => out.stdout.match(/in ([\d.]+ s, peak RSS \d+ MiB)/)?.[1];
    const size = backedUp.stdout.match(/: ([\d.]+ \w?i?B) in /)?.[1];
    const rows = backedUp.stdout.match(/Backed up \d+ tables, ([\d,]+) rows/)?.[1];
    console.log(
      `[backup-restore] user with ${TRANSACTIONS.toLocaleString("en-US")} transactions (seeded in ${seedSeconds.toFixed(1)} s); ` +
        `database of ${rows} rows: backup ${figures(backedUp)}, file ${size}; restore ${figures(restored)}`,
    );
  });
});
