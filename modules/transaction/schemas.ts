// One schema per request and response shape (STYLE.md §5): the route handlers
// validate with them, the browser form uses them as its resolver, and
// /api/openapi.json is generated from them. Pure: shared with the browser.
import { z } from "zod";
import { amountSchema } from "@/lib/money";
import type { TransactionType } from "./categories";
import { decodeCursor, type Cursor } from "./cursor";

export const NOTE_MAX_LENGTH = 200;
export const COMMENT_MAX_LENGTH = 2000;
export const SEARCH_MAX_LENGTH = 200;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const TRANSACTION_TYPES = ["income", "expense"] as const satisfies readonly TransactionType[];
export const CATEGORY_SOURCES = ["auto", "manual"] as const;
export type CategorySource = (typeof CATEGORY_SOURCES)[number];

// HTML forms (and the filter form's GET query) send an empty string for a field
// left blank; it means "not given", in every encoding alike.
export const blankAsMissing = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema);

export const transactionTypeSchema = z.enum(TRANSACTION_TYPES, { error: 'must be "income" or "expense"' });

export const CATEGORY_NAME_MAX_LENGTH = 40;
export const KEYWORD_MAX_LENGTH = 60;
export const MAX_KEYWORDS_PER_CATEGORY = 300;

/** A category's name as the user wrote it; whether the user has it is checked against their categories. */
export const categoryNameSchema = z
  .string({ error: "must be a category name" })
  .trim()
  .min(1, { error: "must not be empty" })
  .max(CATEGORY_NAME_MAX_LENGTH, { error: `must be at most ${CATEGORY_NAME_MAX_LENGTH} characters` })
  .meta({ description: "A category name as listed by GET /api/categories (case-insensitive)", example: "Groceries" });

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const calendarDateSchema = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .refine(isCalendarDate, { error: "must be a real calendar date written YYYY-MM-DD, from 1900 on" })
  .meta({ description: "Calendar date, YYYY-MM-DD", example: "2026-01-31" });

/** Free text, trimmed; `null` reads as empty. */
export const textSchema = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullable()
    .transform((value) => value ?? "");

const createFields = {
  amount: amountSchema,
  type: transactionTypeSchema,
  date: blankAsMissing(calendarDateSchema.optional()),
  note: textSchema(NOTE_MAX_LENGTH).optional().meta({ description: "Short text the category is detected from" }),
  comment: textSchema(COMMENT_MAX_LENGTH).optional(),
  // `null` or blank: detect it, as when it is left out.
  category: blankAsMissing(categoryNameSchema.nullable().optional()),
};

/** POST /api/transactions (JSON, multipart or urlencoded). */
export const createTransactionBodySchema = z
  .strictObject(createFields)
  .meta({ id: "CreateTransaction" });

/** PUT /api/transactions/{id}: create's body with every required field, date included. */
export const replaceTransactionBodySchema = z
  .strictObject({ ...createFields, date: blankAsMissing(calendarDateSchema) })
  .meta({ id: "ReplaceTransaction" });

/** PATCH /api/transactions/{id}: any create field; `category: null` returns it to detection. */
export const patchTransactionBodySchema = z
  .strictObject({
    amount: amountSchema.optional(),
    type: transactionTypeSchema.optional(),
    date: blankAsMissing(calendarDateSchema.optional()),
    note: textSchema(NOTE_MAX_LENGTH).optional(),
    comment: textSchema(COMMENT_MAX_LENGTH).optional(),
    category: blankAsMissing(categoryNameSchema.nullable().optional()),
  })
  .meta({ id: "PatchTransaction" });

export type CreateTransactionInput = z.output<typeof createTransactionBodySchema>;
export type ReplaceTransactionInput = z.output<typeof replaceTransactionBodySchema>;
export type PatchTransactionInput = z.output<typeof patchTransactionBodySchema>;

// ------------------------------------------------------------------ queries

// `category=` may repeat; blank values (the filter form's "All categories") are
// skipped. The names are checked against the user's categories by the
// service, naming the parameter `category` as API.md wants.
const categoryFilterSchema = z
  .union([z.string(), z.array(z.string())], { error: "must be a category name" })
  .optional()
  .transform((value, ctx) => {
    const names = [value ?? []].flat().map((name) => name.trim()).filter((name) => name !== "");
    if (names.some((name) => name.length > CATEGORY_NAME_MAX_LENGTH)) {
      ctx.addIssue({ code: "custom", message: `a category name has at most ${CATEGORY_NAME_MAX_LENGTH} characters` });
    }
    return [...new Set(names)];
  })
  .meta({ description: "A category name; repeatable: category=Groceries&category=Transport" });

const filterFields = {
  type: blankAsMissing(
    z.enum(["all", ...TRANSACTION_TYPES], { error: 'must be "all", "income" or "expense"' }).default("all"),
  ),
  category: categoryFilterSchema,
  from: blankAsMissing(calendarDateSchema.optional()),
  to: blankAsMissing(calendarDateSchema.optional()),
  q: blankAsMissing(
    z
      .string()
      .trim()
      .max(SEARCH_MAX_LENGTH, { error: `must be at most ${SEARCH_MAX_LENGTH} characters` })
      .optional()
      .meta({ description: "Case-insensitive text in the note or the comment" }),
  ),
};

type Filters = { type: "all" | TransactionType; category: string[]; from?: string; to?: string };

function checkFilters(value: Filters, ctx: z.RefinementCtx): void {
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "must be on or after from" });
  }
}

const limitSchema = z
  .string()
  .regex(/^\d{1,4}$/, { error: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  .transform(Number)
  .pipe(z.number().min(1, { error: "must be at least 1" }).max(MAX_PAGE_SIZE, { error: `must be at most ${MAX_PAGE_SIZE}` }))
  .meta({ description: `Page size, 1 to ${MAX_PAGE_SIZE}`, example: "50" });

const cursorSchema = z
  .string()
  .transform((text, ctx): Cursor => {
    const cursor = decodeCursor(text);
    if (cursor) return cursor;
    ctx.addIssue({ code: "custom", message: "is not a cursor from a previous page" });
    return z.NEVER;
  })
  .meta({ description: "nextCursor of the previous page" });

/** GET /api/transactions/summary: the list's filters. */
export const transactionFiltersQuerySchema = z.strictObject(filterFields).superRefine(checkFilters);

/** GET /api/transactions/export: the list's filters, and the format (only CSV). */
export const exportTransactionsQuerySchema = z
  .strictObject({ ...filterFields, format: blankAsMissing(z.enum(["csv"], { error: 'must be "csv"' }).default("csv")) })
  .superRefine(checkFilters);

/** GET /api/transactions. */
export const listTransactionsQuerySchema = z
  .strictObject({
    ...filterFields,
    limit: blankAsMissing(limitSchema.optional()),
    cursor: blankAsMissing(cursorSchema.optional()),
  })
  .superRefine(checkFilters);

export type TransactionFiltersQuery = z.output<typeof transactionFiltersQuerySchema>;
export type ListTransactionsQuery = z.output<typeof listTransactionsQuerySchema>;

/** GET /api/categories/detect. */
export const detectCategoryQuerySchema = z.strictObject({
  text: z.string().max(COMMENT_MAX_LENGTH, { error: `must be at most ${COMMENT_MAX_LENGTH} characters` }).default(""),
  type: blankAsMissing(transactionTypeSchema.default("expense")),
});

// ---------------------------------------------------------------- responses

export const transactionSchema = z
  .object({
    id: z.uuid(),
    type: transactionTypeSchema,
    amount: z.string().meta({ description: "Decimal string, two decimals", example: "12.50" }),
    category: z.string(),
    categorySource: z.enum(CATEGORY_SOURCES),
    date: z.string().meta({ example: "2026-01-31" }),
    note: z.string(),
    comment: z.string(),
    recurringId: z.uuid().nullable().meta({ description: "The schedule that recorded it; null when recorded by hand" }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Transaction" });

export type Transaction = z.output<typeof transactionSchema>;

export const transactionResponseSchema = z.object({ transaction: transactionSchema });

export const transactionPageSchema = z.object({
  items: z.array(transactionSchema),
  nextCursor: z.string().nullable(),
});

export type TransactionPage = z.output<typeof transactionPageSchema>;

export const transactionSummarySchema = z
  .object({
    income: z.string().meta({ example: "2500.00" }),
    expense: z.string().meta({ example: "1234.56" }),
    balance: z.string().meta({ description: "income − expense; negative when more went out", example: "1265.44" }),
    count: z.number().int(),
  })
  .meta({ id: "TransactionSummary" });

export type TransactionSummary = z.output<typeof transactionSummarySchema>;

// ---------------------------------------------------------------- categories

export const categorySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    type: transactionTypeSchema,
    keywords: z.array(z.string()).meta({ description: "The keywords detection uses for this category" }),
    builtin: z.boolean().meta({ description: "One of the default set (perhaps renamed)" }),
  })
  .meta({ id: "Category" });

export type CategoryView = z.output<typeof categorySchema>;

export const categoryResponseSchema = z.object({ category: categorySchema });
export const categoryListSchema = z.object({ items: z.array(categorySchema) });

const keywordListSchema = z
  .array(
    z
      .string({ error: "must be text" })
      .trim()
      .min(1, { error: "must not be empty" })
      .max(KEYWORD_MAX_LENGTH, { error: `must be at most ${KEYWORD_MAX_LENGTH} characters` }),
    { error: "must be a list of keywords" },
  )
  .max(MAX_KEYWORDS_PER_CATEGORY, { error: `must have at most ${MAX_KEYWORDS_PER_CATEGORY} keywords` });

/** POST /api/categories. */
export const createCategoryBodySchema = z
  .strictObject({ name: categoryNameSchema, type: transactionTypeSchema, keywords: keywordListSchema.optional() })
  .meta({ id: "CreateCategory" });

/** PATCH /api/categories/{id}: `keywords` replaces the list. */
export const patchCategoryBodySchema = z
  .strictObject({ name: categoryNameSchema.optional(), keywords: keywordListSchema.optional() })
  .refine((body) => body.name !== undefined || body.keywords !== undefined, {
    error: "give name or keywords",
    path: ["body"],
    // Only for a body that is otherwise right: an unknown field is the error to report.
    when: (payload) => payload.issues.length === 0,
  })
  .meta({ id: "PatchCategory" });

/** GET /api/categories. */
export const listCategoriesQuerySchema = z.strictObject({ type: blankAsMissing(transactionTypeSchema.optional()) });

/** DELETE /api/categories/{id}. */
export const deleteCategoryQuerySchema = z.strictObject({
  moveTo: blankAsMissing(categoryNameSchema.optional()).meta({
    description: "Where its transactions go: a category of the same type (default: Other / Other Income)",
  }),
});

export type CreateCategoryInput = z.output<typeof createCategoryBodySchema>;
export type PatchCategoryInput = z.output<typeof patchCategoryBodySchema>;

export const detectionSchema = z.object({
  category: z.string(),
  matched: z.string().nullable().meta({ description: "The keyword that decided; null on the fallback" }),
});
