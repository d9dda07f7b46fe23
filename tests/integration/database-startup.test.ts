import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { prepareDatabaseAt } from "@/lib/db/prepare";
import { readerRoleFor } from "@/lib/db/urls";
import { freePort } from "../../scripts/lib/embedded-postgres.mjs";
import { createScratchDatabase } from "../helpers/scratch-database";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((drop) => drop()));
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("start-up steps", () => {
  it("apply each migration exactly once when several instances start at the same moment", async () => {
    const scratch = await createScratchDatabase();
    cleanups.push(scratch.drop);
    const reader = { name: readerRoleFor(scratch.url), password: "test-reader-password" };

    await Promise.all([1, 2, 3, 4].map(() => prepareDatabaseAt(scratch.url, reader)));
    await prepareDatabaseAt(scratch.url, reader); // and again on a second start

    const recorded = await query<{ migration_name: string; finished: boolean; count: string }>(
      scratch.url,
      `SELECT migration_name, finished_at IS NOT NULL AS finished, count(*) OVER (PARTITION BY migration_name) AS count
         FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const names = (await readMigrations()).map((m) => m.name);
    expect(recorded.map((r) => r.migration_name)).toEqual(names);
    expect(recorded.every((r) => r.finished && r.count === "1")).toBe(true);
  });
});

describe("two Ledgerly databases on one PostgreSQL server", () => {
  it("each have their own read-only role, and starting one never breaks the other's", async () => {
    const [first, second] = await Promise.all([createScratchDatabase(), createScratchDatabase()]);
    cleanups.push(first.drop, second.drop);
    const readerUrl = (url: string, password: string) => {
      const reader = new URL(url);
      reader.username = readerRoleFor(url);
      reader.password = password;
      return reader.toString();
    };
    await prepareDatabaseAt(first.url, { name: readerRoleFor(first.url), password: "first-password" });
    await prepareDatabaseAt(second.url, { name: readerRoleFor(second.url), password: "second-password" });
    // A second start of the first one, after the second started.
    await prepareDatabaseAt(first.url, { name: readerRoleFor(first.url), password: "first-password" });

    expect(readerRoleFor(first.url)).not.toBe(readerRoleFor(second.url));
    for (const [url, password] of [[first.url, "first-password"], [second.url, "second-password"]] as const) {
      const rows = await query<{ user: string }>(readerUrl(url, password), `SELECT current_user AS user FROM transactions.transactions LIMIT 1`);
      expect(rows).toEqual([]);
      const [me] = await query<{ user: string }>(readerUrl(url, password), `SELECT current_user AS user`);
      expect(me?.user).toBe(readerRoleFor(url));
    }
  });
});

describe("the read-only role", () => {
  const readerUrl = () => {
    if (process.env.DATABASE_READONLY_URL) return process.env.DATABASE_READONLY_URL;
    const url = new URL(process.env.DATABASE_URL!);
    url.username = readerRoleFor(url.toString());
    return url.toString();
  };
  const readerName = () => decodeURIComponent(new URL(readerUrl()).username);

  it("may read the transactions schema", async () => {
    const rows = await query<{ user: string; count: string }>(
      readerUrl(),
      `SELECT current_user AS user, count(*) AS count FROM transactions.transactions`,
    );
    expect(rows[0]?.user).toBe(readerName());
  });

  it("cannot INSERT into the transactions schema", async () => {
    await expect(
      query(
        readerUrl(),
        `INSERT INTO transactions.transactions (id, user_id, type, amount, category_id, category_source, date, updated_at)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'expense', 1, gen_random_uuid(), 'auto', current_date, now())`,
      ),
    ).rejects.toMatchObject({ code: "42501" }); // insufficient_privilege
  });

  it("cannot read the users or budgets schemas", async () => {
    await expect(query(readerUrl(), `SELECT 1 FROM users.users LIMIT 1`)).rejects.toMatchObject({ code: "42501" });
    await expect(query(readerUrl(), `SELECT 1 FROM budgets.budgets LIMIT 1`)).rejects.toMatchObject({ code: "42501" });
  });
});

/** `npm start`'s script with `env`, until it exits (null: still running after 30 s, then killed). */
async function startUntilExit(env: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; output: string }> {
  const child = spawn(process.execPath, ["scripts/server.mjs"], { env: { ...env, PORT: String(await freePort()) }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  return { exitCode, output };
}

describe("a start-up that can't succeed stops with exit code 1 and says why, instead of hanging or serving 500s", () => {
  // A file where the data dir should be: no folder can be made under it. It and
  // its folder are 0755, so that under root the cluster isn't moved elsewhere
  // (a closed folder on the way would send it to /var/lib/ledgerly instead).
  let notADirectory = "";
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ledgerly-startup-"));
    await chmod(dir, 0o755);
    notADirectory = path.join(dir, "a-file");
    await writeFile(notADirectory, "", { mode: 0o755 });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
  });
  const baseEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NODE_ENV: "production", DATA_DIR: notADirectory, LOG_LEVEL: "warn" });

  it("when the embedded PostgreSQL can't start", async () => {
    const env = baseEnv();
    delete env.DATABASE_URL;
    delete env.DATABASE_READONLY_URL;
    const { exitCode, output } = await startUntilExit(env);
    expect(exitCode, output).toBe(1);
    expect(output).toContain(`The embedded PostgreSQL could not start under ${notADirectory}: ENOTDIR`);
  }, 40_000);

  it("when the app secret can't be created under DATA_DIR", async () => {
    const scratch = await createScratchDatabase();
    cleanups.push(scratch.drop);
    const env = { ...baseEnv(), DATABASE_URL: scratch.url, DATABASE_READONLY_URL: "" };
    delete env.AUTH_SECRET;
    delete env.NEXTAUTH_SECRET;
    const { exitCode, output } = await startUntilExit(env);
    expect(exitCode, output).toBe(1);
    expect(output).toContain(`Can't read or create the app secret under DATA_DIR (${notADirectory})`);
  }, 40_000);
});
