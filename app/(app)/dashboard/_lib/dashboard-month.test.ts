import { describe, expect, it } from "vitest";
import { daysBegun, daysInMonth } from "./dashboard-month";

describe("daysInMonth", () => {
  it("knows short months and leap years", () => {
    expect(daysInMonth("2024-02")).toBe(29);
    expect(daysInMonth("2025-02")).toBe(28);
    expect(daysInMonth("2100-02")).toBe(28);
    expect(daysInMonth("2026-04")).toBe(30);
    expect(daysInMonth("2026-12")).toBe(31);
  });
});

describe("daysBegun", () => {
  it("counts up to today in this month, the first and last day included", () => {
    expect(daysBegun("2026-11", "2026-11-01")).toBe(1);
    expect(daysBegun("2026-11", "2026-11-25")).toBe(25);
    expect(daysBegun("2026-11", "2026-11-30")).toBe(30);
  });

  it("is the whole of a past month and none of a future one", () => {
    expect(daysBegun("2026-10", "2026-11-01")).toBe(31);
    expect(daysBegun("2025-12", "2026-01-15")).toBe(31);
    expect(daysBegun("2026-12", "2026-11-30")).toBe(0);
    expect(daysBegun("2027-01", "2026-11-30")).toBe(0);
  });
});
