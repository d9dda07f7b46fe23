import { describe, expect, it } from "vitest";
import type { SpendingByCategory } from "@/modules/transaction";
import { categoryBreakdown, OWN_SLICES } from "./category-breakdown";

const spending = (categories: Array<[string, string, number]>, total: string): SpendingByCategory => ({
  month: "2026-02",
  total,
  categories: categories.map(([category, spent, share]) => ({ category, spent, share, count: 1 })),
});

describe("categoryBreakdown", () => {
  it("gives every category its own slice and a link to its transactions of the month", () => {
    const { rows, slices } = categoryBreakdown(
      spending([["Housing", "900.00", 75], ["Groceries", "300.00", 25]], "1200.00"),
    );
    expect(rows.map((row) => [row.category, row.slice, row.href])).toEqual([
      ["Housing", 0, "/transactions?type=expense&category=Housing&from=2026-02-01&to=2026-02-28"],
      ["Groceries", 1, "/transactions?type=expense&category=Groceries&from=2026-02-01&to=2026-02-28"],
    ]);
    expect(slices).toEqual([
      { name: "Housing", value: 900, spent: "900.00", share: 75, href: rows[0]!.href, slice: 0 },
      { name: "Groceries", value: 300, spent: "300.00", share: 25, href: rows[1]!.href, slice: 1 },
    ]);
  });

  it("keeps a single leftover category as its own slice", () => {
    const six = Array.from({ length: OWN_SLICES + 1 }, (_, i): [string, string, number] => [`C${i}`, "10.00", 16.7]);
    const { slices } = categoryBreakdown(spending(six, "60.00"));
    expect(slices.map((slice) => slice.slice)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("puts the smaller categories together, summed exactly, linking to all of the month's expenses", () => {
    const categories: Array<[string, string, number]> = [
      ["A", "50.00", 50],
      ["B", "20.00", 20],
      ["C", "10.00", 10],
      ["D", "10.00", 10],
      ["E", "9.70", 9.7],
      ["F", "0.10", 0.1],
      ["G", "0.20", 0.2],
    ];
    const { rows, slices } = categoryBreakdown(spending(categories, "100.00"));
    expect(rows.map((row) => row.slice)).toEqual([0, 1, 2, 3, 4, "rest", "rest"]);
    expect(slices).toHaveLength(OWN_SLICES + 1);
    expect(slices.at(-1)).toEqual({
      name: "2 more categories",
      value: 0.3,
      spent: "0.30",
      share: 0.3,
      href: "/transactions?type=expense&from=2026-02-01&to=2026-02-28",
      slice: "rest",
    });
  });

  it("has nothing to draw for a month without spending", () => {
    expect(categoryBreakdown(spending([], "0.00"))).toEqual({ rows: [], slices: [] });
  });
});
