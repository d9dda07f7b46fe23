// The vocabulary of API.md's "Export and import": what detection reports as
// `detected` and what a commit may override.
import type { TransactionType } from "../categories";

export const DELIMITERS = [",", ";", "\t", "|"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DECIMAL_SEPARATORS = [".", ","] as const;
export type DecimalSeparator = (typeof DECIMAL_SEPARATORS)[number];

// DD-MM-YYYY is not in API.md's list; Indian banks write it (see the report).
export const DATE_FORMATS = ["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "DD-MM-YYYY", "D MMM YYYY"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** A header name as written in the file (with a header), or a 0-based index (without one). */
export type ColumnRef = string | number;

export const MAPPED_FIELDS = ["date", "amount", "debit", "credit", "type", "category", "note", "comment"] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** API.md's `columns`: `{date, amount | debit + credit, type?, category?, note?, comment?}`. */
export type ColumnMapping = Partial<Record<MappedField, ColumnRef>>;

/** API.md's `detected`, also the options of parseCsv. */
export type CsvFormat = {
  delimiter: Delimiter;
  decimalSeparator: DecimalSeparator;
  /** null: the file can be read more than one way (or has no dates); the API asks for `dateFormat`. */
  dateFormat: DateFormat | null;
  header: boolean;
  columns: ColumnMapping;
};

export type RowError = { path: string; message: string };

/** One line of the file as it will be recorded. */
export type ParsedRow = {
  /** The line the row starts on, counted from 1 as a person does, the header included. */
  row: number;
  date: string | null;
  type: TransactionType | null;
  /** Always positive, two decimals ("12.50"). */
  amount: string | null;
  /** The file's category cell as written (null when empty); resolving it is the caller's. */
  category: string | null;
  note: string;
  comment: string;
  errors: RowError[];
};
