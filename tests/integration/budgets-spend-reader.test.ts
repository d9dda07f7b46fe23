// How spend is read: through the read-only role, in one query per request, and
// what happens while that connection is down. These call the budget module
// directly (in this process, on the test database) to see which connection it uses.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { readonlySql } from "@/lib/db/sql";
import { readonlyDatabaseUrl } from "@/lib/db/urls";
import { AppError } from "@/lib/http";
import { createBudget, listBudgets, readMonthSpendByCategory, type SpendReader } from "@/modules/budget";
import { userCategories } from "@/modules/transaction";
import type { SessionUser } from "@/modules/user";
import { signedInUser } from "../helpers/users";
import { addBudget, addTransaction } from "./budgets-fixtures";

const unreachable: pg.Pool[] = [];
afterAll(async () => {
  await Promise.all(unreachable.map((pool) => pool.end()));
});

/** A reader that can't connect: the server isn't there, or the role may not log in. */
function brokenReader(url: string): SpendReader {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 2_000 });
  pool.on("error", () => {});
  unreachable.push(pool);
  return { query: async (statement) => (await pool.query(statement.text, statement.values)).rows };
}

function countingReader(): { reader: SpendReader; queries: () => number } {
  let queries = 0;
  const reader: SpendReader = {
    query: (statement) => {
      queries += 1;
      return readonlySql().query(statement);
    },
  };
  return { reader, queries: () => queries };
}

async function userWithSpending(): Promise<{ user: SessionUser; client: Awaited<ReturnType<typeof signedInUser>>["client"] }> {
  const { client, user } = await signedInUser();
  await addTransaction(client, { amount: "10.00", date: "2025-04-02", category: "Groceries" });
  await addTransaction(client, { amount: "2.50", date: "2025-04-03", category: "Transport" });
  return { user, client };
}

describe("the spend query", () => {
  it("runs as the database's read-only role", async () => {
    const { user } = await userWithSpending();
    // No reader given: exactly how listBudgets, createBudget and updateBudget call it.
    const spend = await readMonthSpendByCategory(user.id, "2025-04");
    expect(spend.readAs).toBe(decodeURIComponent(new URL(readonlyDatabaseUrl()).username));
    expect(spend.readAs).toMatch(/_reader$/);
    const categories = await userCategories(user.id);
    const byName = Object.fromEntries([...spend.byCategoryId].map(([id, spent]) => [categories.byId(id)!.name, spent]));
    expect(byName).toEqual({ Groceries: "10.00", Transport: "2.50" });
  });

  it("is two statements per list (figures with their chains, and the hint), however many budgets there are", async () => {
    const { user, client } = await userWithSpending();
    for (const category of ["Groceries", "Transport", "Housing", "Travel"]) await addBudget(client, category, "100");
    const { reader, queries } = countingReader();

    const month = await listBudgets(user, "2025-04", { spendReader: reader });

    expect(queries()).toBe(2);
    expect(month.items.map((b) => [b.category, b.spent])).toEqual([
      ["Groceries", "10.00"],
      ["Housing", "0.00"],
      ["Transport", "2.50"],
      ["Travel", "0.00"],
    ]);
  });

  it("also gives the categories with spending but no budget, most spent first", async () => {
    const { user, client } = await userWithSpending();
    await addTransaction(client, { amount: "3.00", date: "2025-04-04", category: "Health" });
    await addBudget(client, "Transport", "10");
    const month = await listBudgets(user, "2025-04");
    expect(month.unbudgeted).toEqual([
      { category: "Groceries", spent: "10.00" },
      { category: "Health", spent: "3.00" },
    ]);
  });
});

describe("while the read-only connection is down", () => {
  const down = [
    ["the server is unreachable", "postgresql://budget_reader:x@127.0.0.1:1/ledgerly_test"],
    ["the role does not exist", () => withUser(process.env.DATABASE_URL!, "no_such_reader")],
  ] as const;

  it.each(down)("the list answers 503 unavailable naming the connection when %s", async (_, url) => {
    const { user } = await userWithSpending();
    const reader = brokenReader(typeof url === "function" ? url() : url);
    const failure = await listBudgets(user, "2025-04", { spendReader: reader }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: "unavailable", status: 503, detail: expect.stringMatching(/read-only database connection/) });
  });

  it("writes still work, answered without figures", async () => {
    const { user, client } = await userWithSpending();
    const reader = brokenReader("postgresql://budget_reader:x@127.0.0.1:1/ledgerly_test");

    const budget = await createBudget(user, { category: "Groceries", amount: "50.00" }, { spendReader: reader });

    expect(budget).toMatchObject({ category: "Groceries", amount: "50.00", spent: null, remaining: null, percent: null });
    const listed = await client.get("/api/budgets?month=2025-04");
    expect(listed.body.items).toEqual([expect.objectContaining({ id: budget.id, spent: "10.00" })]);
  });
});

function withUser(url: string, user: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = "x";
  return parsed.toString();
}
