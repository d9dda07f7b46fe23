import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrors } from "@/lib/http";
import { buildOpenApiDocument, describeEndpoint, type OpenAPIRegistry } from "@/lib/openapi";
import {
  createRecurringBodySchema,
  endDateProblem,
  patchRecurringBodySchema,
  recurringResponseSchema,
  recurringSchema,
  upcomingListSchema,
  upcomingQuerySchema,
} from "./schemas";

const problems = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : fieldErrors(result.error);
};
const paths = (schema: z.ZodType, input: unknown) => problems(schema, input).map((e) => e.path).sort();

const rent = { type: "expense", amount: "1200", frequency: "monthly", startDate: "2026-01-31" };

describe("createRecurringBodySchema", () => {
  it("normalizes the amount and fills interval and paused", () => {
    expect(createRecurringBodySchema.parse(rent)).toEqual({
      type: "expense",
      amount: "1200.00",
      frequency: "monthly",
      interval: 1,
      startDate: "2026-01-31",
      paused: false,
    });
  });

  it("takes every field of API.md, plus paused", () => {
    const full = {
      ...rent,
      amount: 12.5,
      category: "  Housing ",
      note: "  Rent  ",
      comment: "Flat 3",
      interval: 2,
      endDate: "2026-12-31",
      paused: true,
    };
    expect(createRecurringBodySchema.parse(full)).toEqual({
      ...full,
      amount: "12.50",
      category: "Housing",
      note: "Rent",
    });
  });

  it("reads a form's blanks: no end date, category detected; interval as digits", () => {
    expect(createRecurringBodySchema.parse({ ...rent, endDate: "", category: " ", interval: "3" })).toMatchObject({
      endDate: null,
      category: null,
      interval: 3,
    });
  });

  it("requires type, amount, frequency and startDate", () => {
    expect(paths(createRecurringBodySchema, {})).toEqual(["amount", "frequency", "startDate", "type"]);
  });

  it.each([0, 366, 1.5, -1, "abc", "", "1e2", null, true])("refuses interval %j", (interval) => {
    expect(paths(createRecurringBodySchema, { ...rent, interval })).toEqual(["interval"]);
  });

  it.each([1, 365, "365"])("accepts interval %j", (interval) => {
    expect(createRecurringBodySchema.parse({ ...rent, interval }).interval).toBe(Number(interval));
  });

  it.each(["hourly", "Monthly", "", null])("refuses frequency %j", (frequency) => {
    expect(paths(createRecurringBodySchema, { ...rent, frequency })).toEqual(["frequency"]);
  });

  it.each(["1899-12-31", "2025-02-29", "2026-13-01", "31/01/2026", ""])("refuses startDate %j", (startDate) => {
    expect(paths(createRecurringBodySchema, { ...rent, startDate })).toEqual(["startDate"]);
  });

  it("accepts a startDate of 1900-01-01 and a 29 Feb in a leap year", () => {
    expect(createRecurringBodySchema.safeParse({ ...rent, startDate: "1900-01-01" }).success).toBe(true);
    expect(createRecurringBodySchema.safeParse({ ...rent, startDate: "2024-02-29" }).success).toBe(true);
  });

  it("endDate: on or after startDate, the error on endDate", () => {
    expect(problems(createRecurringBodySchema, { ...rent, endDate: "2026-01-30" })).toEqual([
      { path: "endDate", message: "must be on or after startDate" },
    ]);
    expect(createRecurringBodySchema.parse({ ...rent, endDate: "2026-01-31" }).endDate).toBe("2026-01-31");
    expect(createRecurringBodySchema.parse({ ...rent, endDate: null }).endDate).toBeNull();
    expect(paths(createRecurringBodySchema, { ...rent, endDate: "2026-02-30" })).toEqual(["endDate"]);
  });

  it("category: a name of 1–40 characters", () => {
    expect(createRecurringBodySchema.parse({ ...rent, category: "x".repeat(40) }).category).toHaveLength(40);
    expect(paths(createRecurringBodySchema, { ...rent, category: "x".repeat(41) })).toEqual(["category"]);
    expect(paths(createRecurringBodySchema, { ...rent, category: 7 })).toEqual(["category"]);
    expect(createRecurringBodySchema.parse({ ...rent, category: null }).category).toBeNull();
  });

  it("note and comment have the transaction's limits", () => {
    expect(paths(createRecurringBodySchema, { ...rent, note: "n".repeat(201), comment: "c".repeat(2001) })).toEqual([
      "comment",
      "note",
    ]);
    expect(createRecurringBodySchema.parse({ ...rent, note: "n".repeat(200), comment: null })).toMatchObject({ comment: "" });
  });

  it("refuses the transaction's other fields and unknown ones", () => {
    expect(problems(createRecurringBodySchema, { ...rent, date: "2026-01-01", nextDate: "2026-02-28" })).toEqual([
      { path: "date", message: "Unknown field." },
      { path: "nextDate", message: "Unknown field." },
    ]);
  });

  it("refuses a type and amount a transaction refuses", () => {
    expect(paths(createRecurringBodySchema, { ...rent, type: "transfer", amount: "0" })).toEqual(["amount", "type"]);
    expect(paths(createRecurringBodySchema, { ...rent, paused: "yes" })).toEqual(["paused"]);
  });
});

describe("patchRecurringBodySchema", () => {
  it("takes any one field, with no defaults filled in", () => {
    expect(patchRecurringBodySchema.parse({ paused: true })).toEqual({ paused: true });
    expect(patchRecurringBodySchema.parse({ amount: "9.9" })).toEqual({ amount: "9.90" });
    expect(patchRecurringBodySchema.parse({ interval: 4 })).toEqual({ interval: 4 });
  });

  it("needs at least one field", () => {
    expect(problems(patchRecurringBodySchema, {})).toEqual([{ path: "body", message: "must change at least one field" }]);
  });

  it("null clears the end date and the named category", () => {
    expect(patchRecurringBodySchema.parse({ endDate: null, category: null })).toEqual({ endDate: null, category: null });
    expect(patchRecurringBodySchema.parse({ endDate: "" })).toEqual({ endDate: null });
  });

  it("validates what it is given, like POST", () => {
    expect(paths(patchRecurringBodySchema, { interval: 0, frequency: "hourly", startDate: "1899-01-01", x: 1 })).toEqual([
      "frequency",
      "interval",
      "startDate",
      "x",
    ]);
    expect(paths(patchRecurringBodySchema, { startDate: "2026-03-01", endDate: "2026-02-28" })).toEqual(["endDate"]);
    expect(patchRecurringBodySchema.safeParse({ endDate: "2020-01-01" }).success).toBe(true);
  });
});

describe("endDateProblem", () => {
  it("names an end before the start", () => {
    expect(endDateProblem("2026-03-01", "2026-02-28")).toBe("must be on or after startDate");
    expect(endDateProblem("2026-03-01", "2026-03-01")).toBeNull();
    expect(endDateProblem("2026-03-01", null)).toBeNull();
  });
});

describe("upcomingQuerySchema", () => {
  it("days: 1–366, default 30", () => {
    expect(upcomingQuerySchema.parse({})).toEqual({ days: 30 });
    expect(upcomingQuerySchema.parse({ days: "366" })).toEqual({ days: 366 });
    for (const days of ["0", "367", "1.5", "-1", "x"]) expect(paths(upcomingQuerySchema, { days })).toEqual(["days"]);
  });
});

describe("responses", () => {
  const recurring = {
    id: "8d0c1f9e-2b6a-4c1e-9f3a-0e5b7c9d1a2b",
    type: "expense",
    amount: "1200.00",
    category: "Housing",
    categorySource: "manual",
    note: "Rent",
    comment: "",
    frequency: "monthly",
    interval: 1,
    startDate: "2026-01-31",
    endDate: null,
    nextDate: "2026-02-28",
    paused: false,
    createdAt: "2026-01-20T10:00:00.000Z",
  };

  it("a recurring has API.md's fields and paused", () => {
    expect(recurringResponseSchema.parse({ recurring })).toEqual({ recurring });
    expect(Object.keys(recurringSchema.shape).sort()).toEqual(Object.keys(recurring).sort());
  });

  it("become named OpenAPI components", () => {
    const common = { tag: "Recurring", auth: true, errors: [] };
    const contribute = (registry: OpenAPIRegistry) => {
      describeEndpoint(registry, {
        ...common,
        method: "post",
        path: "/api/recurring",
        summary: "create",
        body: createRecurringBodySchema,
        success: { status: 201, description: "Created", schema: recurringResponseSchema },
      });
      describeEndpoint(registry, {
        ...common,
        method: "patch",
        path: "/api/recurring/[id]",
        summary: "patch",
        body: patchRecurringBodySchema,
        success: { status: 200, description: "Changed", schema: recurringResponseSchema },
      });
      describeEndpoint(registry, {
        ...common,
        method: "get",
        path: "/api/recurring/upcoming",
        summary: "upcoming",
        query: upcomingQuerySchema,
        success: { status: 200, description: "Upcoming", schema: upcomingListSchema },
      });
    };
    const document = buildOpenApiDocument([contribute], "http://localhost");
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(["Recurring", "CreateRecurring", "PatchRecurring", "UpcomingOccurrence"]));
    expect(schemas.Recurring).toMatchObject({ required: expect.arrayContaining(["nextDate", "paused", "interval"]) });
    expect(schemas.CreateRecurring).toMatchObject({ additionalProperties: false, required: ["type", "amount", "frequency", "startDate"] });
  });
});
