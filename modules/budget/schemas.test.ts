import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/http";
import { createBudgetBody, listBudgetsQuery, monthSchema, updateBudgetBody } from "./schemas";

const problems = (result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) =>
  result.error ? fieldErrors(result.error) : [];

describe("createBudgetBody", () => {
  it("takes an expense category and normalizes the amount", () => {
    expect(createBudgetBody.parse({ category: "Groceries", amount: 450 })).toEqual({ category: "Groceries", amount: "450.00" });
  });

  // Whether the name is one of the user's expense categories is the user's
  // data, checked when saving (tests/integration/budgets.test.ts); the schema
  // checks the shape only.
  it.each([[""], ["x".repeat(61)], [42]])("refuses the category %j", (category) => {
    const errors = problems(createBudgetBody.safeParse({ category, amount: "10" }));
    expect(errors.map((e) => e.path)).toEqual(["category"]);
  });

  it("names missing, invalid and unknown fields", () => {
    const errors = problems(createBudgetBody.safeParse({ amount: "0", limit: 3 }));
    expect(errors.map((e) => e.path).sort()).toEqual(["amount", "category", "limit"]);
  });
});

describe("updateBudgetBody", () => {
  it("refuses a category: it can't change", () => {
    const errors = problems(updateBudgetBody.safeParse({ amount: "10", category: "Groceries" }));
    expect(errors).toEqual([{ path: "category", message: "Unknown field." }]);
  });
});

describe("monthSchema", () => {
  it.each(["2026-01", "2026-12", "1999-07"])("accepts %s", (month) => {
    expect(monthSchema.parse(month)).toBe(month);
  });

  it.each(["2026-13", "2026-00", "2026-1", "26-01", "0000-01", "2026-01-01", " 2026-01", ""])("refuses %j", (month) => {
    expect(monthSchema.safeParse(month).success).toBe(false);
  });

  it("is optional in the list query", () => {
    expect(listBudgetsQuery.parse({})).toEqual({});
  });
});
