import type { ParsedRow } from "./csv-format";

type KeyFields = { date: string; type: string; amount: string; note: string };

/**
 * The key API.md compares a row by: date, type, amount and note (the note
 * exactly as stored). The note goes last, so a "|" in it can't make two keys
 * collide: date, type and amount have fixed shapes.
 */
export function duplicateKey(row: KeyFields): string {
  return `${row.date}|${row.type}|${row.amount}|${row.note}`;
}

export type RowWithDuplicate<T extends ParsedRow = ParsedRow> = T & { duplicate: boolean };

/**
 * A row is a duplicate when the user already has at least k transactions with
 * its key, k being how many times the key has come up in the file so far, this
 * row included: two equal coffees on one day are two rows, and importing the
 * same file again adds nothing. Rows that can't be recorded are never duplicates
 * and don't count. `existingCount` answers from the user's transactions (one
 * grouped query by the caller, so this stays pure).
 */
export function markDuplicates<T extends ParsedRow>(rows: T[], existingCount: (key: string) => number): RowWithDuplicate<T>[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    if (row.errors.length > 0 || !row.date || !row.type || !row.amount) return { ...row, duplicate: false };
    const key = duplicateKey({ date: row.date, type: row.type, amount: row.amount, note: row.note });
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { ...row, duplicate: existingCount(key) >= occurrence };
  });
}
