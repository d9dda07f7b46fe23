// The recurring endpoints' request and response shapes (API.md, Recurring
// transactions): the route handlers validate with them, the Recurring page's
// form uses them as its resolver, /api/openapi.json is generated from them.
// Pure and browser-safe. Amount, type, dates, note and comment are the
// transaction's own schemas, so a schedule accepts exactly what a transaction does.
//
// Beyond API.md: `paused` (boolean) on create, patch and the response, so the
// page can pause a schedule without deleting it; a paused schedule records
// nothing and lists nothing upcoming.
import { z } from "zod";
import { amountSchema } from "@/lib/money";
import { CATEGORY_SOURCES, calendarDateSchema, categoryNameSchema, createTransactionBodySchema, transactionTypeSchema } from "../schemas";
import { DEFAULT_UPCOMING_DAYS, MAX_UPCOMING_DAYS } from "./due-occurrences";
import { FREQUENCIES, MAX_INTERVAL, MIN_INTERVAL } from "./occurrence-dates";

// The transaction's note and comment: trimmed, length-limited, `null` read as "".
const { note: noteSchema, comment: commentSchema } = createTransactionBodySchema.shape;

// A form sends "" for a field left blank; for endDate and category that means
// "none" (no end; detect the category from the note), so it reads as null.
const blankAsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), schema);

const frequencySchema = z
  .enum(FREQUENCIES, { error: 'must be "daily", "weekly", "monthly" or "yearly"' })
  .meta({ description: "How often the transaction is recorded" });

const intervalMessage = `must be a whole number from ${MIN_INTERVAL} to ${MAX_INTERVAL}`;

const intervalNumberSchema = z
  .number({ error: intervalMessage })
  .int({ error: intervalMessage })
  .min(MIN_INTERVAL, { error: intervalMessage })
  .max(MAX_INTERVAL, { error: intervalMessage });

/** A JSON number, or the digits a form field sends. */
const intervalSchema = z
  .union([intervalNumberSchema, z.string().regex(/^\d{1,3}$/).transform(Number).pipe(intervalNumberSchema)], {
    error: intervalMessage,
  })
  .meta({ description: "Every `interval` days, weeks, months or years", example: 1 });

/** A category name as the user named it; the service resolves it against the user's categories of the schedule's type. */
const categorySchema = categoryNameSchema.meta({
  description: "A category name of the schedule's type (GET /api/categories); null or left out: detected from the note",
});

const endDateSchema = calendarDateSchema
  .nullable()
  .meta({ description: "The last day an occurrence may fall on (inclusive); null: no end", example: "2026-12-31" });

const pausedSchema = z.boolean({ error: "must be true or false" }).meta({ description: "A paused schedule records nothing" });

/** Why endDate can't go with startDate, or null when it can (for PATCH, checked again against the stored schedule). */
export function endDateProblem(startDate: string, endDate: string | null | undefined): string | null {
  return endDate && endDate < startDate ? "must be on or after startDate" : null;
}

function checkEndDate(value: { startDate?: string; endDate?: string | null }, ctx: z.RefinementCtx): void {
  if (value.startDate === undefined) return;
  const problem = endDateProblem(value.startDate, value.endDate);
  if (problem) ctx.addIssue({ code: "custom", path: ["endDate"], message: problem });
}

/** POST /api/recurring. */
export const createRecurringBodySchema = z
  .strictObject({
    type: transactionTypeSchema,
    amount: amountSchema,
    category: blankAsNull(categorySchema.nullable().optional()),
    note: noteSchema,
    comment: commentSchema,
    frequency: frequencySchema,
    interval: intervalSchema.default(1),
    startDate: calendarDateSchema.meta({ description: "The first occurrence", example: "2026-01-31" }),
    endDate: blankAsNull(endDateSchema.optional()),
    paused: pausedSchema.default(false),
  })
  .superRefine(checkEndDate)
  .meta({ id: "CreateRecurring" });

/**
 * PATCH /api/recurring/{id}: any field of POST, at least one. No defaults, so a
 * field left out stays as it is; `endDate: null` removes the end, `category: null`
 * returns the category to detection.
 */
export const patchRecurringBodySchema = z
  .strictObject({
    type: transactionTypeSchema.optional(),
    amount: amountSchema.optional(),
    category: blankAsNull(categorySchema.nullable().optional()),
    note: noteSchema,
    comment: commentSchema,
    frequency: frequencySchema.optional(),
    interval: intervalSchema.optional(),
    startDate: calendarDateSchema.optional(),
    endDate: blankAsNull(endDateSchema.optional()),
    paused: pausedSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (Object.values(value).every((field) => field === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "must change at least one field" });
    }
    checkEndDate(value, ctx);
  })
  .meta({ id: "PatchRecurring" });

export type CreateRecurringInput = z.output<typeof createRecurringBodySchema>;
export type PatchRecurringInput = z.output<typeof patchRecurringBodySchema>;

/** GET /api/recurring/upcoming. */
export const upcomingQuerySchema = z.strictObject({
  days: z
    .string()
    .regex(/^\d{1,3}$/, { error: `must be a whole number from 1 to ${MAX_UPCOMING_DAYS}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, { error: "must be at least 1" })
        .max(MAX_UPCOMING_DAYS, { error: `must be at most ${MAX_UPCOMING_DAYS}` }),
    )
    .optional()
    .transform((days) => days ?? DEFAULT_UPCOMING_DAYS)
    .meta({ description: `Days from tomorrow on, 1 to ${MAX_UPCOMING_DAYS} (default ${DEFAULT_UPCOMING_DAYS})`, example: "30" }),
});

export type UpcomingQuery = z.output<typeof upcomingQuerySchema>;

// ---------------------------------------------------------------- responses

const dateField = (description: string) => z.string().meta({ description, example: "2026-01-31" });

export const recurringSchema = z
  .object({
    id: z.uuid(),
    type: transactionTypeSchema,
    amount: z.string().meta({ description: "Decimal string, two decimals", example: "1200.00" }),
    category: z.string().meta({ description: "The category each occurrence is recorded in", example: "Housing" }),
    categorySource: z.enum(CATEGORY_SOURCES).meta({ description: '"auto": detected from the note; "manual": named' }),
    note: z.string(),
    comment: z.string(),
    frequency: z.enum(FREQUENCIES),
    interval: z.number().int().min(MIN_INTERVAL).max(MAX_INTERVAL),
    startDate: dateField("The first occurrence"),
    endDate: dateField("The last day an occurrence may fall on; null: no end").nullable(),
    nextDate: dateField("The first occurrence not yet recorded; null once the schedule has ended").nullable(),
    paused: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Recurring" });

export type Recurring = z.output<typeof recurringSchema>;

export const recurringResponseSchema = z.object({ recurring: recurringSchema });

export const recurringListSchema = z.object({ items: z.array(recurringSchema) });

export const upcomingOccurrenceSchema = z
  .object({
    recurringId: z.uuid(),
    date: dateField("When the transaction will be recorded"),
    type: transactionTypeSchema,
    amount: z.string().meta({ example: "1200.00" }),
    category: z.string(),
    note: z.string(),
  })
  .meta({ id: "UpcomingOccurrence" });

export const upcomingListSchema = z.object({ items: z.array(upcomingOccurrenceSchema) });

export type UpcomingOccurrenceItem = z.output<typeof upcomingOccurrenceSchema>;
