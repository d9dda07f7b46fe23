// CSV export and import, the pure part (API.md "Export and import"): bytes to
// text, format detection, rows as they would be recorded, duplicate marks, and
// the export writer. No database here: the caller fetches and stores.
export { decodeCsvBytes } from "./decode-csv-bytes";
export type { DecodedCsv } from "./decode-csv-bytes";
export { DATE_FORMATS, DECIMAL_SEPARATORS, DELIMITERS, MAPPED_FIELDS } from "./csv-format";
export type {
  ColumnMapping,
  ColumnRef,
  CsvFormat,
  DateFormat,
  DecimalSeparator,
  Delimiter,
  MappedField,
  ParsedRow,
  RowError,
} from "./csv-format";
export { detectFormat } from "./detect-format";
export type { FormatDetection } from "./detect-format";
export { CsvOptionsError, columnMappingProblems, parseCsv } from "./parse-csv";
export { previewCsv } from "./preview-csv";
export { duplicateKey, markDuplicates } from "./mark-duplicates";
export type { RowWithDuplicate } from "./mark-duplicates";
export { CSV_HEADER, csvLine, csvStream } from "./write-csv";
export type { ExportRow } from "./write-csv";
