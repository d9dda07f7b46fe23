import { describe, expect, it } from "vitest";
import { fromCents, toCents, toChartValue } from "./cents";

describe("cents", () => {
  it("reads two-decimal strings exactly, signs included", () => {
    expect(toCents("0.00")).toBe(0n);
    expect(toCents("12.50")).toBe(1250n);
    expect(toCents("-0.07")).toBe(-7n);
    expect(toCents("999999999.99")).toBe(99999999999n);
  });

  it("refuses anything but two decimals", () => {
    for (const text of ["12.5", "12", "1,234.00", "", "abc", "--1.00"]) {
      expect(() => toCents(text), text).toThrow(RangeError);
    }
  });

  it("writes cents back as two-decimal strings", () => {
    expect(fromCents(0n)).toBe("0.00");
    expect(fromCents(5n)).toBe("0.05");
    expect(fromCents(-5n)).toBe("-0.05");
    expect(fromCents(123456n)).toBe("1234.56");
    expect(fromCents(-100n)).toBe("-1.00");
  });

  it("round-trips where floats would drift: 0.10 + 0.20 is 0.30", () => {
    expect(fromCents(toCents("0.10") + toCents("0.20"))).toBe("0.30");
  });

  it("gives charts a number", () => {
    expect(toChartValue("1234.56")).toBe(1234.56);
    expect(toChartValue("-0.30")).toBe(-0.3);
  });
});
