// The fixtures are shaped after real exports (US, UK, German, Indian banks and
// our own), each with a few broken rows: what is detected, the first rows
// exactly, and each bad row's errors.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParsedRow } from "./csv-format";
import { decodeCsvBytes } from "./decode-csv-bytes";
import { detectFormat } from "./detect-format";
import { parseCsv } from "./parse-csv";
import { previewCsv } from "./preview-csv";

function load(name: string) {
  const bytes = readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  const { text, encoding } = decodeCsvBytes(bytes);
  const detection = detectFormat(text);
  return { bytes, text, encoding, detection, rows: parseCsv(text, detection.detected) };
}

const row = (values: Partial<ParsedRow> & Pick<ParsedRow, "row">): ParsedRow => ({
  date: null, type: null, amount: null, category: null, note: "", comment: "", errors: [], ...values,
});

const errorsByRow = (rows: ParsedRow[]) =>
  Object.fromEntries(rows.filter((parsed) => parsed.errors.length > 0).map((parsed) => [parsed.row, parsed.errors]));

describe("a US bank export (MM/DD/YYYY, signed amounts, quoted descriptions)", () => {
  const file = load("us-bank.csv");

  it("is detected", () => {
    expect(file.encoding).toBe("utf-8");
    expect(file.detection).toEqual({
      detected: {
        delimiter: ",",
        decimalSeparator: ".",
        dateFormat: "MM/DD/YYYY",
        header: true,
        // "Type" holds ACH_DEBIT, DEBIT_CARD…: not a type column; the sign says.
        columns: { date: "Posting Date", amount: "Amount", note: "Description" },
      },
      dateFormatCandidates: ["MM/DD/YYYY"],
    });
  });

  it("reads the rows: negative is an expense, quotes and commas kept, a line break inside quotes", () => {
    expect(file.rows.slice(0, 8)).toEqual([
      row({ row: 2, date: "2026-12-01", type: "expense", amount: "4.50", note: "STARBUCKS STORE #1234 SEATTLE, WA" }),
      row({ row: 3, date: "2026-12-01", type: "income", amount: "3200.00", note: "ACME CORP PAYROLL PPD ID: 1234567890" }),
      row({ row: 4, date: "2026-12-03", type: "expense", amount: "23.99", note: 'AMAZON MKTPLACE "PRIME" PMTS, AMZN.COM/BILL' }),
      row({ row: 5, date: "2026-12-05", type: "expense", amount: "1450.00", note: "OAK APTS RENT, UNIT 4B" }),
      row({ row: 6, date: "2026-12-13", type: "expense", amount: "75.00", note: "CHECK 1042" }),
      row({ row: 7, date: "2026-12-15", type: "expense", amount: "18.20", note: "UBER *TRIP\nHELP.UBER.COM CA" }),
      // Line 8 is the second line of row 7's description.
      row({ row: 9, date: "2026-12-16", type: "income", amount: "89.99", note: 'REFUND: "BEST BUY" #552' }),
      row({ row: 10, type: "expense", amount: "3.00", note: "CORNER DELI", errors: [
        { path: "date", message: 'must be a real date written MM/DD/YYYY, from 1900 on (got "02/30/2026")' },
      ] }),
    ]);
    expect(file.rows.at(-1)).toEqual(row({ row: 15, date: "2026-12-20", type: "expense", amount: "15.49", note: "NETFLIX.COM" }));
  });

  it("reports each bad row", () => {
    expect(errorsByRow(file.rows)).toEqual({
      10: [{ path: "date", message: 'must be a real date written MM/DD/YYYY, from 1900 on (got "02/30/2026")' }],
      11: [{ path: "amount", message: 'must have at most two decimals (got "-3.005")' }],
      12: [{ path: "row", message: "is empty" }],
      13: [{ path: "row", message: "has 4 columns; expected 7" }],
      14: [{ path: "amount", message: "must be greater than 0" }],
    });
  });
});

describe("a UK bank export (DD/MM/YYYY, Paid out / Paid in, £)", () => {
  const file = load("uk-bank.csv");

  it("is detected", () => {
    expect(file.detection).toEqual({
      detected: {
        delimiter: ",",
        decimalSeparator: ".",
        dateFormat: "DD/MM/YYYY",
        header: true,
        columns: { date: "Date", debit: "Paid out", credit: "Paid in", note: "Description" },
      },
      dateFormatCandidates: ["DD/MM/YYYY"],
    });
  });

  it("reads the rows: paid out is an expense, paid in an income, a 0.00 in the unused column ignored", () => {
    expect(file.rows.slice(0, 6)).toEqual([
      row({ row: 2, date: "2026-12-01", type: "expense", amount: "23.45", note: "TESCO STORES 3021" }),
      row({ row: 3, date: "2026-12-01", type: "income", amount: "450.00", note: "SMITH J, RENT SHARE" }),
      row({ row: 4, date: "2026-12-03", type: "expense", amount: "38.00", note: "THAMES WATER" }),
      row({ row: 5, date: "2026-12-15", type: "income", amount: "2150.00", note: "EMPLOYER LTD SALARY" }),
      row({ row: 6, date: "2026-12-16", type: "expense", amount: "200.00", note: 'SAVINGS "RAINY DAY"' }),
      row({ row: 7, date: "2026-12-17", type: "income", amount: "4.10", note: "PRET A MANGER" }),
    ]);
  });

  it("reports each bad row", () => {
    expect(errorsByRow(file.rows)).toEqual({
      8: [{ path: "amount", message: "has both a debit and a credit; fill one of them" }],
      9: [{ path: "amount", message: "is missing (the debit and credit columns are both empty)" }],
      10: [{ path: "date", message: 'must be a real date written DD/MM/YYYY, from 1900 on (got "31/11/2026")' }],
      11: [{ path: "amount", message: 'the debit column must be an amount like 12.50 (got "£abc")' }],
    });
  });
});

describe("a German bank export (Windows-1252, semicolons, 1.234,56, DD.MM.YYYY)", () => {
  const file = load("german-bank.csv");

  it("is real Windows-1252 and is detected", () => {
    expect(file.bytes.includes(0xe4)).toBe(true); // ä as one byte, not UTF-8's two
    expect(file.encoding).toBe("windows-1252");
    expect(file.detection).toEqual({
      detected: {
        delimiter: ";",
        decimalSeparator: ",",
        dateFormat: "DD.MM.YYYY",
        header: true,
        columns: { date: "Buchungstag", amount: "Betrag", note: "Auftraggeber/Empfänger", comment: "Verwendungszweck" },
      },
      dateFormatCandidates: ["DD.MM.YYYY"],
    });
  });

  it("reads the rows with their umlauts", () => {
    expect(file.rows.slice(0, 6)).toEqual([
      row({ row: 2, date: "2026-12-01", type: "expense", amount: "54.30", note: "REWE Markt GmbH", comment: "REWE SAGT DANKE 4711" }),
      row({ row: 3, date: "2026-12-02", type: "expense", amount: "7.85", note: "Bäckerei Müller", comment: "Brötchen und Kaffee" }),
      row({ row: 4, date: "2026-12-03", type: "income", amount: "3250.00", note: "Arbeitgeber AG", comment: "Gehalt Dezember 2026" }),
      row({ row: 5, date: "2026-12-05", type: "expense", amount: "1234.56", note: "Hausverwaltung Schäfer", comment: 'Miete; Nebenkosten "Wohnung 3"' }),
      row({ row: 6, date: "2026-12-14", type: "expense", amount: "89.00", note: "Straßenbahn Köln", comment: "Monatskarte Übergang" }),
      row({ row: 7, date: "2026-12-16", type: "income", amount: "12.00", note: "Online-Shop Öko", comment: "Erstattung 12,00 € Rücksendung" }),
    ]);
  });

  it("reports each bad row", () => {
    expect(errorsByRow(file.rows)).toEqual({
      8: [{ path: "date", message: 'must be a real date written DD.MM.YYYY, from 1900 on (got "32.12.2026")' }],
      9: [{ path: "amount", message: 'must have at most two decimals (got "-12,345")' }],
    });
  });
});

describe("an Indian bank export (DD-MM-YYYY, Withdrawal / Deposit, lakh grouping, UPI narrations)", () => {
  const file = load("indian-bank-hdfc.csv");

  it("is detected", () => {
    expect(file.detection).toEqual({
      detected: {
        delimiter: ",",
        decimalSeparator: ".",
        dateFormat: "DD-MM-YYYY",
        header: true,
        columns: { date: "Date", debit: "Withdrawal Amt.", credit: "Deposit Amt.", note: "Narration" },
      },
      dateFormatCandidates: ["DD-MM-YYYY"],
    });
  });

  it("reads the rows", () => {
    expect(file.rows.slice(0, 5)).toEqual([
      row({ row: 2, date: "2026-12-01", type: "expense", amount: "450.00", note: "UPI-SWIGGY-SWIGGY8@YBL-YESB0YBLUPI-633512345678-PAYMENT FOR ORDER" }),
      row({ row: 3, date: "2026-12-02", type: "income", amount: "125000.00", note: "NEFT CR-HDFC0000001-ACME SOFTWARE PVT LTD-SALARY DEC 2026" }),
      row({ row: 4, date: "2026-12-05", type: "expense", amount: "15000.00", note: "UPI-RAHUL SHARMA-RAHUL@OKSBI-SBIN0001234-633598765432-RENT SHARE" }),
      row({ row: 5, date: "2026-12-13", type: "expense", amount: "1234.50", note: "POS 416021XXXXXX1234 BIGBASKET" }),
      row({ row: 6, date: "2026-12-14", type: "expense", amount: "2000.00", note: "ATW-416021XXXXXX1234-S1AN000123-MUMBAI" }),
    ]);
  });

  it("reports each bad row", () => {
    expect(errorsByRow(file.rows)).toEqual({
      7: [{ path: "date", message: 'must be a real date written DD-MM-YYYY, from 1900 on (got "31-06-2026")' }],
      8: [{ path: "amount", message: 'the debit column must be at most 999999999.99 (got "1,00,00,00,000.00")' }],
    });
  });
});

describe("an Indian bank export (tab-separated, 02 Dec 2026, Debit / Credit)", () => {
  const file = load("indian-bank-sbi.csv");

  it("is detected and read", () => {
    expect(file.detection).toEqual({
      detected: {
        delimiter: "\t",
        decimalSeparator: ".",
        dateFormat: "D MMM YYYY",
        header: true,
        columns: { date: "Txn Date", debit: "Debit", credit: "Credit", note: "Description" },
      },
      dateFormatCandidates: ["D MMM YYYY"],
    });
    expect(file.rows).toEqual([
      row({ row: 2, date: "2026-12-02", type: "expense", amount: "325.00", note: "TO TRANSFER-UPI/DR/633511112222/ZOMATO/YESB/zomato@ybl/Order" }),
      row({ row: 3, date: "2026-12-02", type: "income", amount: "5000.00", note: "BY TRANSFER-UPI/CR/633598765432/RAHUL SHARMA/SBIN/rahul@oksbi/rent share" }),
      row({ row: 4, date: "2026-12-13", type: "expense", amount: "236.00", note: "DEBIT-ATMCard AMC 416021*1234 CLASSIC" }),
      row({ row: 5, date: "2026-12-14", type: "income", amount: "125000.00", note: "BY TRANSFER-NEFT*HDFC0000001*N348260123456*ACME SOFTWARE" }),
    ]);
  });
});

describe("Ledgerly's own export", () => {
  const file = load("ledgerly-export.csv");

  it("is detected as what it is", () => {
    expect(file.detection).toEqual({
      detected: {
        delimiter: ",",
        decimalSeparator: ".",
        dateFormat: "YYYY-MM-DD",
        header: true,
        columns: { date: "date", amount: "amount", type: "type", category: "category", note: "note", comment: "comment" },
      },
      dateFormatCandidates: ["YYYY-MM-DD"],
    });
  });

  it("reads back as written: categories, quotes, line breaks, guarded formulas without their '", () => {
    expect(file.rows).toEqual([
      row({ row: 2, date: "2026-12-20", type: "expense", amount: "4.50", category: "Food & Dining", note: "Coffee, large" }),
      row({ row: 3, date: "2026-12-20", type: "expense", amount: "4.50", category: "Food & Dining", note: "Coffee, large" }),
      row({ row: 4, date: "2026-12-19", type: "income", amount: "3200.00", category: "Salary", note: "ACME payroll", comment: 'December "bonus" included\r\nsecond line' }),
      row({ row: 6, date: "2026-12-18", type: "expense", amount: "12.00", category: "Other", note: "=SUM(A1:A9)", comment: "-5 off" }),
      row({ row: 7, date: "2026-12-17", type: "expense", amount: "1234567.89", category: "Housing", note: "'tis the season", comment: "@home" }),
      row({ row: 8, date: "2026-12-16", type: "income", amount: "0.01", category: "Refunds", note: "'=already quoted", comment: "Ünïcödé 😀 日本語" }),
      row({ row: 9, date: "2026-01-01", type: "expense", amount: "999999999.99", category: "Shopping", note: "+1 gadget" }),
    ]);
  });

  it("previews the same in one reading", () => {
    expect(previewCsv(file.text)).toEqual({ ...file.detection, rows: file.rows });
  });
});
