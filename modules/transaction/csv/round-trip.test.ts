// API.md: "The export reads back as it was written." Any transactions the
// exporter writes come back identical through detection and parsing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCents } from "@/lib/money";
import { COMMENT_MAX_LENGTH, NOTE_MAX_LENGTH } from "../schemas";
import { decodeCsvBytes } from "./decode-csv-bytes";
import { detectFormat } from "./detect-format";
import { guardFormula, unguardFormula } from "./formula-guard";
import { parseCsv } from "./parse-csv";
import { previewCsv } from "./preview-csv";
import { csvStream, type ExportRow } from "./write-csv";

// What CSV, spreadsheets and our guard find hard, mixed with any code point.
const awkward = fc.constantFrom('"', ",", ";", "|", "\t", "\n", "\r", "\r\n", "=", "+", "-", "@", "'", "''", " ", "é", "ß", "😀", "日本", "\u00a0");
const anyCodePoint = fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).filter((text) => !text.includes("\u0000"));
const character = fc.oneof(awkward, anyCodePoint);

// A stored text: the API trims it and holds it to its limit (NUL is refused).
const storedText = (max: number) =>
  fc.string({ unit: character, maxLength: 40 }).map((text) => text.trim()).filter((text) => text.length <= max);

const calendarDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const exportRow: fc.Arbitrary<ExportRow> = fc.record({
  date: calendarDate,
  type: fc.constantFrom("income" as const, "expense" as const),
  amount: fc.bigInt({ min: 1n, max: 99_999_999_999n }).map(fromCents),
  category: storedText(40).filter((name) => name !== ""),
  note: storedText(NOTE_MAX_LENGTH),
  comment: storedText(COMMENT_MAX_LENGTH),
  id: fc.uuid(),
});

async function exportBytes(rows: ExportRow[]): Promise<Uint8Array> {
  async function* source() {
    yield* rows;
  }
  return new Uint8Array(await new Response(csvStream(source())).arrayBuffer());
}

const asImported = ({ id: _id, ...row }: ExportRow) => ({ ...row, errors: [] });

describe("the export reads back exactly", () => {
  it("through detection and parsing, for any transactions", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(exportRow, { maxLength: 30 }), async (rows) => {
        const { text, encoding } = decodeCsvBytes(await exportBytes(rows));
        expect(encoding).toBe("utf-8");
        const { detected } = detectFormat(text);
        expect(detected).toEqual({
          delimiter: ",",
          decimalSeparator: ".",
          dateFormat: rows.length > 0 ? "YYYY-MM-DD" : null,
          header: true,
          columns: { date: "date", amount: "amount", type: "type", category: "category", note: "note", comment: "comment" },
        });
        const parsed = parseCsv(text, detected);
        expect(parsed.map(({ row: _row, ...rest }) => rest)).toEqual(rows.map(asImported));
        // Row numbers are lines of the file: increasing, the first after the header.
        if (parsed.length > 0) expect(parsed[0]!.row).toBe(2);
        parsed.forEach((row, index) => index > 0 && expect(row.row).toBeGreaterThan(parsed[index - 1]!.row));
        expect(previewCsv(text).rows).toEqual(parsed);
      }),
      { numRuns: 200 },
    );
  });

  it("the formula guard is undone exactly, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 12 }), (text) => {
        const written = guardFormula(text);
        expect(written).not.toMatch(/^[=+\-@\t\r]/);
        expect(unguardFormula(written)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
