// Fails when prisma/schema.prisma and the committed migrations disagree: the
// schema Prisma's own engine derives from schema.prisma must equal what the
// migrations build.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { schemaSql } from "../../scripts/schema-sql.mjs";
import { createScratchDatabase, describeSchemas } from "../helpers/scratch-database";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.map((drop) => drop()));
});

async function run(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

describe("schema.prisma and prisma/migrations", () => {
  it("describe the same tables, columns, indexes and constraints", async () => {
    const [fromSchema, fromMigrations] = await Promise.all([createScratchDatabase(), createScratchDatabase()]);
    cleanups.push(fromSchema.drop, fromMigrations.drop);

    const sql = await schemaSql(fromSchema.url);
    expect(sql).toContain('CREATE TABLE "transactions"."transactions"');
    await run(fromSchema.url, (client) => client.query(sql));
    await run(fromMigrations.url, async (client) => applyMigrations(client, await readMigrations()));

    const expected = await describeSchemas(fromSchema.url);
    const actual = await describeSchemas(fromMigrations.url);
    expect(actual.columns?.length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
  });
});
