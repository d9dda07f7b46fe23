import { describe, expect, it } from "vitest";
import type { DaySpending } from "@/modules/transaction";
import { spendingPace } from "./spending-pace";

/** A month of `length` days with the given spending on some days (1-based). */
function month(length: number, spending: Record<number, string> = {}): DaySpending[] {
  let cumulative = 0n;
  return Array.from({ length }, (_, index) => {
    const spent = spending[index + 1] ?? "0.00";
    cumulative += BigInt(spent.replace(".", ""));
    const text = `${cumulative / 100n}.${String(cumulative % 100n).padStart(2, "0")}`;
    return { date: `2026-04-${String(index + 1).padStart(2, "0")}`, spent, cumulative: text };
  });
}

describe("spendingPace", () => {
  it("stops the spending line at today and draws the even pace for the whole month", () => {
    const pace = spendingPace({ days: month(30, { 1: "10.00", 3: "5.50" }), budget: "300.00", daysBegun: 3 });
    expect(pace.points.slice(0, 4)).toEqual([
      { day: 1, date: "2026-04-01", spent: 10, pace: 10, amounts: { spent: "10.00", pace: "10.00" } },
      { day: 2, date: "2026-04-02", spent: 10, pace: 20, amounts: { spent: "10.00", pace: "20.00" } },
      { day: 3, date: "2026-04-03", spent: 15.5, pace: 30, amounts: { spent: "15.50", pace: "30.00" } },
      { day: 4, date: "2026-04-04", spent: null, pace: 40, amounts: { spent: null, pace: "40.00" } },
    ]);
    expect(pace.points.at(-1)).toMatchObject({ day: 30, spent: null, pace: 300 });
    expect(pace).toMatchObject({ spent: "15.50", pace: "30.00", state: "on-track" });
  });

  it("is ahead when spending runs faster than the even pace, compared exactly", () => {
    // 10 days of 30 with a budget of 300.00: the pace is exactly 100.00.
    expect(spendingPace({ days: month(30, { 5: "100.00" }), budget: "300.00", daysBegun: 10 }).state).toBe("on-track");
    expect(spendingPace({ days: month(30, { 5: "100.01" }), budget: "300.00", daysBegun: 10 }).state).toBe("ahead");
  });

  it("is over once spending passes the budget, not when it reaches it", () => {
    expect(spendingPace({ days: month(30, { 2: "300.00" }), budget: "300.00", daysBegun: 30 }).state).toBe("on-track");
    expect(spendingPace({ days: month(30, { 2: "300.01" }), budget: "300.00", daysBegun: 30 })).toMatchObject({
      state: "over",
      spent: "300.01",
      pace: "300.00",
    });
  });

  it("rounds the pace down to the cent", () => {
    // 100.00 over 31 days: 3.2258… a day.
    const pace = spendingPace({ days: month(31), budget: "100.00", daysBegun: 1 });
    expect(pace.pace).toBe("3.22");
    expect(pace.points[0]).toMatchObject({ pace: 3.22, amounts: { pace: "3.22" } });
    expect(pace.points[30]!.pace).toBe(100);
  });

  it("draws the spending alone without budgets", () => {
    const pace = spendingPace({ days: month(30, { 1: "7.00" }), budget: null, daysBegun: 2 });
    expect(pace).toMatchObject({ state: "no-budget", spent: "7.00", pace: null, budget: null });
    expect(pace.points[0]).toEqual({ day: 1, date: "2026-04-01", spent: 7, pace: null, amounts: { spent: "7.00", pace: null } });
  });

  it("has no spending line for a month that hasn't begun", () => {
    const pace = spendingPace({ days: month(30), budget: "50.00", daysBegun: 0 });
    expect(pace).toMatchObject({ state: "not-started", spent: "0.00", pace: "0.00" });
    expect(pace.points.every((point) => point.spent === null)).toBe(true);
  });
});
