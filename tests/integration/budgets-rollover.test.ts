// API.md, "Budget module": limits per month that keep their history, and
// rollover chained month by month, both ways, across a year boundary.
import { describe, expect, it } from "vitest";
import { thisMonthIn } from "@/lib/clock";
import type { ApiClient } from "../helpers/api-client";
import { signedInUser } from "../helpers/users";
import { addTransaction } from "./budgets-fixtures";

async function budgetOf(client: ApiClient, month: string, category: string) {
  const response = await client.get(`/api/budgets?month=${month}`);
  expect(response.status, response.text).toBe(200);
  return (response.body.items as Array<Record<string, unknown>>).find((b) => b.category === category);
}

async function create(client: ApiClient, body: Record<string, unknown>) {
  const response = await client.post("/api/budgets", body);
  expect(response.status, response.text).toBe(201);
  return response.body.budget as { id: string } & Record<string, unknown>;
}

describe("limits per month", () => {
  it("applies a new amount from a month on; earlier months keep theirs", async () => {
    const { client } = await signedInUser();
    const budget = await create(client, { category: "Groceries", amount: "100" });
    const changed = await client.put(`/api/budgets/${budget.id}`, { amount: "150", from: "2026-03" });
    expect(changed.status, changed.text).toBe(200);
    expect((await budgetOf(client, "2026-02", "Groceries"))?.amount).toBe("100.00");
    expect((await budgetOf(client, "2026-03", "Groceries"))?.amount).toBe("150.00");
    expect((await budgetOf(client, "2027-08", "Groceries"))?.amount).toBe("150.00");
    expect((await budgetOf(client, "2019-01", "Groceries"))?.amount).toBe("100.00");
    // A later change from an earlier month replaces what came after it.
    await client.put(`/api/budgets/${budget.id}`, { amount: "120", from: "2026-01" });
    expect((await budgetOf(client, "2026-03", "Groceries"))?.amount).toBe("120.00");
    expect((await budgetOf(client, "2025-12", "Groceries"))?.amount).toBe("100.00");
  });

  it("starts in its month: not listed before it, this month's figures from it on", async () => {
    const { client } = await signedInUser();
    await create(client, { category: "Travel", amount: "300", from: "2026-06" });
    expect(await budgetOf(client, "2026-05", "Travel")).toBeUndefined();
    expect(await budgetOf(client, "2026-06", "Travel")).toMatchObject({ amount: "300.00", carried: "0.00" });
  });

  it("refuses a category in the body, an empty change and a from without an amount", async () => {
    const { client } = await signedInUser();
    const budget = await create(client, { category: "Health", amount: "40" });
    for (const body of [{ category: "Travel", amount: "5" }, {}, { from: "2026-01" }, { rollover: "yes" }]) {
      const response = await client.put(`/api/budgets/${budget.id}`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.code).toBe("validation_failed");
    }
  });
});

describe("rollover", () => {
  it("carries what is left and what is overspent into the next month, across a year boundary", async () => {
    const { client } = await signedInUser();
    const budget = await create(client, { category: "Groceries", amount: "100", rollover: true, from: "2025-11" });
    await addTransaction(client, { amount: "60.00", date: "2025-11-10", category: "Groceries" }); // +40 left
    await addTransaction(client, { amount: "170.00", date: "2025-12-24", category: "Groceries" }); // 140 available: −30
    await addTransaction(client, { amount: "20.00", date: "2026-01-03", category: "Groceries" });

    expect(await budgetOf(client, "2025-11", "Groceries")).toMatchObject({ carried: "0.00", available: "100.00", spent: "60.00", remaining: "40.00", percent: 60 });
    expect(await budgetOf(client, "2025-12", "Groceries")).toMatchObject({ carried: "40.00", available: "140.00", spent: "170.00", remaining: "-30.00", percent: 121.4 });
    expect(await budgetOf(client, "2026-01", "Groceries")).toMatchObject({ carried: "-30.00", available: "70.00", spent: "20.00", remaining: "50.00", percent: 28.6 });
    expect(await budgetOf(client, "2026-02", "Groceries")).toMatchObject({ carried: "50.00", available: "150.00", spent: "0.00" });

    const history = await client.get(`/api/budgets/${budget.id}/history?from=2025-10&to=2026-02`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((m: { month: string; carried: string; remaining: string }) => [m.month, m.carried, m.remaining])).toEqual([
      ["2025-11", "0.00", "40.00"],
      ["2025-12", "40.00", "-30.00"],
      ["2026-01", "-30.00", "50.00"],
      ["2026-02", "50.00", "150.00"],
    ]);
  });

  it("has no percent when nothing is available", async () => {
    const { client } = await signedInUser();
    await create(client, { category: "Transport", amount: "50", rollover: true, from: "2026-01" });
    await addTransaction(client, { amount: "120.00", date: "2026-01-15", category: "Transport" }); // −70 carried
    const february = await budgetOf(client, "2026-02", "Transport");
    expect(february).toMatchObject({ carried: "-70.00", available: "-20.00", spent: "0.00", remaining: "-20.00", percent: null });
  });

  it("chains a budget of every month from 24 months before the month asked", async () => {
    const { client } = await signedInUser();
    await create(client, { category: "Health", amount: "10", rollover: true });
    await addTransaction(client, { amount: "4.00", date: "2023-12-31", category: "Health" }); // 25 months before 2026-01: outside
    await addTransaction(client, { amount: "5.00", date: "2024-01-15", category: "Health" }); // inside
    // 24 months of 10.00 from 2024-01 to 2025-12, minus 5.00 spent.
    expect(await budgetOf(client, "2026-01", "Health")).toMatchObject({ carried: "235.00", available: "245.00" });
  });

  it("can be switched on and off, and turning it off carries nothing", async () => {
    const { client } = await signedInUser();
    const budget = await create(client, { category: "Shopping", amount: "100", from: "2026-01" });
    await addTransaction(client, { amount: "30.00", date: "2026-01-05", category: "Shopping" });
    expect((await client.put(`/api/budgets/${budget.id}`, { rollover: true })).body.budget.rollover).toBe(true);
    expect(await budgetOf(client, "2026-02", "Shopping")).toMatchObject({ rollover: true, carried: "70.00" });
    await client.put(`/api/budgets/${budget.id}`, { rollover: false });
    expect(await budgetOf(client, "2026-02", "Shopping")).toMatchObject({ rollover: false, carried: "0.00", available: "100.00" });
  });
});

describe("GET /api/budgets/{id}/history", () => {
  it("defaults to the 12 months up to this one, oldest first, and caps at 120", async () => {
    const { client, user } = await signedInUser();
    const budget = await create(client, { category: "Utilities", amount: "80" });
    const history = await client.get(`/api/budgets/${budget.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items).toHaveLength(12);
    expect(history.body.items.at(-1).month).toBe(thisMonthIn(user.timezone));
    expect(Object.keys(history.body.items[0]).sort()).toEqual(["amount", "available", "carried", "month", "percent", "remaining", "spent"]);
    expect((await client.get(`/api/budgets/${budget.id}/history?from=2010-01&to=2020-12`)).status).toBe(400);
    expect((await client.get(`/api/budgets/${budget.id}/history?from=2026-05&to=2026-01`)).status).toBe(400);
  });

  it("is 404 for another user's budget", async () => {
    const owner = await signedInUser();
    const other = await signedInUser();
    const budget = await create(owner.client, { category: "Utilities", amount: "80" });
    expect((await other.client.get(`/api/budgets/${budget.id}/history`)).status).toBe(404);
  });
});
