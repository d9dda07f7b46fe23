import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCents } from "@/lib/money";
import { decimalSeparatorVote, readAmount } from "./read-amount";

describe("readAmount", () => {
  it.each([
    ["12.50", ".", "12.50", false],
    ["-12.5", ".", "12.50", true],
    ["+7", ".", "7.00", false],
    [".5", ".", "0.50", false],
    ["0012.00", ".", "12.00", false],
    ["1,234.56", ".", "1234.56", false],
    ["-1,234,567.89", ".", "1234567.89", true],
    ["1,23,456.78", ".", "123456.78", false],
    ["1 234.56", ".", "1234.56", false],
    ["1'234.56", ".", "1234.56", false],
    ["1.234,56", ",", "1234.56", false],
    ["-12,50", ",", "12.50", true],
    ["12,50-", ",", "12.50", true],
    ["1 234,56 €", ",", "1234.56", false],
    ["$12.50", ".", "12.50", false],
    ["-$12.50", ".", "12.50", true],
    ["$-12.50", ".", "12.50", true],
    ["£1,250.00", ".", "1250.00", false],
    ["€ 9,99", ",", "9.99", false],
    ["₹1,23,456.00", ".", "123456.00", false],
    ["Rs. 500", ".", "500.00", false],
    ["Rs.500.75", ".", "500.75", false],
    ["INR 2,000.00", ".", "2000.00", false],
    ["12.50 USD", ".", "12.50", false],
    ["(15.49)", ".", "15.49", true],
    ["($1,000.00)", ".", "1000.00", true],
    ["1,234.00 Dr", ".", "1234.00", true],
    ["500.00 CR", ".", "500.00", false],
    ["\u221212.50", ".", "12.50", true],
    ["999999999.99", ".", "999999999.99", false],
    ["0.00", ".", "0.00", false],
  ] as const)("reads %j (decimal %j) as %j", (text, separator, amount, negative) => {
    expect(readAmount(text, separator)).toEqual({ amount, negative });
  });

  it("returns null for an empty cell", () => {
    expect(readAmount("  ", ".")).toBeNull();
  });

  it.each([
    ["12.345", ".", "at most two decimals"],
    ["1,234", ",", "at most two decimals"],
    ["-12,345", ",", "at most two decimals"],
    ["1000000000.00", ".", "at most 999999999.99"],
    ["1,00,00,00,000.00", ".", "at most 999999999.99"],
    ["abc", ".", "must be an amount"],
    ["12,50", ".", "must be an amount"],
    ["1.2.3", ".", "must be an amount"],
    ["1,2345.00", ".", "must be an amount"],
    ["--5", ".", "must be an amount"],
    ["+-5", ".", "must be an amount"],
    ["(-5)", ".", "must be an amount"],
    ["1e5", ".", "must be an amount"],
    ["$", ".", "must be an amount"],
    ["12.50 apples", ".", "must be an amount"],
  ] as const)("refuses %j (decimal %j): %s", (text, separator, message) => {
    expect(readAmount(text, separator)?.error).toContain(message);
  });

  it("reads any amount written with grouping and either separator", () => {
    const groups = (digits: string, mark: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, mark);
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 99_999_999_999n }), fc.boolean(), fc.boolean(), (cents, comma, negative) => {
        const amount = fromCents(cents);
        const [whole, fraction] = amount.split(".") as [string, string];
        const text = comma ? `${groups(whole, ".")},${fraction}` : `${groups(whole, ",")}.${fraction}`;
        expect(readAmount(`${negative ? "-" : ""}${text}`, comma ? "," : ".")).toEqual({ amount, negative });
      }),
    );
  });
});

describe("decimalSeparatorVote", () => {
  it.each([
    ["1.234,56", ","],
    ["-12,50", ","],
    ["12,5", ","],
    ["1.234", ","],
    ["1,234.56", "."],
    ["12.50", "."],
    ["1,234", "."],
    ["1,23,456", "."],
    ["£1,250.00", "."],
    ["1250", null],
    ["12.3456", null],
  ] as const)("%j votes %j", (text, vote) => {
    expect(decimalSeparatorVote(text)).toBe(vote);
  });
});
