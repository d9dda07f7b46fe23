import { describe, expect, it } from "vitest";
import { currencyChoices, currencyForLanguages } from "./currency-options";

describe("currencyForLanguages", () => {
  it.each([
    ["en-US,en;q=0.9", "USD"],
    ["de-CH,de;q=0.9", "CHF"],
    ["fr", "EUR"],
    ["en-GB", "GBP"],
    ["ja", "JPY"],
    ["x-invalid, pt-BR", "BRL"],
    ["*", "USD"],
    [null, "USD"],
  ])("picks %s → %s", (header, currency) => {
    expect(currencyForLanguages(header)).toBe(currency);
  });
});

describe("currencyChoices", () => {
  it("lists the common currencies first and every other one once", () => {
    const { common, other } = currencyChoices();
    expect(common[0]).toEqual({ code: "USD", label: "USD · US Dollar" });
    const codes = [...common, ...other].map((option) => option.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(Intl.supportedValuesOf("currency")));
  });
});
