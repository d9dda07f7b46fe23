// The monthly totals are kept with every write (a trigger per statement) and
// the summary reads them for whole months: random writes through the API must
// leave them equal, to the cent, to the sums of the rows, and every summary
// equal to summing the rows directly.
import fc from "fast-check";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { signedInUser } from "../helpers/users";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
afterAll(() => pool.end());

/** Totals per month and category that differ between the table and the rows (none when they agree). */
async function mismatches(userId: string): Promise<unknown[]> {
  const { rows } = await pool.query(
    `WITH kept AS (SELECT month, category_id, type, amount, count FROM transactions.monthly_totals WHERE user_id = $1 AND count <> 0),
          summed AS (SELECT date_trunc('month', date)::date AS month, category_id, type, sum(amount) AS amount, count(*)::int AS count
                       FROM transactions.transactions WHERE user_id = $1 GROUP BY 1, 2, 3)
     SELECT * FROM (SELECT * FROM kept EXCEPT SELECT * FROM summed) a
     UNION ALL
     SELECT * FROM (SELECT * FROM summed EXCEPT SELECT * FROM kept) b`,
    [userId],
  );
  return rows;
}

async function rawSummary(userId: string, from: string, to: string, type?: string) {
  const { rows } = await pool.query(
    `SELECT coalesce(sum(amount) FILTER (WHERE type = 'income'), 0.00)::text AS income,
            coalesce(sum(amount) FILTER (WHERE type = 'expense'), 0.00)::text AS expense,
            count(*)::int AS count
       FROM transactions.transactions WHERE user_id = $1 AND date BETWEEN $2 AND $3 AND ($4::text IS NULL OR type = $4)`,
    [userId, from, to, type ?? null],
  );
  return rows[0];
}

const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 10, 1) + n * 86_400_000).toISOString().slice(0, 10));
const cents = fc.integer({ min: 1, max: 99_999_99 }).map((n) => (n / 100).toFixed(2));
const expenseCategory = fc.constantFrom("Groceries", "Transport", "Housing", "Other");

type Op =
  | { kind: "create"; amount: string; date: string; type: "income" | "expense"; category?: string }
  | { kind: "update"; pick: number; amount?: string; date?: string; type?: "income" | "expense"; category?: string }
  | { kind: "delete"; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), amount: cents, date: day, type: fc.constantFrom("income" as const, "expense" as const) }),
  fc.record({ kind: fc.constant("create" as const), amount: cents, date: day, type: fc.constant("expense" as const), category: expenseCategory }),
  fc.record(
    { kind: fc.constant("update" as const), pick: fc.nat(), amount: cents, date: day, type: fc.constantFrom("income" as const, "expense" as const) },
    { requiredKeys: ["kind", "pick"] },
  ),
  fc.record({ kind: fc.constant("update" as const), pick: fc.nat(), category: expenseCategory, type: fc.constant("expense" as const) }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
);

describe("monthly totals", () => {
  it("equal the rows' sums after any sequence of creates, updates and deletes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        const { client, user } = await signedInUser();
        const ids: string[] = [];
        for (const step of ops) {
          if (step.kind === "create") {
            const { kind: _, ...body } = step;
            const response = await client.post("/api/transactions", { ...body, note: "property test" });
            expect(response.status, response.text).toBe(201);
            ids.push(response.body.transaction.id);
          } else if (ids.length > 0) {
            const id = ids[step.pick % ids.length]!;
            if (step.kind === "delete") {
              expect((await client.delete(`/api/transactions/${id}`)).status).toBe(204);
              ids.splice(ids.indexOf(id), 1);
            } else {
              const { kind: _, pick: __, ...change } = step;
              const response = await client.patch(`/api/transactions/${id}`, change);
              expect(response.status, response.text).toBe(200);
            }
          }
        }
        expect(await mismatches(user.id)).toEqual([]);

        // Summaries over ranges that cut months in the middle, or cover whole ones.
        for (const [from, to] of [["2025-11-01", "2026-12-31"], ["2025-11-15", "2026-02-10"], ["2026-01-01", "2026-01-31"], ["2026-03-07", "2026-03-20"]] as const) {
          for (const type of [undefined, "income", "expense"] as const) {
            const query = new URLSearchParams({ from, to, ...(type ? { type } : {}) });
            const summary = (await client.get(`/api/transactions/summary?${query}`)).body;
            const raw = await rawSummary(user.id, from, to, type);
            expect({ income: summary.income, expense: summary.expense, count: summary.count }).toEqual(raw);
          }
        }
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it("drop with the account", async () => {
    const { client, user, password } = await signedInUser();
    await client.post("/api/transactions", { amount: "5.00", type: "expense", note: "coffee" });
    expect((await client.delete("/api/users/me", { password })).status).toBe(204);
    const { rows } = await pool.query("SELECT count(*)::int AS n FROM transactions.monthly_totals WHERE user_id = $1", [user.id]);
    expect(rows[0].n).toBe(0);
  });
});
