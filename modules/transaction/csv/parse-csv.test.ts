import { describe, expect, it } from "vitest";
import { COMMENT_MAX_LENGTH, NOTE_MAX_LENGTH } from "../schemas";
import type { CsvFormat } from "./csv-format";
import { CsvOptionsError, columnMappingProblems, parseCsv } from "./parse-csv";

const signed: CsvFormat = {
  delimiter: ",",
  decimalSeparator: ".",
  dateFormat: "YYYY-MM-DD",
  header: true,
  columns: { date: "Date", amount: "Amount", type: "Type", category: "Category", note: "Note", comment: "Comment" },
};
const HEADER = "Date,Amount,Type,Category,Note,Comment\n";

const errorsOf = (text: string, options: CsvFormat = signed) => parseCsv(text, options).map((row) => row.errors);

describe("parseCsv", () => {
  it("takes the type from a type column, whatever the sign, and from the sign without one", () => {
    const rows = parseCsv(`${HEADER}2026-12-02,-5.00,income,,,\n2026-12-02,5.00,DR,,,\n2026-12-02,-5.00,,,,\n2026-12-02,+5.00,,,,\n`, signed);
    expect(rows.map((row) => [row.type, row.amount])).toEqual([
      ["income", "5.00"], ["expense", "5.00"], ["expense", "5.00"], ["income", "5.00"],
    ]);
  });

  it.each(["income", "Credit", "CR", "in", "cr."])("reads the type word %j as income", (word) => {
    expect(parseCsv(`${HEADER}2026-12-02,5.00,${word},,,\n`, signed)[0]!.type).toBe("income");
  });

  it.each(["expense", "DEBIT", "dr", "Out"])("reads the type word %j as expense", (word) => {
    expect(parseCsv(`${HEADER}2026-12-02,5.00,${word},,,\n`, signed)[0]!.type).toBe("expense");
  });

  it("refuses a type word it doesn't know", () => {
    expect(errorsOf(`${HEADER}2026-12-02,5.00,transfer,,,\n`)).toEqual([
      [{ path: "type", message: 'must be income or expense (also credit/debit, CR/DR, in/out) (got "transfer")' }],
    ]);
  });

  it("keeps the category cell as written and trims text cells", () => {
    expect(parseCsv(`${HEADER}2026-12-02,5.00,expense,  groceries  , Milk , 2 litres \n`, signed)[0]).toEqual({
      row: 2, date: "2026-12-02", type: "expense", amount: "5.00", category: "groceries", note: "Milk", comment: "2 litres", errors: [],
    });
  });

  it("holds note and comment to API.md's lengths", () => {
    const note = "n".repeat(NOTE_MAX_LENGTH);
    const comment = "c".repeat(COMMENT_MAX_LENGTH);
    expect(errorsOf(`${HEADER}2026-12-02,5.00,,,${note},${comment}\n`)).toEqual([[]]);
    expect(errorsOf(`${HEADER}2026-12-02,5.00,,,${note}n,${comment}c\n`)).toEqual([[
      { path: "note", message: `must be at most ${NOTE_MAX_LENGTH} characters` },
      { path: "comment", message: `must be at most ${COMMENT_MAX_LENGTH} characters` },
    ]]);
  });

  it("refuses NUL characters in text", () => {
    expect(errorsOf(`${HEADER}2026-12-02,5.00,,Food\u0000,a\u0000b,\u0000\n`)).toEqual([[
      { path: "category", message: "must not contain NUL characters" },
      { path: "note", message: "must not contain NUL characters" },
      { path: "comment", message: "must not contain NUL characters" },
    ]]);
  });

  it("refuses dates before 1900 and dates that don't exist", () => {
    expect(errorsOf(`${HEADER}1899-12-31,5.00,,,,\n2026-02-29,5.00,,,,\n,5.00,,,,\n`)).toEqual([
      [{ path: "date", message: 'must be a real date written YYYY-MM-DD, from 1900 on (got "1899-12-31")' }],
      [{ path: "date", message: 'must be a real date written YYYY-MM-DD, from 1900 on (got "2026-02-29")' }],
      [{ path: "date", message: "is missing" }],
    ]);
  });

  it("refuses amounts that are zero, too large, too precise or missing", () => {
    expect(errorsOf(`${HEADER}2026-12-02,0,,,,\n2026-12-02,1000000000,,,,\n2026-12-02,1.001,,,,\n2026-12-02,,,,,\n`).flat()).toEqual([
      { path: "amount", message: "must be greater than 0" },
      { path: "amount", message: 'must be at most 999999999.99 (got "1000000000")' },
      { path: "amount", message: 'must have at most two decimals (got "1.001")' },
      { path: "amount", message: "is missing" },
    ]);
  });

  it("counts rows as lines of the file: the header, quoted line breaks (CRLF as one), blank lines", () => {
    const text = `Date,Amount,Type,Category,Note,Comment\r\n2026-12-01,1.00,,,"a\r\nb",\r\n\r\n2026-12-02,2.00,,,"c\nd\re",\r\n2026-12-03,3.00,,,,\r\n`;
    expect(parseCsv(text, signed).map((row) => [row.row, row.errors.length])).toEqual([[2, 0], [4, 1], [5, 0], [8, 0]]);
  });

  it("skips blank lines above the header and a byte order mark", () => {
    const rows = parseCsv(`\ufeff\n\n${HEADER}2026-12-02,5.00,,,,\n`, signed);
    expect(rows.map((row) => [row.row, row.amount])).toEqual([[4, "5.00"]]);
  });

  it("reports wrong column counts and empty rows, and goes on", () => {
    const text = `${HEADER}2026-12-02,5.00\n   \n2026-12-02,5.00,,,,,extra\n2026-12-02,5.00,,,,,,\n2026-12-03,6.00,,,,\n`;
    expect(parseCsv(text, signed).map((row) => [row.row, row.errors, row.amount])).toEqual([
      [2, [{ path: "row", message: "has 2 columns; expected 6" }], null],
      [3, [{ path: "row", message: "is empty" }], null],
      [4, [{ path: "row", message: "has 7 columns; expected 6" }], null],
      // Empty cells past the last column are tolerated: some banks end each line with a delimiter.
      [5, [], "5.00"],
      [6, [], "6.00"],
    ]);
  });

  it("reports a quote left open to the end of the file on the line it starts", () => {
    const rows = parseCsv(`${HEADER}2026-12-02,5.00,,,ok,\n2026-12-03,6.00,,,"never closed,\n2026-12-04,7.00,,,,\n`, signed);
    expect(rows.map((row) => [row.row, row.errors])).toEqual([
      [2, []],
      [3, [{ path: "row", message: "has a quote that is never closed (from this line to the end of the file)" }]],
    ]);
  });

  it("keeps a stray quote inside an unquoted cell as text", () => {
    expect(parseCsv(`${HEADER}2026-12-02,5.00,,,27" monitor,\n`, signed)[0]!.note).toBe('27" monitor');
  });

  it("reads debit and credit columns, a sign in them changing nothing", () => {
    const options: CsvFormat = { ...signed, decimalSeparator: ",", delimiter: ";", columns: { date: 0, debit: 1, credit: 2 }, header: false };
    expect(parseCsv("2026-12-02;-12,50;\n2026-12-03;;1.000,00\n2026-12-04;0,00;3,00\n", options).map((row) => [row.type, row.amount])).toEqual([
      ["expense", "12.50"], ["income", "1000.00"], ["income", "3.00"],
    ]);
    expect(errorsOf("2026-12-05;0,00;0,00\n", options)).toEqual([[{ path: "amount", message: "must be greater than 0" }]]);
  });

  it("finds header names as written, then case-insensitively, and takes indexes too", () => {
    const options: CsvFormat = { ...signed, columns: { date: "date", amount: 1, note: " NOTE " } };
    expect(parseCsv(`${HEADER}2026-12-02,5.00,,,Milk,\n`, options)[0]).toMatchObject({ date: "2026-12-02", amount: "5.00", note: "Milk" });
  });

  it("says on every row which field has no column", () => {
    expect(errorsOf(`${HEADER}2026-12-02,5.00,,,,\n`, { ...signed, columns: { note: "Note" } })).toEqual([[
      { path: "date", message: "has no column: choose the date column" },
      { path: "amount", message: "has no column: choose the amount column (or debit and credit)" },
    ]]);
  });

  it.each([
    [{ date: "When", amount: "Amount" }, true, "columns.date"],
    [{ date: 0, amount: 6 }, true, "columns.amount"],
    [{ date: -1, amount: 1 }, true, "columns.date"],
    [{ date: "Date", amount: 1 }, false, "columns.date"],
    [{ date: 0, amount: 1, debit: 2, credit: 3 }, true, "columns.amount"],
    [{ date: 0, debit: 2 }, true, "columns.credit"],
  ] as const)("refuses columns %j that can't apply (header %s)", (columns, header, path) => {
    const run = () => parseCsv(`${HEADER}2026-12-02,5.00,,,,\n`, { ...signed, header, columns });
    expect(run).toThrow(CsvOptionsError);
    try {
      run();
    } catch (error) {
      expect((error as CsvOptionsError).errors.map((problem) => problem.path)).toEqual([path]);
    }
  });
});

describe("columnMappingProblems", () => {
  it("accepts a complete mapping", () => {
    expect(columnMappingProblems({ date: "Date", amount: "Amount" })).toEqual([]);
    expect(columnMappingProblems({ date: 0, debit: 1, credit: 2, note: 3 })).toEqual([]);
  });

  it.each([
    [{ amount: "Amount" }, ["columns.date"]],
    [{ date: "Date" }, ["columns.amount"]],
    [{ date: "Date", debit: "Out" }, ["columns.credit"]],
    [{ date: "Date", credit: "In" }, ["columns.debit"]],
    [{ date: "Date", amount: "Amount", credit: "In" }, ["columns.amount"]],
  ])("names what is wrong with %j", (columns, paths) => {
    expect(columnMappingProblems(columns).map((problem) => problem.path)).toEqual(paths);
  });
});
