import { describe, expect, it } from "vitest";
import type { Transaction } from "@/modules/transaction/client";
import { compareNewestFirst, groupByDate, listFrom, placeInOrder, withFreshFirstPage, withoutTransaction } from "./list-order";

let serial = 0;
function row(date: string, minute: number, fields: Partial<Transaction> = {}): Transaction {
  serial += 1;
  const createdAt = `2026-03-01T10:${String(minute).padStart(2, "0")}:00.000Z`;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, "0")}`,
    type: "expense",
    amount: "1.00",
    category: "Other",
    categorySource: "auto",
    date,
    note: `row ${serial}`,
    comment: "",
    recurringId: null,
    createdAt,
    updatedAt: createdAt,
    ...fields,
  };
}
const ids = (items: Transaction[]) => items.map((t) => t.id);

describe("compareNewestFirst", () => {
  it("orders by date, then creation, then id, newest first", () => {
    const [a, b, c] = [row("2026-01-02", 1), row("2026-01-02", 2), row("2026-01-03", 0)];
    expect([a, b, c].sort(compareNewestFirst)).toEqual([c, b, a]);
    const twin = { ...a, id: "ffffffff-0000-4000-8000-000000000000" };
    expect(compareNewestFirst(twin, a)).toBeLessThan(0);
    expect(compareNewestFirst(a, a)).toBe(0);
  });
});

describe("withFreshFirstPage", () => {
  const [r1, r2, r3, r4] = [row("2026-01-04", 0), row("2026-01-03", 0), row("2026-01-02", 0), row("2026-01-01", 0)];

  it("keeps the rows loaded beyond the fresh first page, and their cursor", () => {
    const loaded = { source: { items: [r1, r2], nextCursor: "c1" }, items: [r1, r2, r3, r4], nextCursor: null };
    const created = row("2026-01-05", 0);
    const fresh = { items: [created, r1], nextCursor: "c2" };
    const merged = withFreshFirstPage(loaded, fresh);
    expect(ids(merged.items)).toEqual(ids([created, r1, r2, r3, r4]));
    expect(merged.nextCursor).toBeNull();
    expect(merged.source).toBe(fresh);
  });

  it("takes the fresh page alone when it is the whole list", () => {
    const loaded = { source: { items: [r1], nextCursor: "c1" }, items: [r1, r2], nextCursor: null };
    expect(withFreshFirstPage(loaded, { items: [r2], nextCursor: null }).items).toEqual([r2]);
  });

  it("drops loaded rows the fresh page no longer has within its range", () => {
    const loaded = listFrom({ items: [r1, r2, r3], nextCursor: "c" });
    expect(ids(withFreshFirstPage(loaded, { items: [r1, r3], nextCursor: "c3" }).items)).toEqual(ids([r1, r3]));
  });
});

describe("placeInOrder", () => {
  const [r1, r2] = [row("2026-02-02", 0), row("2026-02-01", 0)];

  it("moves an edited row to where its new date puts it", () => {
    const list = listFrom({ items: [r1, r2], nextCursor: null });
    const moved = { ...r1, date: "2026-01-15" };
    expect(ids(placeInOrder(list, moved).items)).toEqual(ids([r2, moved]));
  });

  it("leaves a row past the loaded ones to Load more", () => {
    const list = listFrom({ items: [r1, r2], nextCursor: "more" });
    expect(ids(placeInOrder(list, row("2025-12-31", 0)).items)).toEqual(ids([r1, r2]));
  });

  it("inserts a restored row in place", () => {
    const list = listFrom({ items: [r1, r2], nextCursor: null });
    const restored = row("2026-02-01", 30);
    expect(ids(placeInOrder(list, restored).items)).toEqual(ids([r1, restored, r2]));
    expect(ids(withoutTransaction(list, r1.id).items)).toEqual(ids([r2]));
  });
});

describe("groupByDate", () => {
  it("groups consecutive rows of one date", () => {
    const [a, b, c] = [row("2026-01-02", 2), row("2026-01-02", 1), row("2026-01-01", 0)];
    expect(groupByDate([a, b, c])).toEqual([
      { date: "2026-01-02", items: [a, b] },
      { date: "2026-01-01", items: [c] },
    ]);
  });
});
