import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { prepareDatabaseAt } from "@/lib/db/prepare";
import { readerRoleFor } from "@/lib/db/urls";
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
