// One schema per request and response shape: the route handlers and the
// page's forms validate with them, /api/openapi.json is generated from them
// (STYLE.md §5). Browser-safe: nothing here may reach the server-only code.
import { z } from "zod";
import { amountSchema } from "@/lib/money";
// The transaction module's browser-safe entry, not its index.ts (which loads
// pg): the forms run these schemas in the browser too.
import { categoryNameSchema } from "@/modules/transaction/client";

/** A calendar month; years below 1900 are refused, as for dates. */
export const monthSchema = z
  .string({ error: "must be a month like 2026-11 (YYYY-MM)" })
  .regex(/^(19|[2-9]\d)\d{2}-(0[1-9]|1[0-2])$/, "must be a month like 2026-11 (YYYY-MM), from 1900 on")
  .meta({ description: "A calendar month (YYYY-MM)", example: "2026-11" });

export const MAX_HISTORY_MONTHS = 120;

export const createBudgetBody = z
  .strictObject({
    category: categoryNameSchema.meta({ description: "The name of one of your expense categories", example: "Groceries" }),
    amount: amountSchema,
    rollover: z.boolean({ error: "must be true or false" }).optional().meta({ description: "Carry what is left (or overspent) into the next month; default false" }),
    from: monthSchema.optional().meta({ description: "The first month it applies to; without it, every month" }),
  })
  .meta({ id: "CreateBudget" });
export type CreateBudgetInput = z.output<typeof createBudgetBody>;

/** `category` is not editable: in the body it is an unknown field, so 400 (delete and create instead). */
export const updateBudgetBody = z
  .strictObject({
    amount: amountSchema.optional(),
    rollover: z.boolean({ error: "must be true or false" }).optional(),
    from: monthSchema.optional().meta({ description: "The month the new amount applies from (default: this month); earlier months keep theirs" }),
  })
  .refine((body) => body.amount !== undefined || body.rollover !== undefined, { error: "give amount or rollover", path: ["amount"] })
  .meta({ id: "UpdateBudget" });
export type UpdateBudgetInput = z.output<typeof updateBudgetBody>;

export const listBudgetsQuery = z.strictObject({
  month: monthSchema.optional().meta({ description: "Defaults to this month in the user's time zone" }),
});

export const budgetHistoryQuery = z
  .strictObject({
    from: monthSchema.optional().meta({ description: "Default: 11 months before `to`" }),
    to: monthSchema.optional().meta({ description: "Default: this month" }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: "must be on or after from", path: ["to"] });

const money = (description: string) => z.string().meta({ description, example: "120.50" });

const monthFigures = {
  amount: money("The limit in force that month"),
  carried: money("What came in from the month before (0.00 without rollover); negative after overspending"),
  available: money("amount + carried"),
  spent: money("The month's expenses in the category"),
  remaining: money("available − spent; negative when over"),
  percent: z.number().nullable().meta({ description: "spent / available × 100, one decimal; null when nothing is available", example: 62.5 }),
};

const budgetFields = {
  id: z.uuid(),
  category: z.string().meta({ example: "Groceries" }),
  month: z.string().meta({ description: "The month the figures are for (YYYY-MM)", example: "2026-11" }),
  rollover: z.boolean(),
};

export const budgetSchema = z.object({ ...budgetFields, ...monthFigures }).meta({ id: "Budget" });

/**
 * A budget as POST and PUT answer it. The write happens even while spending
 * can't be read (the read-only connection is down); the spending-based
 * figures are then null.
 */
export const savedBudgetSchema = z
  .object({
    ...budgetFields,
    amount: monthFigures.amount,
    carried: monthFigures.carried.nullable(),
    available: monthFigures.available.nullable(),
    spent: monthFigures.spent.nullable(),
    remaining: monthFigures.remaining.nullable(),
    percent: monthFigures.percent,
  })
  .meta({ id: "SavedBudget" });

export const budgetResponse = z.object({ budget: savedBudgetSchema });

export const budgetListResponse = z.object({
  month: z.string().meta({ example: "2026-11" }),
  items: z.array(budgetSchema),
  totals: z.object({
    amount: money("Sum of the limits"),
    spent: money("Sum of the budgeted categories' spending"),
    available: money("Sum of what is available"),
  }),
});

export const budgetMonthSchema = z.object({ month: z.string(), ...monthFigures }).meta({ id: "BudgetMonth" });
export const budgetHistoryResponse = z.object({ items: z.array(budgetMonthSchema) });

export type Budget = z.output<typeof budgetSchema>;
export type SavedBudget = z.output<typeof savedBudgetSchema>;
export type BudgetMonthFigures = z.output<typeof budgetMonthSchema>;
export type BudgetTotals = z.output<typeof budgetListResponse>["totals"];
