// One schema per request and response shape: the route handlers and the
// page's forms validate with them, /api/openapi.json is generated from them
// (STYLE.md §5). Browser-safe: nothing here may reach the server-only code.
import { z } from "zod";
import { amountSchema } from "@/lib/money";
// The transaction module's browser-safe entry, not its index.ts (which loads
// Prisma): the forms run these schemas in the browser too.
import { EXPENSE_CATEGORY_NAMES, findCategory } from "@/modules/transaction/client";

/** A calendar month; years below 1000 are refused because PostgreSQL's DATE has no year 0. */
export const monthSchema = z
  .string({ error: "must be a month like 2026-11 (YYYY-MM)" })
  .regex(/^[1-9]\d{3}-(0[1-9]|1[0-2])$/, "must be a month like 2026-11 (YYYY-MM)")
  .meta({ description: "A calendar month (YYYY-MM)", example: "2026-11" });

/** A budget's category: the name of an expense category (API.md: unknown or income is 400). */
export const budgetCategorySchema = z
  .string({ error: "must be the name of an expense category" })
  .superRefine((name, ctx) => {
    const category = findCategory(name);
    if (!category) {
      ctx.addIssue({ code: "custom", message: "is not a known category; see GET /api/categories" });
    } else if (category.type !== "expense") {
      ctx.addIssue({ code: "custom", message: "is an income category; budgets limit expense categories only" });
    }
  })
  .meta({ description: "The name of an expense category", enum: [...EXPENSE_CATEGORY_NAMES], example: "Groceries" });

export const createBudgetBody = z.strictObject({ category: budgetCategorySchema, amount: amountSchema });
export type CreateBudgetInput = z.output<typeof createBudgetBody>;

/** `amount` is the only editable field: a `category` in the body is an unknown field, so 400. */
export const updateBudgetBody = z.strictObject({ amount: amountSchema });
export type UpdateBudgetInput = z.output<typeof updateBudgetBody>;

export const listBudgetsQuery = z.object({
  month: monthSchema.optional().meta({ description: "Defaults to this month in the user's time zone" }),
});

const money = (description: string) => z.string().meta({ description, example: "120.50" });

const budgetFields = {
  id: z.uuid(),
  category: z.string().meta({ example: "Groceries" }),
  amount: money("The monthly limit"),
  month: z.string().meta({ description: "The month the figures are for (YYYY-MM)", example: "2026-11" }),
};

const figures = {
  spent: money("The month's expenses in the category"),
  remaining: money("amount − spent; negative when over the limit"),
  percent: z.number().meta({ description: "spent / amount × 100, rounded to one decimal", example: 62.5 }),
};

export const budgetSchema = z.object({ ...budgetFields, ...figures }).meta({ id: "Budget" });

/**
 * A budget as POST and PUT answer it. The write happens even while spending
 * can't be read (the read-only connection is down); the figures are then null.
 */
export const savedBudgetSchema = z
  .object({
    ...budgetFields,
    spent: figures.spent.nullable(),
    remaining: figures.remaining.nullable(),
    percent: figures.percent.nullable(),
  })
  .meta({ id: "SavedBudget" });

export const budgetResponse = z.object({ budget: savedBudgetSchema });

export const budgetListResponse = z.object({
  month: z.string().meta({ example: "2026-11" }),
  items: z.array(budgetSchema),
  totals: z.object({ amount: money("Sum of the limits"), spent: money("Sum of the budgeted categories' spending") }),
});

export type Budget = z.output<typeof budgetSchema>;
export type SavedBudget = z.output<typeof savedBudgetSchema>;
export type BudgetTotals = z.output<typeof budgetListResponse>["totals"];
