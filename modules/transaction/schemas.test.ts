import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrors } from "@/lib/http";
import { encodeCursor } from "./cursor";
import {
  createTransactionBodySchema,
  detectCategoryQuerySchema,
  isCalendarDate,
  listTransactionsQuerySchema,
  patchTransactionBodySchema,
  replaceTransactionBodySchema,
  transactionFiltersQuerySchema,
} from "./schemas";

/** The `errors[]` a 400 would carry. */
const problems = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : fieldErrors(result.error);
};
const paths = (schema: z.ZodType, input: unknown) => problems(schema, input).map((e) => e.path).sort();

describe("isCalendarDate", () => {
  it.each(["2026-01-31", "2024-02-29", "2026-12-01", "1900-01-01"])("accepts %s", (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });
  it.each(["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "26-01-01", "1899-12-31", "2026-01-31T00:00:00Z", ""])(
    "refuses %j",
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );
});

describe("createTransactionBodySchema", () => {
  it("normalizes the amount and leaves out what was not given", () => {
    expect(createTransactionBodySchema.parse({ amount: 12.5, type: "expense" })).toEqual({ amount: "12.50", type: "expense" });
  });

  it("reads a form's strings like JSON, blank date and category as not given", () => {
    const form = { amount: "7", type: "income", date: "", category: "", note: "  Salary  ", comment: "" };
    expect(createTransactionBodySchema.parse(form)).toEqual({
      amount: "7.00",
      type: "income",
      date: undefined,
      category: undefined,
      note: "Salary",
      comment: "",
    });
  });

  it.each([
    ["amount 0", { amount: "0" }, "amount"],
    ["a negative amount", { amount: "-5" }, "amount"],
    ["three decimals", { amount: "1.005" }, "amount"],
    ["a too large amount", { amount: "1000000000.00" }, "amount"],
    ["a float-ish amount", { amount: 0.1 + 0.2 }, "amount"],
    ["a bad type", { type: "transfer" }, "type"],
    ["February 30th", { date: "2026-02-30" }, "date"],
    ["a note over 200 characters", { note: "n".repeat(201) }, "note"],
    ["a comment over 2000 characters", { comment: "c".repeat(2001) }, "comment"],
    ["a category name over 40 characters", { category: "c".repeat(41) }, "category"],
    ["an unknown field", { currency: "EUR" }, "currency"],
  ])("names the field for %s", (_, change, path) => {
    expect(paths(createTransactionBodySchema, { amount: "10", type: "expense", ...change })).toEqual([path]);
  });

  it("names every missing required field", () => {
    expect(paths(createTransactionBodySchema, {})).toEqual(["amount", "type"]);
  });

  // Whether the user has the category, and of the right type, is the service's to say
  // (choose-category.test.ts, tests/integration/categories.test.ts): categories are data.
});

describe("replaceTransactionBodySchema", () => {
  it("requires amount, type and date", () => {
    expect(paths(replaceTransactionBodySchema, { note: "x" })).toEqual(["amount", "date", "type"]);
    expect(paths(replaceTransactionBodySchema, { amount: "1", type: "expense", date: "" })).toEqual(["date"]);
  });
});

describe("patchTransactionBodySchema", () => {
  it("takes any subset, and category null", () => {
    expect(patchTransactionBodySchema.parse({})).toEqual({});
    expect(patchTransactionBodySchema.parse({ category: null })).toEqual({ category: null });
    expect(patchTransactionBodySchema.parse({ note: null })).toEqual({ note: "" });
  });

  it("refuses unknown fields", () => {
    expect(paths(patchTransactionBodySchema, { id: "x" })).toEqual(["id"]);
  });
});

describe("listTransactionsQuerySchema", () => {
  it("defaults to every type and no filter", () => {
    expect(listTransactionsQuerySchema.parse({})).toEqual({ type: "all", category: [] });
  });

  it("reads repeated and blank parameters like a browser sends them", () => {
    expect(
      listTransactionsQuerySchema.parse({ type: "", category: ["Groceries", "", "Transport"], from: "", q: " coffee ", limit: "5" }),
    ).toEqual({ type: "all", category: ["Groceries", "Transport"], from: undefined, q: "coffee", limit: 5 });
    expect(listTransactionsQuerySchema.parse({ category: "" }).category).toEqual([]);
  });

  it("decodes the cursor", () => {
    const position = { date: "2026-01-02", createdAt: "2026-01-02T10:00:00.000Z", id: "0b7c9a0e-55a4-4d36-9f1e-2f3c1a6b8d90" };
    expect(listTransactionsQuerySchema.parse({ cursor: encodeCursor(position) }).cursor).toEqual(position);
  });

  it.each([
    ["limit 201", { limit: "201" }, "limit"],
    ["limit 0", { limit: "0" }, "limit"],
    ["limit 2.5", { limit: "2.5" }, "limit"],
    ["a bad cursor", { cursor: "nope" }, "cursor"],
    ["a bad type", { type: "transfers" }, "type"],
    ["a category name over 40 characters", { category: ["Groceries", "c".repeat(41)] }, "category"],
    ["an impossible date", { from: "2026-02-30" }, "from"],
    ["to before from", { from: "2026-02-01", to: "2026-01-31" }, "to"],
    ["an unknown parameter", { page: "2" }, "page"],
  ])("names the parameter for %s", (_, query, path) => {
    expect(paths(listTransactionsQuerySchema, query)).toEqual([path]);
  });
});

describe("transactionFiltersQuerySchema", () => {
  it("takes the list's filters but not its paging", () => {
    expect(transactionFiltersQuerySchema.parse({ type: "expense", category: "Groceries" })).toEqual({
      type: "expense",
      category: ["Groceries"],
    });
    expect(paths(transactionFiltersQuerySchema, { limit: "5" })).toEqual(["limit"]);
  });
});

describe("detectCategoryQuerySchema", () => {
  it("defaults to an expense and empty text", () => {
    expect(detectCategoryQuerySchema.parse({})).toEqual({ text: "", type: "expense" });
  });
  it("refuses another type", () => {
    expect(paths(detectCategoryQuerySchema, { text: "x", type: "transfer" })).toEqual(["type"]);
  });
});
