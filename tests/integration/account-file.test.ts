// Issue 15, "a person can move between servers": GET /api/users/me/export
// gives everything of an account as one JSON file, POST /api/users/me/import
// puts it into an empty account, whole or not at all.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { ApiClient } from "../helpers/api-client";
import { appUrl } from "../helpers/app-url";
import { createTransaction } from "../helpers/transactions";
import { signedInUser } from "../helpers/users";

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
afterAll(() => db.end());

type AccountFile = Record<string, unknown> & {
  exportedAt: string;
  recurring: Array<{ ref: string }>;
  transactions: Array<{ recurring: string | null }>;
};

async function exportOf(client: ApiClient): Promise<AccountFile> {
  const response = await client.get("/api/users/me/export");
  expect(response.status, response.text).toBe(200);
  expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="ledgerly-account-\d{4}-\d{2}-\d{2}\.json"$/);
  return response.body;
}

/** The file with what differs between two accounts by construction (ids, the time of export) made comparable. */
function comparable(file: AccountFile) {
  const refs = new Map(file.recurring.map((r, index) => [r.ref, `schedule ${index}`]));
  return {
    ...file,
    exportedAt: "…",
    recurring: file.recurring.map((r) => ({ ...r, ref: refs.get(r.ref) })),
    transactions: file.transactions.map((t) => ({ ...t, recurring: t.recurring && refs.get(t.recurring) })),
  };
}

const upload = (client: ApiClient, file: unknown) =>
  client.request("POST", "/api/users/me/import", { multipart: { file: new File([JSON.stringify(file)], "account.json", { type: "application/json" }) } });

const lastMonth = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
};

async function richAccount(): Promise<ApiClient> {
  const { client } = await signedInUser({ currency: "EUR", timezone: "Europe/Berlin" });
  expect((await client.patch("/api/users/me", { name: "Ada" })).status).toBe(200);
  const pets = await client.post("/api/categories", { name: "Pets", type: "expense", keywords: ["Pawsome Vets", "kibble"] });
  expect(pets.status, pets.text).toBe(201);
  const categories = (await client.get("/api/categories?type=expense")).body.items as Array<{ id: string; name: string }>;
  const groceries = categories.find((c) => c.name === "Groceries")!;
  expect((await client.patch(`/api/categories/${groceries.id}`, { name: "Food shopping" })).status).toBe(200);
  const education = categories.find((c) => c.name === "Education")!;
  expect((await client.delete(`/api/categories/${education.id}?moveTo=Other`)).status).toBe(204);
  const coffee = await createTransaction(client, { amount: "3.20", note: "flat white at Kaffeehaus", date: lastMonth(), comment: "with Grace" });
  // A correction: the app learns the keyword for this account.
  expect((await client.patch(`/api/transactions/${coffee.id}`, { category: "Pets" })).status).toBe(200);
  await createTransaction(client, { amount: "64.10", note: "Pawsome Vets check-up", date: lastMonth() });
  await createTransaction(client, { amount: "2500.00", type: "income", note: "salary", date: lastMonth() });
  const budget = await client.post("/api/budgets", { category: "Pets", amount: "100.00" });
  expect(budget.status, budget.text).toBe(201);
  await client.put(`/api/budgets/${budget.body.budget.id}`, { rollover: true });
  const schedule = await client.post("/api/recurring", { type: "expense", amount: "9.99", note: "streaming", frequency: "monthly", startDate: lastMonth() });
  expect(schedule.status, schedule.text).toBe(201);
  return client;
}

describe("the account file", () => {
  it("moves a whole account: profile, categories and keywords, budgets, schedules and every transaction", async () => {
    const from = await richAccount();
    const file = await exportOf(from);
    expect(file).toMatchObject({ format: "ledgerly-account", version: 1, profile: { name: "Ada", currency: "EUR", timezone: "Europe/Berlin" } });
    expect(file.transactions.length).toBeGreaterThanOrEqual(4); // three, and what the schedule recorded

    const { client: to } = await signedInUser();
    const imported = await upload(to, file);
    expect(imported.status, imported.text).toBe(201);
    expect(comparable(await exportOf(to))).toEqual(comparable(file));
    // What the pages show agrees too: the same sums and budget figures.
    for (const path of ["/api/transactions/summary", `/api/transactions/summary?from=${lastMonth()}`, "/api/budgets"]) {
      const strip = (body: { items?: Array<Record<string, unknown>> }) => ({ ...body, items: body.items?.map(({ id: _id, ...rest }) => rest) });
      expect(strip((await to.get(path)).body), path).toEqual(strip((await from.get(path)).body));
    }
    // The keyword learned from the correction decides in the new account too.
    const learned = (file.keywords as Array<{ keyword: string; category: string | null; learned: boolean }>).find((k) => k.learned);
    expect(learned).toMatchObject({ category: "Pets" });
    expect((await createTransaction(to, { note: `${learned!.keyword} again` })).category).toBe("Pets");
  });

  it("goes only into an empty account, and a file with a mistake writes nothing", async () => {
    const from = await richAccount();
    const file = await exportOf(from);
    const again = await upload(from, file);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("account_not_empty");

    const { client: to } = await signedInUser();
    const broken = { ...file, transactions: [...file.transactions, { ...file.transactions[0]!, category: "No such category" }] };
    const refused = await upload(to, broken);
    expect(refused.status, refused.text).toBe(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual([`transactions.${file.transactions.length}.category`]);
    expect((await to.get("/api/transactions")).body.items).toEqual([]);
    expect((await to.get("/api/budgets")).body.items).toEqual([]);
    expect((await to.get("/api/users/me")).body.user.currency).toBe("USD");

    const wrongFormat = await upload(to, { ...file, format: "something-else" });
    expect(wrongFormat.status).toBe(400);
    expect(wrongFormat.body.errors[0].path).toBe("format");
  });

  it("names each mistake of a file where it is, and reads the body itself as well as a form's file", async () => {
    const file = await exportOf(await richAccount());
    const { client: to } = await signedInUser();
    const raw = (body: string | Uint8Array) => to.request("POST", "/api/users/me/import", { raw: { body, contentType: "application/json" } });
    const last = file.transactions.length;
    const cases: Array<[string | Uint8Array, number, string, string[] | undefined]> = [
      [JSON.stringify({ ...file, transactions: [...file.transactions, { ...file.transactions[0], amount: "1.5" }] }), 400, "validation_failed", [`transactions.${last}.amount`]],
      [JSON.stringify({ ...file, transactions: [...file.transactions, "not a transaction"] }), 400, "validation_failed", [`transactions.${last}`]],
      [JSON.stringify({ ...file, surprise: 1 }), 400, "validation_failed", ["surprise"]],
      [JSON.stringify({ ...file, transactions: { 0: file.transactions[0] } }), 400, "validation_failed", ["transactions"]],
      [JSON.stringify(file).replace(/^\{/, '{"version":1,'), 400, "validation_failed", ["version"]],
      [JSON.stringify({ ...file, profile: { ...(file.profile as object), name: "A\u0000" } }), 400, "validation_failed", ["profile.name"]],
      [JSON.stringify(file).slice(0, -2), 400, "invalid_json", undefined],
      [JSON.stringify([file]), 400, "validation_failed", ["body"]],
      [new Uint8Array([0x7b, 0xff, 0x7d]), 400, "invalid_json", undefined],
      [`{"transactions":[${"[".repeat(1_000_000)}`, 400, "validation_failed", ["body"]], // nested past 32 levels: refused as it is read
    ];
    for (const [body, status, code, paths] of cases) {
      const refused = await raw(body);
      expect(refused.status, refused.text).toBe(status);
      expect(refused.body.code, refused.text).toBe(code);
      if (paths) expect(refused.body.errors.map((e: { path: string }) => e.path), refused.text).toEqual(paths);
    }
    // Every row wrong: the first hundred are named, and the detail says there are more.
    const allWrong = await raw(JSON.stringify({ ...file, transactions: Array.from({ length: 150 }, () => ({ ...file.transactions[0], date: "yesterday" })) }));
    expect(allWrong.status).toBe(400);
    expect(allWrong.body.errors).toHaveLength(100);
    expect(allWrong.body.detail).toMatch(/first 100/);
    expect((await to.get("/api/transactions")).body.items).toEqual([]);

    const imported = await raw(`${JSON.stringify(file)}\n`);
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body.imported).toMatchObject({ transactions: last, budgets: 1, recurring: 1 });
  });

  it("moves an account of more rows than one statement writes, in order, with its totals", async () => {
    const { client: from } = await signedInUser();
    const file = await exportOf(from);
    const day = (i: number) => `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
    const transactions = Array.from({ length: 25_001 }, (_, i) => ({
      date: day(i),
      type: i % 10 ? "expense" : "income",
      amount: `${(i % 500) + 1}.${String(i % 100).padStart(2, "0")}`,
      category: i % 10 ? "Groceries" : "Salary",
      categorySource: "manual",
      note: `row ${i}`,
      comment: "",
      recurring: null,
    }));
    const { client: to } = await signedInUser();
    const imported = await upload(to, { ...file, transactions });
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body.imported.transactions).toBe(25_001);

    const back = await exportOf(to);
    const byDate = [...transactions].map((t, i) => ({ t, i })).sort((a, b) => a.t.date.localeCompare(b.t.date) || a.i - b.i).map(({ t }) => t);
    expect(back.transactions).toEqual(byDate); // the file's order within a day survives the 10,000-row statements
    const cents = (type: string) => transactions.filter((t) => t.type === type).reduce((sum, t) => sum + BigInt(t.amount.replace(".", "")), 0n);
    const summary = (await to.get("/api/transactions/summary")).body;
    expect({ income: summary.income, expense: summary.expense, count: summary.count }).toEqual({ income: centsText(cents("income")), expense: centsText(cents("expense")), count: 25_001 });
  }, 120_000);

  it("gives the database connection back when the reader goes away mid-export", async () => {
    // An account whose file (~9 MB) is still streaming when the reader stops.
    const { client } = await signedInUser();
    const file = await exportOf(client);
    const transactions = Array.from({ length: 50_000 }, (_, i) => ({
      date: "2025-06-01", type: "expense", amount: "1.00", category: "Groceries", categorySource: "manual", note: `row ${i} ${"x".repeat(60)}`, comment: "", recurring: null,
    }));
    expect((await upload(client, { ...file, transactions })).status).toBe(201);
    const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    // More than the pool's 10 connections and the 3 export slots: had each abandoned export kept its own, the next ones would wait forever.
    for (const path of ["/api/users/me/export", "/api/transactions/export"]) {
      for (let i = 0; i < 12; i++) {
        const controller = new AbortController();
        // A leaked cursor would leave the next export waiting for a slot forever: fail fast instead.
        const response = await fetch(`${appUrl()}${path}`, { headers: { cookie }, signal: AbortSignal.any([controller.signal, AbortSignal.timeout(20_000)]) });
        expect(response.status, path).toBe(200);
        expect((await response.body!.getReader().read()).done).toBe(false);
        controller.abort();
      }
    }
    const heldOpen = async () =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND query LIKE 'FETCH%'`)).rows[0]!.n;
    await expect.poll(heldOpen, { timeout: 10_000 }).toBe(0);
    expect((await client.get("/api/transactions?limit=1")).status).toBe(200);
  }, 120_000);
});

const centsText = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;

