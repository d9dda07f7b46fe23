import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { prepareDatabaseAt } from "@/lib/db/prepare";
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
    const password = "test-reader-password";

    await Promise.all([1, 2, 3, 4].map(() => prepareDatabaseAt(scratch.url, password)));
    await prepareDatabaseAt(scratch.url, password); // and again on a second start

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

describe("the read-only role budget_reader", () => {
  const readerUrl = () => {
    const url = new URL(process.env.DATABASE_URL!);
    if (process.env.DATABASE_READONLY_URL) return process.env.DATABASE_READONLY_URL;
    url.username = "budget_reader";
    return url.toString();
  };

  it("may read the transactions schema", async () => {
    const rows = await query<{ user: string; count: string }>(
      readerUrl(),
      `SELECT current_user AS user, count(*) AS count FROM transactions.transactions`,
    );
    expect(rows[0]?.user).toBe("budget_reader");
  });

  it("cannot INSERT into the transactions schema", async () => {
    await expect(
      query(
        readerUrl(),
        `INSERT INTO transactions.transactions (id, user_id, type, amount, category, category_source, date, updated_at)
         VALUES (gen_random_uuid(), gen_random_uuid(), 'expense', 1, 'Other', 'auto', current_date, now())`,
      ),
    ).rejects.toMatchObject({ code: "42501" }); // insufficient_privilege
  });

  it("cannot read the users or budgets schemas", async () => {
    await expect(query(readerUrl(), `SELECT 1 FROM users.users LIMIT 1`)).rejects.toMatchObject({ code: "42501" });
    await expect(query(readerUrl(), `SELECT 1 FROM budgets.budgets LIMIT 1`)).rejects.toMatchObject({ code: "42501" });
  });
});
