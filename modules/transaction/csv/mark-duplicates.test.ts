import { describe, expect, it } from "vitest";
import type { ParsedRow } from "./csv-format";
import { duplicateKey, markDuplicates } from "./mark-duplicates";

const row = (line: number, values: Partial<ParsedRow> = {}): ParsedRow => ({
  row: line, date: "2026-12-02", type: "expense", amount: "3.50", category: null, note: "Coffee", comment: "", errors: [], ...values,
});
const coffee = duplicateKey({ date: "2026-12-02", type: "expense", amount: "3.50", note: "Coffee" });

/** The user's transactions, as the caller's grouped query would count them. */
const existing = (counts: Record<string, number>) => (key: string) => counts[key] ?? 0;
const marks = (rows: ParsedRow[], counts: Record<string, number>) => markDuplicates(rows, existing(counts)).map((r) => r.duplicate);

describe("markDuplicates", () => {
  it("marks nothing for a user with no such transactions: two equal coffees are two rows", () => {
    expect(marks([row(2), row(3)], {})).toEqual([false, false]);
  });

  it("marks as many occurrences as the user already has", () => {
    expect(marks([row(2), row(3), row(4)], { [coffee]: 1 })).toEqual([true, false, false]);
    expect(marks([row(2), row(3), row(4)], { [coffee]: 2 })).toEqual([true, true, false]);
  });

  it("adds nothing when the same file is imported again", () => {
    const file = [row(2), row(3), row(4, { note: "Tea" }), row(5, { type: "income" }), row(6, { amount: "3.51" }), row(7, { date: "2026-12-03" })];
    const afterFirstImport: Record<string, number> = {};
    for (const r of file) {
      const key = duplicateKey({ date: r.date!, type: r.type!, amount: r.amount!, note: r.note });
      afterFirstImport[key] = (afterFirstImport[key] ?? 0) + 1;
    }
    expect(marks(file, {})).toEqual([false, false, false, false, false, false]);
    expect(marks(file, afterFirstImport)).toEqual([true, true, true, true, true, true]);
  });

  it("compares date, type, amount and note, and nothing else", () => {
    expect(marks([row(2, { comment: "other", category: "Food & Dining" })], { [coffee]: 1 })).toEqual([true]);
    expect(marks([row(2, { note: "coffee" })], { [coffee]: 1 })).toEqual([false]);
  });

  it("never marks a row with errors, nor counts it as an occurrence", () => {
    const broken = row(2, { errors: [{ path: "comment", message: "must be at most 2000 characters" }] });
    expect(markDuplicates([broken, row(3)], existing({ [coffee]: 1 })).map((r) => [r.row, r.duplicate])).toEqual([[2, false], [3, true]]);
  });

  it("keeps the rows as they were", () => {
    expect(markDuplicates([row(2)], existing({}))).toEqual([{ ...row(2), duplicate: false }]);
  });
});

describe("duplicateKey", () => {
  it("is the four fields, the note last and whole", () => {
    expect(coffee).toBe("2026-12-02|expense|3.50|Coffee");
    expect(duplicateKey({ date: "2026-12-02", type: "income", amount: "10.00", note: "a|b" })).toBe("2026-12-02|income|10.00|a|b");
    expect(duplicateKey({ date: "2026-12-02", type: "expense", amount: "3.50", note: "" })).toBe("2026-12-02|expense|3.50|");
  });
});
