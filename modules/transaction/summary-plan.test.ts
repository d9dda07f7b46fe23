import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planSummary } from "./summary-plan";

describe("planSummary", () => {
  it("reads whole months from the totals and the edges from the rows", () => {
    expect(planSummary("2026-01-15", "2026-04-10")).toEqual({
      months: { from: "2026-02-01", to: "2026-03-01" },
      days: [
        { from: "2026-01-15", to: "2026-01-31" },
        { from: "2026-04-01", to: "2026-04-10" },
      ],
    });
  });

  it("needs no rows for ranges of whole months, or for all time", () => {
    expect(planSummary("2026-02-01", "2026-02-28")).toEqual({ months: { from: "2026-02-01", to: "2026-02-01" }, days: [] });
    expect(planSummary(undefined, undefined)).toEqual({ months: { from: null, to: null }, days: [] });
    expect(planSummary("2024-02-01", "2024-02-29")).toEqual({ months: { from: "2024-02-01", to: "2024-02-01" }, days: [] });
  });

  it("reads only rows inside one month", () => {
    expect(planSummary("2026-03-05", "2026-03-20")).toEqual({ months: null, days: [{ from: "2026-03-05", to: "2026-03-20" }] });
    expect(planSummary("2026-03-05", "2026-04-20")).toEqual({ months: null, days: [{ from: "2026-03-05", to: "2026-04-20" }] });
  });

  it("leaves open ends open", () => {
    expect(planSummary(undefined, "2026-03-20")).toEqual({ months: { from: null, to: "2026-02-01" }, days: [{ from: "2026-03-01", to: "2026-03-20" }] });
    expect(planSummary("2026-03-20", undefined)).toEqual({ months: { from: "2026-04-01", to: null }, days: [{ from: "2026-03-20", to: "2026-03-31" }] });
  });

  it("covers every day of any range exactly once", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const plan = planSummary(from, to);
        const covered: string[] = [];
        for (const range of plan.days) {
          for (let d = range.from; d <= range.to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) covered.push(d);
        }
        if (plan.months?.from && plan.months.to) {
          for (let d = plan.months.from; d.slice(0, 7) <= plan.months.to.slice(0, 7); d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) covered.push(d);
        }
        covered.sort();
        const expected: string[] = [];
        for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) expected.push(d);
        expect(covered).toEqual(expected);
      }),
    );
  });
});
