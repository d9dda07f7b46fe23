import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect-format";
import { parseCsv } from "./parse-csv";
import { CSV_HEADER } from "./write-csv";

describe("detectFormat", () => {
  it("asks for the date format when every day is 12 or less, offering both readings", () => {
    const text = "Date,Description,Amount\n01/02/2026,Coffee,-3.50\n03/04/2026,Salary,2000.00\n12/11/2026,Rent,-900.00\n";
    const detection = detectFormat(text);
    expect(detection.detected.dateFormat).toBeNull();
    expect(detection.dateFormatCandidates).toEqual(["DD/MM/YYYY", "MM/DD/YYYY"]);
    // Until then the rows say why they have no date; once chosen they read.
    expect(parseCsv(text, detection.detected)[0]!.errors).toEqual([
      { path: "date", message: "can't be read until the date format (dateFormat) is chosen" },
    ]);
    expect(parseCsv(text, { ...detection.detected, dateFormat: "DD/MM/YYYY" }).map((row) => row.date)).toEqual([
      "2026-02-01", "2026-04-03", "2026-11-12",
    ]);
  });

  it.each([
    [",", "date,amount,note\n2026-12-02,1.50,a;b|c\n2026-12-03,2.50,d;e\n"],
    [";", "Datum;Betrag;Text\n02.12.2026;-1,50;a, b\n03.12.2026;2,50;c\n"],
    ["\t", "Date\tAmount\tMemo\n2026-12-02\t1.50\tone, two; three\n2026-12-03\t2.50\tfour\n"],
    ["|", "Date|Amount|Memo\n2026-12-02|1.50|one, two; three\n2026-12-03|2.50|four\n"],
  ] as const)("finds the delimiter %j", (delimiter, text) => {
    expect(detectFormat(text).detected.delimiter).toBe(delimiter);
  });

  it("reads a file without a header by what its columns hold", () => {
    const text = "12/01/2026,STARBUCKS STORE 1234,-4.50,1000.00\n12/15/2026,ACME PAYROLL,2000.00,3000.00\n12/16/2026,Shell,-40.00,2960.00\n";
    expect(detectFormat(text)).toEqual({
      detected: { delimiter: ",", decimalSeparator: ".", dateFormat: "MM/DD/YYYY", header: false, columns: { date: 0, amount: 2, note: 1 } },
      dateFormatCandidates: ["MM/DD/YYYY"],
    });
  });

  it("finds debit and credit columns without a header: each row fills one of them", () => {
    const text = '01-12-2026,UPI-SWIGGY,450.00,,"1,000.00"\n02-12-2026,SALARY,,"5,000.00","6,000.00"\n03-12-2026,ATM,500.00,,"5,500.00"\n';
    expect(detectFormat(text).detected).toEqual({
      delimiter: ",", decimalSeparator: ".", dateFormat: "DD-MM-YYYY", header: false, columns: { date: 0, debit: 2, credit: 3, note: 1 },
    });
  });

  it("takes a type column when its values are type words", () => {
    const text = "Txn Date,Description,Amount,Dr/Cr\n02-12-2026,Zomato,325.00,DR\n03-12-2026,Salary,5000.00,CR\n";
    expect(detectFormat(text).detected.columns).toEqual({ date: "Txn Date", amount: "Amount", type: "Dr/Cr", note: "Description" });
    expect(parseCsv(text, detectFormat(text).detected).map((row) => [row.type, row.amount])).toEqual([
      ["expense", "325.00"], ["income", "5000.00"],
    ]);
  });

  it("takes German Soll/Haben marks as a type column", () => {
    const text = "Buchungstag;Umsatz;Soll/Haben;Verwendungszweck\n02.12.2026;1.234,56;S;Miete\n03.12.2026;2.000,00;H;Gehalt\n";
    const { detected } = detectFormat(text);
    expect(detected).toMatchObject({ decimalSeparator: ",", columns: { date: "Buchungstag", amount: "Umsatz", type: "Soll/Haben", note: "Verwendungszweck" } });
    expect(parseCsv(text, detected).map((row) => [row.type, row.amount])).toEqual([["expense", "1234.56"], ["income", "2000.00"]]);
  });

  it("prefers the booking date to the value date, and the header's order does not matter", () => {
    expect(detectFormat("Valuta;Buchungstag;Betrag\n03.12.2026;02.12.2026;-1,00\n").detected.columns).toEqual({ date: "Buchungstag", amount: "Betrag" });
    expect(detectFormat("Value Date,Transaction Date,Amount\n2026-12-03,2026-12-02,1.00\n").detected.columns).toMatchObject({ date: "Transaction Date" });
  });

  it("matches header names whatever their case, accents, punctuation or currency", () => {
    // "Money In" alone (no "Money Out") is not a debit/credit pair: the signed amount stays.
    const text = "TRANSACTION DATE,Amount (GBP),Money In,Libellé,Remarks\n2026-12-02,£1.00,,x,y\n";
    expect(detectFormat(text).detected.columns).toEqual({
      date: "TRANSACTION DATE", amount: "Amount (GBP)", note: "Libellé", comment: "Remarks",
    });
    expect(detectFormat("Buchungs-Datum;Betrag in EUR;Empfänger\n02.12.2026;-1,00;x\n").detected.columns).toEqual({
      date: "Buchungs-Datum", amount: "Betrag in EUR", note: "Empfänger",
    });
  });

  it("reads the decimal comma of quoted amounts in a comma-separated file", () => {
    const text = 'Date,Amount,Note\n2026-12-02,"-12,50",a\n2026-12-03,"1.234,00",b\n';
    const { detected } = detectFormat(text);
    expect(detected.decimalSeparator).toBe(",");
    expect(parseCsv(text, detected).map((row) => row.amount)).toEqual(["12.50", "1234.00"]);
  });

  it("ignores a byte order mark left in the text", () => {
    expect(detectFormat("\ufeffdate,amount\n2026-12-02,1.00\n").detected).toMatchObject({
      header: true, columns: { date: "date", amount: "amount" },
    });
  });

  it("recognizes an export with no rows", () => {
    expect(detectFormat(`${CSV_HEADER}\r\n`)).toEqual({
      detected: {
        delimiter: ",", decimalSeparator: ".", dateFormat: null, header: true,
        columns: { date: "date", amount: "amount", type: "type", category: "category", note: "note", comment: "comment" },
      },
      dateFormatCandidates: [],
    });
  });

  it("detects nothing in an empty file, and that parses to no rows", () => {
    const detection = detectFormat("");
    expect(detection.detected).toEqual({ delimiter: ",", decimalSeparator: ".", dateFormat: null, header: false, columns: {} });
    expect(parseCsv("", detection.detected)).toEqual([]);
  });

  it("names a column by index when its header name is repeated", () => {
    const text = "Date,Amount,Amount\n2026-12-02,1.00,2.00\n";
    expect(detectFormat(text).detected.columns).toEqual({ date: "Date", amount: 1 });
  });
});
