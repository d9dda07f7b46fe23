import { describe, expect, it } from "vitest";
import { amountSchema, formatAmount, normalizeAmount } from "./money";

describe("amountSchema", () => {
  it.each([
    ["12.5", "12.50"],
    ["0.01", "0.01"],
    [12.5, "12.50"],
    [7, "7.00"],
    ["999999999.99", "999999999.99"],
    [" 3.10 ", "3.10"],
  ])("accepts %j as %s", (input, expected) => {
    expect(amountSchema.parse(input)).toBe(expected);
  });

  it.each([["0"], [0], ["-1"], ["1.234"], [1.234], ["1e3"], ["1000000000.00"], ["abc"], [""], [Infinity], [NaN], [null], [true], ["01.5"]])(
    "rejects %j",
    (input) => {
      expect(amountSchema.safeParse(input).success).toBe(false);
    },
  );

  const messageOf = (input: unknown) => amountSchema.safeParse(input).error?.issues[0]?.message;

  it.each([[""], ["   "], ["\t"]])("says an empty amount (%j) is required, not what an amount looks like", (input) => {
    expect(messageOf(input)).toBe("is required");
  });

  it("names the shape for text that is not an amount, and the bound for zero", () => {
    expect(messageOf("abc")).toMatch(/^must be a number greater than 0 and at most 999999999\.99/);
    expect(messageOf("0.00")).toBe("must be greater than 0");
  });
});

describe("formatAmount", () => {
  it("keeps two decimals from decimal strings and Decimal-like values", () => {
    expect(formatAmount("0.3")).toBe("0.30");
    expect(formatAmount({ toFixed: (d: number) => (0.3).toFixed(d) })).toBe("0.30");
    expect(normalizeAmount("10")).toBe("10.00");
  });
});
