// The dashboard's aggregates against hand-computed fixtures: each test makes a
// user, records transactions through the API with explicit dates (on and
// around the month's boundaries), then calls the module's functions directly.
import { describe, expect, it } from "vitest";
import { dailySpending, monthlyTotals, spendingByCategory } from "@/modules/transaction";
import { createTransactions } from "../helpers/transactions";
import { signedInUser } from "../helpers/users";

const expense = (date: string, amount: string, category: string) => ({ type: "expense", date, amount, category });
const income = (date: string, amount: string, category = "Salary") => ({ type: "income", date, amount, category });

describe("spendingByCategory", () => {
  it("sums the month's expenses per category, first and last day included, largest first", async () => {
    const { client, user } = await signedInUser();
    await createTransactions(client, [
      expense("2024-01-31", "1000.00", "Groceries"), // the day before
      expense("2024-02-01", "12.34", "Groceries"),
      expense("2024-02-15", "0.66", "Groceries"),
      expense("2024-02-10", "3.50", "Transport"),
      expense("2024-02-10", "3.50", "Transport"),
      expense("2024-02-29", "100.01", "Food & Dining"), // leap day, the last
      expense("2024-03-01", "1000.00", "Groceries"), // the day after
      income("2024-02-10", "5000.00"), // income is not spending
    ]);

    // 120.01 in all; shares 100.01/120.01 = 83.34 %, 13.00/120.01 = 10.83 %, 7.00/120.01 = 5.83 %.
    expect(await spendingByCategory(user.id, "2024-02")).toEqual({
      month: "2024-02",
      total: "120.01",
      categories: [
        { category: "Food & Dining", spent: "100.01", count: 1, share: 83.3 },
        { category: "Groceries", spent: "13.00", count: 2, share: 10.8 },
        { category: "Transport", spent: "7.00", count: 2, share: 5.8 },
      ],
    });
  });

  it("is empty, with a zero total, for a month without spending", async () => {
    const { client, user } = await signedInUser();
    await createTransactions(client, [expense("2024-03-31", "5.00", "Health"), income("2024-04-15", "100.00")]);
    expect(await spendingByCategory(user.id, "2024-04")).toEqual({ month: "2024-04", total: "0.00", categories: [] });
  });

  it("counts the user's own spending only", async () => {
    const owner = await signedInUser();
    const other = await signedInUser();
    await createTransactions(owner.client, [expense("2025-05-05", "9.00", "Health")]);
    await createTransactions(other.client, [expense("2025-05-05", "70.00", "Health")]);
    expect((await spendingByCategory(owner.user.id, "2025-05")).total).toBe("9.00");
  });
});

describe("monthlyTotals", () => {
  it("gives 12 months up to the one asked, gaps as zeros, boundaries exact", async () => {
    const { client, user } = await signedInUser();
    await createTransactions(client, [
      income("2023-03-31", "999.00"), // the day before the first month
      income("2023-04-01", "100.00"), // first day of the first month
      expense("2023-06-15", "40.25", "Utilities"),
      expense("2024-01-31", "10.10", "Transport"),
      income("2024-02-01", "2000.00"),
      expense("2024-02-29", "500.50", "Housing"),
      expense("2024-03-31", "0.01", "Fees & Charges"), // last day of the last month
      expense("2024-04-01", "77.00", "Groceries"), // the day after
    ]);

    const zero = { income: "0.00", expense: "0.00", balance: "0.00", count: 0 };
    expect(await monthlyTotals(user.id, { through: "2024-03", months: 12 })).toEqual([
      { month: "2023-04", income: "100.00", expense: "0.00", balance: "100.00", count: 1 },
      { month: "2023-05", ...zero },
      { month: "2023-06", income: "0.00", expense: "40.25", balance: "-40.25", count: 1 },
      { month: "2023-07", ...zero },
      { month: "2023-08", ...zero },
      { month: "2023-09", ...zero },
      { month: "2023-10", ...zero },
      { month: "2023-11", ...zero },
      { month: "2023-12", ...zero },
      { month: "2024-01", income: "0.00", expense: "10.10", balance: "-10.10", count: 1 },
      { month: "2024-02", income: "2000.00", expense: "500.50", balance: "1499.50", count: 2 },
      { month: "2024-03", income: "0.00", expense: "0.01", balance: "-0.01", count: 1 },
    ]);
  });

  it("agrees with GET /api/transactions/summary for each month", async () => {
    const { client, user } = await signedInUser();
    await createTransactions(client, [
      income("2025-12-31", "1234.56"),
      expense("2025-12-01", "0.10", "Food & Dining"),
      expense("2025-12-01", "0.20", "Food & Dining"),
      expense("2026-01-01", "99.99", "Shopping"),
    ]);
    const months = await monthlyTotals(user.id, { through: "2026-01", months: 2 });
    for (const [month, to] of [["2025-12", "2025-12-31"], ["2026-01", "2026-01-31"]] as const) {
      const summary = await client.get(`/api/transactions/summary?from=${month}-01&to=${to}`);
      expect(summary.status, summary.text).toBe(200);
      expect(months.find((m) => m.month === month)).toEqual({ month, ...summary.body });
    }
    expect(months[0]).toMatchObject({ expense: "0.30", balance: "1234.26" });
  });

  it("is all zeros for a user without transactions", async () => {
    const { user } = await signedInUser();
    const months = await monthlyTotals(user.id, { through: "2026-11", months: 12 });
    expect(months.map((m) => m.month)).toEqual([
      "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
      "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
    ]);
    expect(months.every((m) => m.income === "0.00" && m.expense === "0.00" && m.balance === "0.00" && m.count === 0)).toBe(true);
  });
});

describe("dailySpending", () => {
  const february = [
    expense("2024-01-31", "5.00", "Groceries"), // the day before
    expense("2024-02-01", "10.00", "Groceries"),
    expense("2024-02-01", "2.50", "Transport"),
    expense("2024-02-03", "1.25", "Groceries"),
    income("2024-02-02", "500.00"), // income is not spending
    expense("2024-02-29", "100.00", "Food & Dining"),
    expense("2024-03-01", "9.99", "Groceries"), // the day after
  ];

  it("has every day of the month with its spending and the running total", async () => {
    const { client, user } = await signedInUser();
    await createTransactions(client, february);

    const days = await dailySpending(user.id, "2024-02");
    expect(days).toHaveLength(29);
    expect(days.slice(0, 4)).toEqual([
      { date: "2024-02-01", spent: "12.50", cumulative: "12.50" },
      { date: "2024-02-02", spent: "0.00", cumulative: "12.50" },
      { date: "2024-02-03", spent: "1.25", cumulative: "13.75" },
      { date: "2024-02-04", spent: "0.00", cumulative: "13.75" },
    ]);
    expect(days.at(-2)).toEqual({ date: "2024-02-28", spent: "0.00", cumulative: "13.75" });
    expect(days.at(-1)).toEqual({ date: "2024-02-29", spent: "100.00", cumulative: "113.75" });
  });

  it("counts only the categories asked for, and ends where the budgets' spending does", async () => {
    const { client, user } = await signedInUser();
    await createTransactions(client, february);
    for (const category of ["Groceries", "Transport"]) {
      expect((await client.post("/api/budgets", { category, amount: "50" })).status).toBe(201);
    }

    const budgeted = await dailySpending(user.id, "2024-02", { categories: ["Groceries", "Transport"] });
    expect(budgeted.at(-1)).toEqual({ date: "2024-02-29", spent: "0.00", cumulative: "13.75" });
    const budgets = await client.get("/api/budgets?month=2024-02");
    expect(budgets.body.totals.spent).toBe("13.75");

    const groceries = await dailySpending(user.id, "2024-02", { categories: ["Groceries"] });
    expect(groceries[0]).toEqual({ date: "2024-02-01", spent: "10.00", cumulative: "10.00" });
    expect(groceries.at(-1)!.cumulative).toBe("11.25");

    const none = await dailySpending(user.id, "2024-02", { categories: [] });
    expect(none.every((day) => day.spent === "0.00" && day.cumulative === "0.00")).toBe(true);
  });

  it("is every day at zero for a month without spending", async () => {
    const { client, user } = await signedInUser();
    await createTransactions(client, february);
    const april = await dailySpending(user.id, "2024-04");
    expect(april).toHaveLength(30);
    expect(april[0]).toEqual({ date: "2024-04-01", spent: "0.00", cumulative: "0.00" });
    expect(april.every((day) => day.spent === "0.00" && day.cumulative === "0.00")).toBe(true);
  });
});
