// A second user can't read, list, change, delete or sum the first user's rows,
// through any endpoint or filter (SECURITY.md, Access control).
import { beforeAll, describe, expect, it } from "vitest";
import { createTransaction, queryOf, type TransactionJson } from "../helpers/transactions";
import { signedInUser, type SignedInUser } from "../helpers/users";

let alice: SignedInUser;
let mallory: SignedInUser;
let secret: TransactionJson;

beforeAll(async () => {
  [alice, mallory] = await Promise.all([signedInUser(), signedInUser()]);
  secret = await createTransaction(alice.client, {
    type: "income",
    amount: "5000.00",
    date: "2026-01-10",
    note: "ACME payroll",
    comment: "secret bonus",
  });
});

describe("another user's transaction", () => {
  it("is 404 to read, exactly like an unknown id", async () => {
    const response = await mallory.client.get(`/api/transactions/${secret.id}`);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe("not_found");
    expect(response.text).not.toContain("secret");
  });

  it("is 404 to replace, patch or delete, and stays as it was", async () => {
    const path = `/api/transactions/${secret.id}`;
    expect((await mallory.client.put(path, { amount: "1", type: "expense", date: "2026-01-01" })).status).toBe(404);
    expect((await mallory.client.patch(path, { amount: "1" })).status).toBe(404);
    expect((await mallory.client.patch(path, { category: null })).status).toBe(404);
    expect((await mallory.client.delete(path)).status).toBe(404);
    expect((await alice.client.get(path)).body.transaction).toEqual(secret);
  });

  it.each([
    {},
    { type: "income" },
    { category: "Salary" },
    { from: "2026-01-10", to: "2026-01-10" },
    { q: "secret" },
    { q: "payroll", type: "income", category: "Salary", from: "2026-01-01" },
  ])("is never listed or summed with the filters %j", async (filters) => {
    const query = queryOf(filters as Record<string, string>);
    const list = await mallory.client.get(`/api/transactions?${query}`);
    expect(list.body).toEqual({ items: [], nextCursor: null });
    const summary = await mallory.client.get(`/api/transactions/summary?${query}`);
    expect(summary.body).toEqual({ income: "0.00", expense: "0.00", balance: "0.00", count: 0 });
  });

  it("is not reached by a cursor pointing into another user's list", async () => {
    await createTransaction(alice.client, { date: "2026-01-09" });
    const alicePage = await alice.client.get("/api/transactions?limit=1");
    const cursor = alicePage.body.nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    const response = await mallory.client.get(`/api/transactions?cursor=${encodeURIComponent(cursor)}`);
    expect(response.body.items).toEqual([]);
  });

  it("is untouched when the other user's data changes, and is still counted for its owner", async () => {
    await createTransaction(mallory.client, { amount: "1.00" });
    const summary = await alice.client.get("/api/transactions/summary?type=income");
    expect(summary.body).toMatchObject({ income: "5000.00", count: 1 });
  });
});

describe("learned keywords", () => {
  it("stay with the user who taught them", async () => {
    await createTransaction(alice.client, { note: "Deliveroo order", category: "Groceries" });
    const forAlice = await alice.client.get(`/api/categories/detect?${queryOf({ text: "deliveroo" })}`);
    const forMallory = await mallory.client.get(`/api/categories/detect?${queryOf({ text: "deliveroo" })}`);
    expect(forAlice.body.category).toBe("Groceries");
    expect(forMallory.body.category).toBe("Food & Dining");
  });
});
