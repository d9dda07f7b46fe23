// A budget's `spent`: the exact sum of the month's expenses in its category,
// read live from the transaction schema (API.md, Budget module).
import { describe, expect, it } from "vitest";
import { thisMonthIn, todayIn } from "@/lib/clock";
import { signedInUser } from "../helpers/users";
import { addBudget, addTransaction, budgetIn } from "./budgets-fixtures";

describe("spent", () => {
  it("is the exact sum of the month's expenses in the category, first and last day included", async () => {
    const { client } = await signedInUser();
    await addBudget(client, "Groceries", "200");
    // February of a leap year: the 29th is the last day.
    await addTransaction(client, { amount: "12.34", date: "2024-02-01", category: "Groceries" });
    await addTransaction(client, { amount: "0.66", date: "2024-02-15", category: "Groceries" });
    await addTransaction(client, { amount: "100.01", date: "2024-02-29", category: "Groceries" });
    // Not counted: the days around the month, other categories, income.
    await addTransaction(client, { amount: "1000.00", date: "2024-01-31", category: "Groceries" });
    await addTransaction(client, { amount: "1000.00", date: "2024-03-01", category: "Groceries" });
    await addTransaction(client, { amount: "1000.00", date: "2024-02-10", category: "Food & Dining" });
    await addTransaction(client, { amount: "1000.00", date: "2024-02-10", category: "Refunds", type: "income" });

    expect(await budgetIn(client, "2024-02", "Groceries")).toMatchObject({
      spent: "113.01",
      remaining: "86.99",
      percent: 56.5,
    });
    expect(await budgetIn(client, "2024-01", "Groceries")).toMatchObject({ spent: "1000.00", remaining: "-800.00", percent: 500 });
    expect(await budgetIn(client, "2023-02", "Groceries")).toMatchObject({ spent: "0.00", percent: 0 });
  });

  it("follows transactions as they are added, edited and deleted", async () => {
    const { client } = await signedInUser();
    await addBudget(client, "Transport", "100");
    const month = "2025-06";

    const ticket = await addTransaction(client, { amount: "30.00", date: `${month}-10`, category: "Transport" });
    expect(await budgetIn(client, month, "Transport")).toMatchObject({ spent: "30.00", percent: 30 });

    await addTransaction(client, { amount: "55.55", date: `${month}-11`, category: "Transport" });
    expect(await budgetIn(client, month, "Transport")).toMatchObject({ spent: "85.55", remaining: "14.45", percent: 85.6 });

    expect((await client.patch(`/api/transactions/${ticket}`, { amount: "50.00" })).status).toBe(200);
    expect(await budgetIn(client, month, "Transport")).toMatchObject({ spent: "105.55", remaining: "-5.55", percent: 105.6 });

    // Moved to another category, then to another month: it leaves this budget.
    expect((await client.patch(`/api/transactions/${ticket}`, { category: "Travel" })).status).toBe(200);
    expect(await budgetIn(client, month, "Transport")).toMatchObject({ spent: "55.55" });
    expect((await client.patch(`/api/transactions/${ticket}`, { category: "Transport", date: "2025-07-01" })).status).toBe(200);
    expect(await budgetIn(client, month, "Transport")).toMatchObject({ spent: "55.55" });
    expect(await budgetIn(client, "2025-07", "Transport")).toMatchObject({ spent: "50.00" });

    expect((await client.delete(`/api/transactions/${ticket}`)).status).toBe(204);
    expect(await budgetIn(client, "2025-07", "Transport")).toMatchObject({ spent: "0.00", remaining: "100.00", percent: 0 });
  });

  it("is the user's own: another user's expenses in the same category don't count", async () => {
    const owner = await signedInUser();
    const other = await signedInUser();
    await addBudget(owner.client, "Health", "90");
    await addBudget(other.client, "Health", "90");
    await addTransaction(owner.client, { amount: "9.00", date: "2025-03-03", category: "Health" });
    await addTransaction(other.client, { amount: "70.00", date: "2025-03-03", category: "Health" });

    expect(await budgetIn(owner.client, "2025-03", "Health")).toMatchObject({ spent: "9.00", percent: 10 });
    expect(await budgetIn(other.client, "2025-03", "Health")).toMatchObject({ spent: "70.00", percent: 77.8 });
  });

  it("adds up in the totals, counting only budgeted categories", async () => {
    const { client } = await signedInUser();
    await addBudget(client, "Utilities", "150");
    await addBudget(client, "Subscriptions", "20");
    await addTransaction(client, { amount: "75.10", date: "2025-09-05", category: "Utilities" });
    await addTransaction(client, { amount: "22.99", date: "2025-09-06", category: "Subscriptions" });
    await addTransaction(client, { amount: "40.00", date: "2025-09-07", category: "Shopping" });

    const response = await client.get("/api/budgets?month=2025-09");
    expect(response.body.totals).toEqual({ amount: "170.00", spent: "98.09", available: "170.00" });
  });

  it("is this month's in POST and PUT answers, in the user's time zone", async () => {
    const timezone = "Asia/Tokyo";
    const { client } = await signedInUser({ timezone });
    await addTransaction(client, { amount: "45.00", date: todayIn(timezone), category: "Entertainment" });

    const created = await addBudget(client, "Entertainment", "50");
    expect(created).toMatchObject({ month: thisMonthIn(timezone), spent: "45.00", remaining: "5.00", percent: 90 });

    const updated = await client.put(`/api/budgets/${created.id}`, { amount: "40" });
    expect(updated.body.budget).toMatchObject({ spent: "45.00", remaining: "-5.00", percent: 112.5 });
  });
});

describe("threshold crossings", () => {
  const crossings = async (client: Awaited<ReturnType<typeof signedInUser>>["client"], threshold: "80" | "100") => {
    const token = process.env.METRICS_TOKEN;
    const metrics = await client.get("/api/metrics", { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const line = metrics.text.split("\n").find((l) => l.startsWith(`ledgerly_budget_threshold_crossings_total{threshold="${threshold}"}`));
    return Number(line?.split(" ")[1]);
  };

  it("are counted when a new or changed limit puts spending past 80 % or 100 %", async () => {
    const { client } = await signedInUser();
    await addTransaction(client, { amount: "90.00", date: todayIn("UTC"), category: "Travel" });
    const before = { warning: await crossings(client, "80"), over: await crossings(client, "100") };

    const budget = await addBudget(client, "Travel", "100"); // 90 %: crosses 80
    await client.put(`/api/budgets/${budget.id}`, { amount: "85" }); // 105.9 %: crosses 100

    // Other tests run at the same time and may count too: at least ours.
    expect(await crossings(client, "80")).toBeGreaterThanOrEqual(before.warning + 1);
    expect(await crossings(client, "100")).toBeGreaterThanOrEqual(before.over + 1);
  });
});
