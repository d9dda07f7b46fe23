import type { ParsedRow } from "./csv-format";
import { detectFormatAndRead, type FormatDetection } from "./detect-format";
import { parseRecords } from "./parse-csv";

/**
 * detectFormat then parseCsv with what was detected, reading the file once:
 * what POST /api/imports needs. A commit with overrides calls parseCsv.
 */
export function previewCsv(text: string): FormatDetection & { rows: ParsedRow[] } {
  const { detection, records } = detectFormatAndRead(text);
  return { ...detection, rows: parseRecords(records, detection.detected) };
}
