import { describe, expect, it } from "vitest";
import { transactionsHref } from "./transactions-href";

describe("transactionsHref", () => {
  it("filters the transactions page to a category of a month, first to last day", () => {
    expect(transactionsHref({ month: "2024-02", type: "expense", category: "Food & Dining" })).toBe(
      "/transactions?type=expense&category=Food+%26+Dining&from=2024-02-01&to=2024-02-29",
    );
  });

  it("leaves out what doesn't filter", () => {
    expect(transactionsHref({ month: "2026-11" })).toBe("/transactions?from=2026-11-01&to=2026-11-30");
  });

  it("reads back as the filters the transactions page validates", () => {
    const url = new URL(transactionsHref({ month: "2026-01", type: "expense", category: "Gifts & Donations" }), "http://x");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      type: "expense",
      category: "Gifts & Donations",
      from: "2026-01-01",
      to: "2026-01-31",
    });
  });
});
