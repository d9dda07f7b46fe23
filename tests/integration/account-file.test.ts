// Issue 15, "a person can move between servers": GET /api/users/me/export
// gives everything of an account as one JSON file, POST /api/users/me/import
// puts it into an empty account, whole or not at all.
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../helpers/api-client";
import { createTransaction } from "../helpers/transactions";
import { signedInUser } from "../helpers/users";

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
});
