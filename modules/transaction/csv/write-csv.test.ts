import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { guardFormula, unguardFormula } from "./formula-guard";
import { CSV_HEADER, csvLine, csvStream, type ExportRow } from "./write-csv";

const transaction = (values: Partial<ExportRow> = {}): ExportRow => ({
  date: "2026-12-02", type: "expense", amount: "4.50", category: "Food & Dining", note: "Coffee", comment: "",
  id: "0b7c9a0e-55a4-4d36-9f1e-2f3c1a6b8d90", ...values,
});

async function* fromArray<T>(items: T[]) {
  yield* items;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let text = "";
  let chunks = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    text += decoder.decode(next.value, { stream: true });
    chunks += 1;
  }
  return { text: text + decoder.decode(), chunks };
}

describe("csvLine", () => {
  it("writes the columns of the header, CRLF ended", () => {
    expect(CSV_HEADER).toBe("date,type,amount,category,note,comment,id");
    expect(csvLine(transaction())).toBe("2026-12-02,expense,4.50,Food & Dining,Coffee,,0b7c9a0e-55a4-4d36-9f1e-2f3c1a6b8d90\r\n");
  });

  it("quotes a cell with a quote, comma or line break (RFC 4180), and only those", () => {
    expect(csvLine(transaction({ note: 'Say "hi"', comment: "a,b" }))).toContain(',"Say ""hi""","a,b",');
    expect(csvLine(transaction({ note: "one\r\ntwo", comment: "x\ny" }))).toContain(',"one\r\ntwo","x\ny",');
    expect(csvLine(transaction({ note: "lone\rCR" }))).toContain(',"lone\rCR",');
    expect(csvLine(transaction({ note: "semi;colon|pipe\ttab 'q'" }))).toContain(",semi;colon|pipe\ttab 'q',");
  });

  it.each(["=", "+", "-", "@", "\t", "\r"])("guards a text cell starting with %j", (start) => {
    const line = csvLine(transaction({ category: `${start}cat`, note: `${start}1+1`, comment: `${start}x` }));
    const guarded = (text: string) => (/[",\r\n]/.test(text) ? `"${text}"` : text);
    expect(line).toBe(`2026-12-02,expense,4.50,${guarded(`'${start}cat`)},${guarded(`'${start}1+1`)},${guarded(`'${start}x`)},0b7c9a0e-55a4-4d36-9f1e-2f3c1a6b8d90\r\n`);
  });

  it("guards and quotes together", () => {
    expect(csvLine(transaction({ note: '=HYPERLINK("http://x","y")' }))).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
  });

  it("writes Ledgerly's export fixture exactly", () => {
    const fixture = readFileSync(new URL("./fixtures/ledgerly-export.csv", import.meta.url), "utf8");
    const ids = [...fixture.matchAll(/[0-9a-f]{8}-[0-9a-f-]{27}/g)].map((match) => match[0]);
    const rows: ExportRow[] = [
      transaction({ date: "2026-12-20", note: "Coffee, large", id: ids[0] }),
      transaction({ date: "2026-12-20", note: "Coffee, large", id: ids[1] }),
      transaction({ date: "2026-12-19", type: "income", amount: "3200.00", category: "Salary", note: "ACME payroll", comment: 'December "bonus" included\r\nsecond line', id: ids[2] }),
      transaction({ date: "2026-12-18", amount: "12.00", category: "Other", note: "=SUM(A1:A9)", comment: "-5 off", id: ids[3] }),
      transaction({ date: "2026-12-17", amount: "1234567.89", category: "Housing", note: "'tis the season", comment: "@home", id: ids[4] }),
      transaction({ date: "2026-12-16", type: "income", amount: "0.01", category: "Refunds", note: "'=already quoted", comment: "Ünïcödé 😀 日本語", id: ids[5] }),
      transaction({ date: "2026-01-01", amount: "999999999.99", category: "Shopping", note: "+1 gadget", id: ids[6] }),
    ];
    expect(ids).toHaveLength(7);
    expect(`${CSV_HEADER}\r\n${rows.map(csvLine).join("")}`).toBe(fixture);
  });
});

describe("guardFormula / unguardFormula", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["'=1+1", "''=1+1"],
    ["''@x", "'''@x"],
    ["'tis", "'tis"],
    ["''", "''"],
    ["plain", "plain"],
    ["", ""],
  ])("writes %j as %j and reads it back", (text, written) => {
    expect(guardFormula(text)).toBe(written);
    expect(unguardFormula(written)).toBe(text);
  });
});

describe("csvStream", () => {
  it("streams the header then every row as UTF-8", async () => {
    const rows = Array.from({ length: 3000 }, (_, index) => transaction({ note: `Café ${index} 😀`, amount: `${index + 1}.00` }));
    const { text, chunks } = await readAll(csvStream(fromArray(rows)));
    expect(text).toBe(`${CSV_HEADER}\r\n${rows.map(csvLine).join("")}`);
    expect(chunks).toBeGreaterThan(1); // ~64 KB chunks, not one buffer
  });

  it("is the header alone when there are no rows", async () => {
    expect(await readAll(csvStream(fromArray([])))).toEqual({ text: `${CSV_HEADER}\r\n`, chunks: 1 });
  });

  it("pulls rows only as they are read, and closes the source when cancelled", async () => {
    let pulled = 0;
    let closed = false;
    async function* source() {
      try {
        for (let index = 0; ; index++) {
          pulled += 1;
          yield transaction({ note: `row ${index}` });
        }
      } finally {
        closed = true;
      }
    }
    const reader = csvStream(source()).getReader();
    await reader.read();
    const afterOneChunk = pulled;
    expect(afterOneChunk).toBeLessThan(5000);
    await reader.cancel();
    expect(closed).toBe(true);
  });

  it("fails the stream when the source fails", async () => {
    async function* failing() {
      yield transaction();
      throw new Error("cursor lost");
    }
    await expect(readAll(csvStream(failing()))).rejects.toThrow("cursor lost");
  });
});
