// GET /api/transactions (filters, keyset pagination) and GET /api/transactions/summary.
import { beforeAll, describe, expect, it } from "vitest";
import { createTransaction, createTransactions, invalidPaths, listAll, queryOf, type TransactionJson } from "../helpers/transactions";
import { signedInUser, type SignedInUser } from "../helpers/users";

describe("pagination", () => {
  it("walks 23 rows of one date, 5 at a time, without duplicates or gaps, newest created first", async () => {
    const { client } = await signedInUser();
    const created = await createTransactions(
      client,
      Array.from({ length: 23 }, (_, i) => ({ date: "2026-01-15", note: `row ${i}` })),
    );

    const pages = await listAll(client, "", 5);
    expect(pages.map((page) => page.length)).toEqual([5, 5, 5, 5, 3]);
    const ids = pages.flat().map((t) => t.id);
    expect(new Set(ids).size).toBe(23);
    expect(ids).toEqual(created.map((t) => t.id).reverse());
  });

  it("orders by date, newest first, then by creation, newest first", async () => {
    const { client } = await signedInUser();
    const [a, b, c, d] = await createTransactions(client, [
      { date: "2026-01-02" },
      { date: "2026-01-03" },
      { date: "2026-01-01" },
      { date: "2026-01-02" },
    ]);
    const response = await client.get("/api/transactions");
    expect(response.status).toBe(200);
    expect(response.body.items.map((t: TransactionJson) => t.id)).toEqual([b!.id, d!.id, a!.id, c!.id]);
    expect(response.body.nextCursor).toBeNull();
  });

  it("pages 50 rows by default and up to 200 on request", async () => {
    const { client } = await signedInUser();
    await Promise.all(Array.from({ length: 51 }, () => createTransaction(client)));
    const first = await client.get("/api/transactions");
    expect(first.body.items).toHaveLength(50);
    expect(typeof first.body.nextCursor).toBe("string");
    const second = await client.get(`/api/transactions?cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect((await client.get("/api/transactions?limit=200")).body.items).toHaveLength(51);
  });

  it("answers an empty page for a new user", async () => {
    const { client } = await signedInUser();
    expect((await client.get("/api/transactions")).body).toEqual({ items: [], nextCursor: null });
  });
});

describe("filters", () => {
  let owner: SignedInUser;
  let rows: Record<string, TransactionJson>;

  beforeAll(async () => {
    owner = await signedInUser();
    const list = await createTransactions(owner.client, [
      { type: "expense", amount: "4.50", date: "2026-01-01", note: "Starbucks latte" },
      { type: "expense", amount: "62.10", date: "2026-01-15", note: "Tesco", comment: "weekly shop" },
      { type: "expense", amount: "18.00", date: "2026-01-31", note: "Uber", comment: "to the STATION" },
      { type: "income", amount: "3000.00", date: "2026-01-31", note: "ACME payroll" },
      { type: "expense", amount: "9.99", date: "2026-02-01", note: "100% cotton socks", category: "Shopping" },
      { type: "income", amount: "120.00", date: "2026-02-10", note: "Upwork payment" },
    ]);
    const names = ["coffee", "groceries", "taxi", "salary", "socks", "freelance"];
    rows = Object.fromEntries(list.map((row, i) => [names[i], row]));
  });

  const list = async (filters: Record<string, string | string[]>) => {
    const response = await owner.client.get(`/api/transactions?${queryOf(filters)}`);
    expect(response.status, response.text).toBe(200);
    return (response.body.items as TransactionJson[]).map((t) => t.id);
  };
  const ids = (...names: string[]) => names.map((name) => rows[name]!.id);

  it.each([
    [{}, ["freelance", "socks", "salary", "taxi", "groceries", "coffee"]],
    [{ type: "all" }, ["freelance", "socks", "salary", "taxi", "groceries", "coffee"]],
    [{ type: "income" }, ["freelance", "salary"]],
    [{ type: "expense" }, ["socks", "taxi", "groceries", "coffee"]],
    [{ category: "Groceries" }, ["groceries"]],
    [{ category: ["Groceries", "Transport", "Salary"] }, ["salary", "taxi", "groceries"]],
    [{ type: "expense", category: ["Food & Dining", "Shopping"] }, ["socks", "coffee"]],
    [{ from: "2026-01-15", to: "2026-01-31" }, ["salary", "taxi", "groceries"]],
    [{ from: "2026-01-31" }, ["freelance", "socks", "salary", "taxi"]],
    [{ to: "2026-01-01" }, ["coffee"]],
    [{ from: "2026-02-11" }, []],
    [{ q: "STARBUCKS" }, ["coffee"]],
    [{ q: "station" }, ["taxi"]],
    [{ q: "Weekly" }, ["groceries"]],
    [{ q: "100%" }, ["socks"]],
    [{ q: "%" }, ["socks"]],
    [{ q: "_" }, []],
    [{ q: "pay", type: "income" }, ["freelance", "salary"]],
    [{ q: "pay", type: "income", from: "2026-02-01" }, ["freelance"]],
  ])("%j", async (filters, expected) => {
    expect(await list(filters)).toEqual(ids(...expected));
  });

  it("reads blank parameters, as an HTML form sends them, as no filter", async () => {
    expect(await list({ type: "", category: "", from: "", to: "", q: "" })).toHaveLength(6);
  });

  it("filters the summary the same way", async () => {
    const summary = async (filters: Record<string, string | string[]>) =>
      (await owner.client.get(`/api/transactions/summary?${queryOf(filters)}`)).body;
    expect(await summary({})).toEqual({ income: "3120.00", expense: "94.59", balance: "3025.41", count: 6 });
    expect(await summary({ type: "expense" })).toEqual({ income: "0.00", expense: "94.59", balance: "-94.59", count: 4 });
    expect(await summary({ type: "income", from: "2026-02-01" })).toEqual({
      income: "120.00",
      expense: "0.00",
      balance: "120.00",
      count: 1,
    });
    expect(await summary({ category: ["Groceries", "Transport"], to: "2026-01-31" })).toEqual({
      income: "0.00",
      expense: "80.10",
      balance: "-80.10",
      count: 2,
    });
    expect(await summary({ q: "station" })).toEqual({ income: "0.00", expense: "18.00", balance: "-18.00", count: 1 });
    expect(await summary({ from: "2030-01-01" })).toEqual({ income: "0.00", expense: "0.00", balance: "0.00", count: 0 });
  });

  it.each([
    ["limit 201", { limit: "201" }, "limit"],
    ["limit 0", { limit: "0" }, "limit"],
    ["limit abc", { limit: "abc" }, "limit"],
    ["a cursor that was never issued", { cursor: "garbage" }, "cursor"],
    ["a tampered cursor", { cursor: "WyIyMDI2LTAxLTAxIl0" }, "cursor"],
    ["type transfer", { type: "transfer" }, "type"],
    ["an unknown category", { category: "Pets" }, "category"],
    ["one unknown category among known ones", { category: ["Groceries", "Nope"] }, "category"],
    ["an expense category with type income", { type: "income", category: "Groceries" }, "category"],
    ["an income category with type expense", { type: "expense", category: "Salary" }, "category"],
    ["a date that does not exist", { from: "2026-02-30" }, "from"],
    ["a malformed date", { to: "2026/01/01" }, "to"],
    ["to before from", { from: "2026-02-01", to: "2026-01-01" }, "to"],
    ["an unknown parameter", { sort: "amount" }, "sort"],
  ])("answers 400 naming the parameter for %s", async (_, filters, path) => {
    expect(invalidPaths(await owner.client.get(`/api/transactions?${queryOf(filters)}`))).toEqual([path]);
  });

  it.each([
    ["type transfer", { type: "transfer" }, "type"],
    ["an unknown category", { category: "Pets" }, "category"],
    ["an expense category with type income", { type: "income", category: "Groceries" }, "category"],
    ["a date that does not exist", { to: "2025-02-29" }, "to"],
    ["the list's paging", { limit: "5" }, "limit"],
  ])("answers 400 on the summary for %s", async (_, filters, path) => {
    expect(invalidPaths(await owner.client.get(`/api/transactions/summary?${queryOf(filters)}`))).toEqual([path]);
  });

  it("pages a filtered list with the cursor", async () => {
    const pages = await listAll(owner.client, queryOf({ type: "expense" }), 3);
    expect(pages.map((page) => page.map((t) => t.id))).toEqual([ids("socks", "taxi", "groceries"), ids("coffee")]);
  });
});

describe("summary arithmetic", () => {
  it("sums exactly: 0.10 + 0.20 is 0.30", async () => {
    const { client } = await signedInUser();
    await createTransactions(client, [{ amount: "0.10" }, { amount: "0.20" }]);
    expect((await client.get("/api/transactions/summary")).body).toEqual({
      income: "0.00",
      expense: "0.30",
      balance: "-0.30",
      count: 2,
    });
  });

  it("sums large amounts past the column's own precision without rounding", async () => {
    const { client } = await signedInUser();
    await createTransactions(client, [
      { type: "income", amount: "999999999.99" },
      { type: "income", amount: "999999999.99" },
      { type: "income", amount: "999999999.99" },
      { type: "expense", amount: "0.01" },
    ]);
    expect((await client.get("/api/transactions/summary")).body).toEqual({
      income: "2999999999.97",
      expense: "0.01",
      balance: "2999999999.96",
      count: 4,
    });
  });

  it("answers zeros for a user without transactions", async () => {
    const { client } = await signedInUser();
    expect((await client.get("/api/transactions/summary")).body).toEqual({
      income: "0.00",
      expense: "0.00",
      balance: "0.00",
      count: 0,
    });
  });
});
