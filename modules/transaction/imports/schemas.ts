// The import endpoints' shapes (API.md, Export and import). Pure.
import { z } from "zod";
import { CATEGORY_SOURCES, transactionTypeSchema } from "../schemas";
import { DATE_FORMATS, DECIMAL_SEPARATORS, DELIMITERS, MAPPED_FIELDS } from "../csv";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const PREVIEW_ROWS = 50;

const columnRef = z.union([z.string().min(1).max(200), z.number().int().min(0).max(1000)], {
  error: "must be a header name or a 0-based column index",
});

export const columnsSchema = z
  .strictObject(Object.fromEntries(MAPPED_FIELDS.map((field) => [field, columnRef.optional()])) as Record<(typeof MAPPED_FIELDS)[number], z.ZodOptional<typeof columnRef>>)
  .meta({ description: "Our fields mapped to the file's header names (or 0-based indexes without a header)" });

/** POST /api/imports/{id}/commit: overrides of what was detected. */
export const commitImportBodySchema = z
  .strictObject({
    columns: columnsSchema.optional(),
    dateFormat: z.enum(DATE_FORMATS, { error: `must be one of ${DATE_FORMATS.join(", ")}` }).optional(),
    decimalSeparator: z.enum(DECIMAL_SEPARATORS, { error: 'must be "." or ","' }).optional(),
    skipDuplicates: z.boolean({ error: "must be true or false" }).optional().meta({ description: "Default true: rows the user already has are not recorded again" }),
  })
  .meta({ id: "CommitImport" });
export type CommitImportInput = z.output<typeof commitImportBodySchema>;

const rowErrorSchema = z.object({ path: z.string(), message: z.string() });

export const importRowSchema = z
  .object({
    row: z.number().int().meta({ description: "The file's line, from 1, the header included" }),
    date: z.string().nullable(),
    type: transactionTypeSchema.nullable(),
    amount: z.string().nullable(),
    category: z.string().nullable(),
    categorySource: z.enum(CATEGORY_SOURCES).nullable(),
    note: z.string(),
    duplicate: z.boolean(),
    errors: z.array(rowErrorSchema),
  })
  .meta({ id: "ImportRow" });
export type ImportRow = z.output<typeof importRowSchema>;

export const detectedSchema = z
  .object({
    delimiter: z.enum(DELIMITERS),
    decimalSeparator: z.enum(DECIMAL_SEPARATORS),
    dateFormat: z.enum(DATE_FORMATS).nullable().meta({ description: "null: the dates fit several formats; give dateFormat on commit" }),
    header: z.boolean(),
    columns: columnsSchema,
  })
  .meta({ id: "ImportDetected" });

export const commitResultSchema = z
  .object({
    created: z.number().int(),
    duplicatesSkipped: z.number().int(),
    invalid: z.array(z.object({ row: z.number().int(), errors: z.array(rowErrorSchema) })),
  })
  .meta({ id: "ImportResult" });
export type CommitResult = z.output<typeof commitResultSchema>;

export const importSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(["preview", "committed"]),
    rows: z.number().int().meta({ description: "Rows of data in the file" }),
    detected: detectedSchema,
    dateFormatCandidates: z.array(z.enum(DATE_FORMATS)).meta({ description: "The date formats the file's dates fit" }),
    preview: z.array(importRowSchema).meta({ description: `The first ${PREVIEW_ROWS} rows as they will be recorded` }),
    duplicates: z.number().int(),
    invalid: z.number().int(),
    result: commitResultSchema.nullable().meta({ description: "What the commit recorded; null before it" }),
  })
  .meta({ id: "Import" });
export type ImportView = z.output<typeof importSchema>;
