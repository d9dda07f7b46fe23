import { describe, expect, it } from "vitest";
import { budgetFigures, budgetState, budgetTotals, byAmountDescending } from "./budget-figures";

describe("budgetFigures", () => {
  it("gives what is left and the percentage spent", () => {
    expect(budgetFigures("500.00", "312.40")).toEqual({ spent: "312.40", remaining: "187.60", percent: 62.5 });
  });

  it("goes negative when spending is over the limit", () => {
    expect(budgetFigures("80.00", "96.35")).toEqual({ spent: "96.35", remaining: "-16.35", percent: 120.4 });
    expect(budgetFigures("0.10", "0.15").remaining).toBe("-0.05");
  });

  it("is zero spent, everything left, 0 % without spending", () => {
    expect(budgetFigures("250.00", "0.00")).toEqual({ spent: "0.00", remaining: "250.00", percent: 0 });
  });

  it.each([
    ["3.00", "1.00", 33.3],
    ["3.00", "2.00", 66.7],
    ["0.16", "0.01", 6.3], // 6.25 rounds half up, like PostgreSQL's round(numeric, 1)
    ["0.08", "0.01", 12.5],
    ["100.00", "100.00", 100],
    ["999999999.99", "0.01", 0],
    ["0.01", "999999999.99", 9999999999900],
  ])("percent of %s spent %s is %d, exactly", (amount, spent, percent) => {
    expect(budgetFigures(amount, spent).percent).toBe(percent);
  });

  it("stays exact where floats would not", () => {
    // 0.1 + 0.2 style drift: 0.30 - 0.10 - 0.20 in floats is not 0.
    expect(budgetFigures("0.30", "0.10").remaining).toBe("0.20");
    expect(budgetFigures("1000000.03", "0.01").remaining).toBe("1000000.02");
  });

  it("refuses amounts that are not two-decimal strings", () => {
    expect(() => budgetFigures("12.5", "0.00")).toThrow(RangeError);
  });
});

describe("budgetState", () => {
  it.each([
    ["100.00", "0.00", "ok"],
    ["100.00", "79.99", "ok"],
    ["100.00", "80.00", "warning"],
    ["100.00", "99.99", "warning"],
    ["100.00", "100.00", "over"],
    ["100.00", "100.01", "over"],
    ["0.03", "0.02", "ok"], // 66.7 %
    ["1000.00", "799.96", "ok"], // 79.996 % shows as 80.0 % but has not reached 80 %
  ])("limit %s spent %s is %s", (amount, spent, state) => {
    expect(budgetState({ amount, spent })).toBe(state);
  });
});

describe("budgetTotals", () => {
  it("sums limits, spending and what is available to the cent", () => {
    const totals = budgetTotals([
      { amount: "0.10", spent: "0.20", available: "0.30" },
      { amount: "0.20", spent: "0.10", available: "-0.05" },
      { amount: "999999999.99", spent: "999999999.99", available: "999999999.99" },
    ]);
    expect(totals).toEqual({ amount: "1000000000.29", spent: "1000000000.29", available: "1000000000.24" });
  });

  it("is zero without budgets", () => {
    expect(budgetTotals([])).toEqual({ amount: "0.00", spent: "0.00", available: "0.00" });
  });
});

describe("byAmountDescending", () => {
  it("orders amounts by value, not as text", () => {
    expect(["9.99", "100.00", "10.50"].sort(byAmountDescending)).toEqual(["100.00", "10.50", "9.99"]);
  });
});
