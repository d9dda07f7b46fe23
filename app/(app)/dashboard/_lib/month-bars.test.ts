import { describe, expect, it } from "vitest";
import { monthBars } from "./month-bars";

describe("monthBars", () => {
  it("keeps the exact figures next to the numbers the chart draws", () => {
    const [bar] = monthBars([{ month: "2026-11", income: "2500.10", expense: "1234.56", balance: "1265.54", count: 9 }]);
    expect(bar).toEqual({
      month: "2026-11",
      tick: "Nov",
      income: 2500.1,
      expense: 1234.56,
      balance: 1265.54,
      amounts: { income: "2500.10", expense: "1234.56", balance: "1265.54" },
    });
  });

  it("marks the turn of the year on the axis", () => {
    const ticks = monthBars([
      { month: "2025-12", income: "0.00", expense: "0.00", balance: "0.00", count: 0 },
      { month: "2026-01", income: "0.00", expense: "0.00", balance: "0.00", count: 0 },
    ]).map((bar) => bar.tick);
    expect(ticks).toEqual(["Dec", "Jan 2026"]);
  });

  it("draws a negative balance below zero", () => {
    const [bar] = monthBars([{ month: "2026-03", income: "10.00", expense: "30.25", balance: "-20.25", count: 2 }]);
    expect(bar!.balance).toBe(-20.25);
  });
});
