// The shapes of /api/imports (API.md, "Export and import"), as the browser
// reads them. modules/transaction/client.ts doesn't export them (yet), so
// they are written down here; the e2e test holds them to the server's.

export const DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "DD-MM-YYYY", "D MMM YYYY"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type Delimiter = "," | ";" | "\t" | "|";
export type DecimalSeparator = "." | ",";

export const MAPPED_FIELDS = ["date", "amount", "debit", "credit", "type", "category", "note", "comment"] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** A header name (the file has a header) or a 0-based column index (it hasn't). */
export type ColumnRef = string | number;
export type ColumnMapping = Partial<Record<MappedField, ColumnRef>>;

export type RowError = { path: string; message: string };

export type ImportRow = {
  row: number;
  date: string | null;
  type: "income" | "expense" | null;
  amount: string | null;
  category: string | null;
  categorySource: "auto" | "manual" | null;
  note: string;
  duplicate: boolean;
  errors: RowError[];
};

export type CommitResult = { created: number; duplicatesSkipped: number; invalid: { row: number; errors: RowError[] }[] };

export type ImportPreview = {
  id: string;
  status: "preview" | "committed";
  rows: number;
  detected: { delimiter: Delimiter; decimalSeparator: DecimalSeparator; dateFormat: DateFormat | null; header: boolean; columns: ColumnMapping };
  dateFormatCandidates: DateFormat[];
  preview: ImportRow[];
  duplicates: number;
  invalid: number;
  result: CommitResult | null;
};

/** What POST /api/imports/{id}/commit may override. */
export type CommitOverrides = { columns?: ColumnMapping; dateFormat?: DateFormat; decimalSeparator?: DecimalSeparator; skipDuplicates?: boolean };

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
