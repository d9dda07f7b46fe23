import { describe, expect, it } from "vitest";
import { projectMonthBalance } from "./projected-balance";

describe("projectMonthBalance", () => {
  it("adds the rest of the month's occurrences to the balance so far, exactly", () => {
    const projection = projectMonthBalance(
      "100.10",
      [
        { date: "2026-03-20", type: "expense", amount: "0.20" },
        { date: "2026-03-25", type: "income", amount: "0.10" },
        { date: "2026-03-31", type: "expense", amount: "1200.00" },
        // Next month's: shown in the list, not in this month's projection.
        { date: "2026-04-01", type: "expense", amount: "1200.00" },
      ],
      "2026-03-31",
    );
    expect(projection).toEqual({ soFar: "100.10", income: "0.10", expense: "1200.20", projected: "-1100.00", count: 3 });
  });

  it("is the balance so far when nothing more falls due", () => {
    expect(projectMonthBalance("-5.00", [], "2026-03-31")).toEqual({ soFar: "-5.00", income: "0.00", expense: "0.00", projected: "-5.00", count: 0 });
  });
});
