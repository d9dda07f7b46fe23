import { describe, expect, it } from "vitest";
import { formatAxisMoney, formatDay, formatMoney, formatMonth, formatPercent } from "./format";

describe("dashboard formatting", () => {
  it("shows amounts with two decimals in the user's currency", () => {
    expect(formatMoney("1234.5", "USD")).toBe("$1,234.50");
    expect(formatMoney("-16.35", "EUR")).toBe("-€16.35");
    expect(formatMoney("12.00", "USD", "exceptZero")).toBe("+$12.00");
    expect(formatMoney("0.00", "USD", "exceptZero")).toBe("$0.00");
    // Beyond a double's precision, still exact: Intl reads the string.
    expect(formatMoney("999999999.99", "USD")).toBe("$999,999,999.99");
  });

  it("keeps axis ticks short", () => {
    expect(formatAxisMoney(1250, "USD")).toBe("$1.3K");
    expect(formatAxisMoney(0, "USD")).toBe("$0");
  });

  it("writes percents with at most one decimal, signed on request", () => {
    expect(formatPercent(12.34)).toBe("12.3%");
    expect(formatPercent(25, { signed: true })).toBe("+25%");
    expect(formatPercent(-4, { signed: true })).toBe("-4%");
    expect(formatPercent(0, { signed: true })).toBe("0%");
    expect(formatPercent(1, { aligned: true })).toBe("1.0%");
    expect(formatPercent(71.8, { aligned: true })).toBe("71.8%");
  });

  it("names months and days", () => {
    expect(formatMonth("2026-11")).toBe("November 2026");
    expect(formatMonth("2026-01", "short")).toBe("Jan 2026");
    expect(formatMonth("2026-01", "name")).toBe("January");
    expect(formatMonth("2026-01", "tick")).toBe("Jan");
    expect(formatDay("2026-11-05")).toBe("Nov 5");
  });
});
