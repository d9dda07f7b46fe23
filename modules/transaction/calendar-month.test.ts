import { describe, expect, it } from "vitest";
import { datesOfMonth, datesOfMonths } from "./calendar-month";

describe("datesOfMonth", () => {
  it("runs from the first to the last day", () => {
    expect(datesOfMonth("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(datesOfMonth("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("refuses anything but YYYY-MM", () => {
    for (const month of ["2026-13", "2026-1", "26-01", "0999-01", "2026-01-01", ""]) {
      expect(() => datesOfMonth(month), month).toThrow(RangeError);
    }
  });
});

describe("datesOfMonths", () => {
  it("covers whole months back from the one given, across a year", () => {
    expect(datesOfMonths("2026-02", 12)).toEqual({ from: "2025-03-01", to: "2026-02-28" });
    expect(datesOfMonths("2026-02", 1)).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  it("wants at least one month", () => {
    expect(() => datesOfMonths("2026-02", 0)).toThrow(RangeError);
    expect(() => datesOfMonths("2026-02", 1.5)).toThrow(RangeError);
  });
});
