import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, isUuid } from "./cursor";

const cursor = { date: "2026-02-28", createdAt: "2026-03-01T09:15:00.123Z", id: "0b7c9a0e-55a4-4d36-9f1e-2f3c1a6b8d90" };

describe("cursor", () => {
  it("round-trips a position, as URL-safe text", () => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[\w-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it("uses only the sort key of a transaction", () => {
    expect(decodeCursor(encodeCursor({ ...cursor, note: "ignored" } as typeof cursor))).toEqual(cursor);
  });

  it.each([
    ["empty", ""],
    ["not base64", "!!!"],
    ["not JSON", btoa("hello")],
    ["an object", btoa(JSON.stringify(cursor))],
    ["too short", btoa(JSON.stringify([cursor.date, cursor.createdAt]))],
    ["a bad date", btoa(JSON.stringify(["2026-2-28", cursor.createdAt, cursor.id]))],
    ["a bad timestamp", btoa(JSON.stringify([cursor.date, "yesterday", cursor.id]))],
    ["a bad id", btoa(JSON.stringify([cursor.date, cursor.createdAt, "42"]))],
    ["too long", "a".repeat(201)],
  ])("refuses %s", (_, text) => {
    expect(decodeCursor(text.replace(/=+$/, ""))).toBeNull();
  });

  it("recognises UUIDs", () => {
    expect(isUuid(cursor.id)).toBe(true);
    expect(isUuid(cursor.id.toUpperCase())).toBe(true);
    expect(isUuid("not-a-uuid")).toBe(false);
    expect(isUuid(`${cursor.id}0`)).toBe(false);
  });
});
