// POST /api/imports, its commit and GET (API.md, Export and import): a CSV is
// read as it would be recorded (detected format, categories named or
// detected, duplicates marked), then committed, every valid row in one
// database transaction; the totals follow by trigger, in batches of rows.
import { AppError, invalidField, notFound, validationFailed } from "@/lib/http";
import { countTransactionCreated } from "@/lib/metrics";
import { slots } from "@/lib/slots";
import { columnMappingProblems, CsvOptionsError, decodeCsvBytes, markDuplicates, parseCsv, previewCsv, type CsvFormat, type ParsedRow } from "../csv";
import { isUuid } from "../cursor";
import { detectTransactionCategory } from "../detect-transaction-category";
import { inTransaction, insertTransactionRows } from "../transaction-repository";
import { userCategories, type UserCategories } from "../user-categories";
import { countExisting, findImport, insertImport, lockForCommit, markCommitted, type ImportRecord } from "./import-repository";
import { PREVIEW_ROWS, type CommitImportInput, type CommitResult, type ImportRow, type ImportView } from "./schemas";

const INSERT_BATCH = 5_000;

type ReadRow = ImportRow & { comment: string; categoryId: string | null };

/** Each row's category: one the file names that the user has (manual), else detected from the note (auto). */
function withCategories(rows: readonly ParsedRow[], categories: UserCategories): Array<ParsedRow & { category: string | null; categoryId: string | null; categorySource: "auto" | "manual" | null }> {
  return rows.map((row) => {
    if (!row.type || row.errors.length > 0) return { ...row, categoryId: null, categorySource: null };
    const [named] = row.category ? categories.byName(row.category, row.type) : [];
    const category = named ?? detectTransactionCategory(categories, row, row.type).category;
    return { ...row, category: category.name, categoryId: category.id, categorySource: named ? "manual" : "auto" };
  });
}

/** The rows as they would be recorded: categories, and duplicates of what the user already has. */
async function readRows(userId: string, rows: readonly ParsedRow[]): Promise<ReadRow[]> {
  const categorized = withCategories(rows, await userCategories(userId));
  const keys = categorized.flatMap((r) => (r.errors.length === 0 && r.date && r.type && r.amount ? [{ date: r.date, type: r.type, amount: r.amount, note: r.note }] : []));
  const existing = await countExisting(userId, keys);
  return markDuplicates(categorized, (key) => existing.get(key) ?? 0).map(({ row, date, type, amount, category, categoryId, categorySource, note, comment, duplicate, errors }) => ({
    row, date, type, amount, category, categoryId, categorySource, note, comment, duplicate, errors,
  }));
}

function view(id: string, status: ImportView["status"], detection: { detected: CsvFormat; dateFormatCandidates: ImportView["dateFormatCandidates"] }, rows: ReadRow[], result: CommitResult | null): ImportView {
  return {
    id,
    status,
    rows: rows.length,
    detected: detection.detected as ImportView["detected"],
    dateFormatCandidates: detection.dateFormatCandidates,
    preview: rows.slice(0, PREVIEW_ROWS).map(({ comment: _c, categoryId: _id, ...row }) => row),
    duplicates: rows.filter((r) => r.duplicate).length,
    invalid: rows.filter((r) => r.errors.length > 0).length,
    result,
  };
}

// Each of these holds all of a file's rows at once: one at a time (lib/slots.ts).
const fileWork = slots("csv-import", 1);

/** A file's bytes (UTF-8 or Windows-1252) as a preview, stored for its commit. */
export const createImport = (userId: string, bytes: Uint8Array): Promise<ImportView> => fileWork.run(() => readNewImport(userId, bytes));

export const getImport = (userId: string, id: string): Promise<ImportView> => fileWork.run(() => readImport(userId, id));

export const commitImport = (userId: string, id: string, input: CommitImportInput): Promise<CommitResult> => fileWork.run(() => recordImport(userId, id, input));

async function readNewImport(userId: string, bytes: Uint8Array): Promise<ImportView> {
  if (bytes.byteLength === 0) throw invalidField("file", "is empty");
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.includes("\u0000")) throw invalidField("file", "is not a text file (it contains NUL characters)");
  const { rows, ...detection } = previewCsv(text);
  const id = await insertImport(userId, text, encoding, detection.detected);
  return view(id, "preview", detection, await readRows(userId, rows), null);
}

async function findOrThrow(userId: string, id: string): Promise<ImportRecord> {
  const found = isUuid(id) ? await findImport(userId, id) : null;
  if (!found) throw notFound("import");
  return found;
}

async function readImport(userId: string, id: string): Promise<ImportView> {
  const found = await findOrThrow(userId, id);
  // Detection is deterministic: reading the stored text again gives the preview it gave.
  const { rows, ...detection } = previewCsv(found.text);
  return view(found.id, found.status, detection, await readRows(userId, rows), found.result);
}

/** The format to commit with: what was detected, with the request's overrides; 400 naming what can't work. */
function commitFormat(found: ImportRecord, input: CommitImportInput): CsvFormat {
  const format: CsvFormat = {
    ...found.detected,
    ...(input.columns ? { columns: input.columns } : {}),
    ...(input.dateFormat ? { dateFormat: input.dateFormat } : {}),
    ...(input.decimalSeparator ? { decimalSeparator: input.decimalSeparator } : {}),
  };
  if (input.columns) {
    const problems = columnMappingProblems(input.columns);
    if (problems.length) throw validationFailed(problems.map((p) => ({ path: p.path.startsWith("columns") ? p.path : `columns.${p.path}`, message: p.message })));
  }
  if (format.dateFormat === null) throw invalidField("dateFormat", "the file's dates can be read more than one way: say which format they are in");
  return format;
}

async function recordImport(userId: string, id: string, input: CommitImportInput): Promise<CommitResult> {
  const found = await findOrThrow(userId, id);
  if (found.status === "committed") throw committedAlready();
  let parsed: ParsedRow[];
  try {
    parsed = parseCsv(found.text, commitFormat(found, input));
  } catch (error) {
    if (error instanceof CsvOptionsError) throw validationFailed(error.errors.map((e) => ({ path: e.path, message: e.message })));
    throw error;
  }
  const rows = await readRows(userId, parsed);
  const skipDuplicates = input.skipDuplicates ?? true;
  const toRecord = rows.filter((r) => r.errors.length === 0 && r.categoryId && (!r.duplicate || !skipDuplicates));
  const result: CommitResult = {
    created: toRecord.length,
    duplicatesSkipped: skipDuplicates ? rows.filter((r) => r.duplicate).length : 0,
    invalid: rows.filter((r) => r.errors.length > 0).map(({ row, errors }) => ({ row, errors })),
  };
  await inTransaction(async (tx) => {
    if (!(await lockForCommit(tx, userId, id))) throw committedAlready();
    for (let start = 0; start < toRecord.length; start += INSERT_BATCH) {
      const batch = toRecord.slice(start, start + INSERT_BATCH).map((r) => ({
        type: r.type!,
        amount: r.amount!,
        categoryId: r.categoryId!,
        categorySource: r.categorySource!,
        date: r.date!,
        note: r.note,
        comment: r.comment,
      }));
      await insertTransactionRows(tx, userId, batch);
    }
    await markCommitted(tx, id, result);
  });
  for (let i = 0; i < result.created; i++) countTransactionCreated();
  return result;
}

const committedAlready = () => new AppError("import_committed", "This import was committed already; upload the file again to import it again.");
