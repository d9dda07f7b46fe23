// How long 100,000 rows take to detect and parse (not a test: timings on a
// shared machine are noise for an assertion). Run from the project root:
//   npx tsx modules/transaction/csv/measure-parse-speed.ts
import { detectFormat } from "./detect-format";
import { parseCsv } from "./parse-csv";
import { previewCsv } from "./preview-csv";
import { CSV_HEADER, csvLine } from "./write-csv";

const ROWS = 100_000;
const RUNS = 5;
const pad = (value: number) => String(value).padStart(2, "0");

function ledgerlyExport(): string {
  const lines = [`${CSV_HEADER}\r\n`];
  for (let i = 0; i < ROWS; i++) {
    lines.push(csvLine({
      date: `2026-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`,
      type: i % 3 ? "expense" : "income",
      amount: `${(i % 5000) + 1}.${pad(i % 100)}`,
      category: "Food & Dining",
      note: `Coffee at place ${i}, "corner"`,
      comment: i % 10 ? "" : "a longer comment\r\nwith a line break",
      id: "0b7c9a0e-55a4-4d36-9f1e-2f3c1a6b8d90",
    }));
  }
  return lines.join("");
}

function indianBankExport(): string {
  const lines = ["Date,Narration,Chq./Ref.No.,Value Dt,Withdrawal Amt.,Deposit Amt.,Closing Balance\n"];
  for (let i = 0; i < ROWS; i++) {
    const date = `${pad((i % 28) + 1)}-${pad((i % 12) + 1)}-2026`;
    const [out, into] = i % 2 ? ['"1,234.50"', ""] : ["", "450.00"];
    lines.push(`${date},UPI-SWIGGY-SWIGGY8@YBL-YESB0YBLUPI-6335${i}-PAYMENT,000063351234,${date},${out},${into},"1,24,550.00"\n`);
  }
  return lines.join("");
}

for (const [name, text] of [["Ledgerly export", ledgerlyExport()], ["Indian bank", indianBankExport()]] as const) {
  const { detected } = detectFormat(text);
  const best = { detectFormat: Infinity, parseCsv: Infinity, previewCsv: Infinity };
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    detectFormat(text);
    best.detectFormat = Math.min(best.detectFormat, performance.now() - start);
    start = performance.now();
    const rows = parseCsv(text, detected);
    best.parseCsv = Math.min(best.parseCsv, performance.now() - start);
    if (rows.length !== ROWS || rows.some((row) => row.errors.length > 0)) throw new Error(`${name}: rows were misread`);
    start = performance.now();
    previewCsv(text);
    best.previewCsv = Math.min(best.previewCsv, performance.now() - start);
  }
  const figures = Object.entries(best).map(([step, ms]) => `${step} ${ms.toFixed(0)} ms`).join(", ");
  console.log(`${name} (${(text.length / 2 ** 20).toFixed(1)} MiB, ${ROWS} rows, best of ${RUNS}): ${figures}`);
}
