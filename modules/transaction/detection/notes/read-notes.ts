// Reads a notes file (tab-separated: type, expected category name, note; one header
// line) for the accuracy test and the benchmark. Node only: never imported by the
// detector, so the tables can't depend on the notes.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TransactionType } from "../build-detector";

export type LabelledNote = { type: TransactionType; category: string; note: string; line: number };

export const NOTES_DIR = import.meta.dirname;

export function readNotes(file: string): LabelledNote[] {
  const lines = readFileSync(path.join(NOTES_DIR, file), "utf8").split("\n");
  const [header, ...rows] = lines;
  if (header !== "type\tcategory\tnote") throw new Error(`${file}: unexpected header ${JSON.stringify(header)}`);
  return rows.flatMap((row, index) => {
    if (row.trim() === "") return [];
    const [type, category, note, ...rest] = row.split("\t");
    const line = index + 2;
    if ((type !== "income" && type !== "expense") || !category || !note || rest.length > 0) {
      throw new Error(`${file}:${line}: expected "type<TAB>category<TAB>note", got ${JSON.stringify(row)}`);
    }
    return [{ type, category, note, line }];
  });
}
