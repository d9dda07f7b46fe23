// The hot paths' statements (lib/db/sql.ts) are prepared once per connection
// and reused by name; bulk statements are not kept.
import { describe, expect, it } from "vitest";
import * as Prisma from "@/lib/db/sql-fragments";
import { inSqlTransaction } from "@/lib/db/sql";

describe("statements on the application pool", () => {
  it("are prepared once per connection and reused by name, with the answers of unnamed ones", async () => {
    const marker = `prepared-${Date.now()}`;
    const statement = () => Prisma.sql`SELECT ${marker}::text AS marker, ${2}::int + 1 AS three`;
    await inSqlTransaction(async (tx) => {
      const first = await tx.query<{ marker: string; three: number }>(statement());
      const second = await tx.query<{ marker: string; three: number }>(statement());
      expect(first).toEqual([{ marker, three: 3 }]);
      expect(second).toEqual(first);
      const rows = await tx.query<{ name: string; statement: string }>(
        Prisma.sql`SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE ${"%::text AS marker%"}`,
      );
      // One prepared statement for the two runs, under a name (not the unnamed one).
      expect(rows).toHaveLength(1);
      expect(rows[0]!.name).toMatch(/^[\w-]{20,}$/);
    });
  });

  it("keep bulk statements (more than 32 values) unnamed", async () => {
    const values = Array.from({ length: 40 }, (_, i) => Prisma.sql`(${i}::int)`);
    await inSqlTransaction(async (tx) => {
      const rows = await tx.query<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM (VALUES ${Prisma.join(values)}) AS v(i)`);
      expect(rows).toEqual([{ n: 40 }]);
      const kept = await tx.query<{ name: string }>(Prisma.sql`SELECT name FROM pg_prepared_statements WHERE statement LIKE ${"%AS v(i)%"}`);
      expect(kept).toEqual([]);
    });
  });
});
