import type pg from "pg";
import { describe, expect, it } from "vitest";
import { savepointClient } from "./migrations-in-transaction";

describe("savepointClient", () => {
  it("turns the migration runner's transaction statements into a savepoint and passes the rest through", async () => {
    const sent: unknown[][] = [];
    const fake = { query: async (...args: unknown[]) => (sent.push(args), { rows: [] }), host: "db" };
    const client = savepointClient(fake as unknown as pg.Client);
    await client.query("BEGIN");
    await client.query("INSERT INTO t VALUES ($1)", [1]);
    await client.query("  commit");
    await client.query("ROLLBACK");
    await client.query({ text: "SELECT 1" });
    expect(sent).toEqual([
      ["SAVEPOINT restore_migration"],
      ["INSERT INTO t VALUES ($1)", [1]],
      ["RELEASE SAVEPOINT restore_migration"],
      ["ROLLBACK TO SAVEPOINT restore_migration"],
      [{ text: "SELECT 1" }],
    ]);
    expect((client as unknown as { host: string }).host).toBe("db");
  });
});
