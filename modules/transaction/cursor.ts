// The list's opaque cursor: the sort key (date, createdAt, id) of the last row
// of a page, so the next page starts strictly after it (keyset pagination: no
// OFFSET, no duplicates or gaps when rows share a date).

export type Cursor = { date: string; createdAt: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

// btoa/atob rather than Buffer: this file is shared with the browser bundle.
// The JSON is ASCII only (dates, timestamps, UUIDs), so no UTF-8 step is needed.
export function encodeCursor({ date, createdAt, id }: Cursor): string {
  return btoa(JSON.stringify([date, createdAt, id])).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// A date or time that doesn't exist (2026-02-30, 25:00, year 0) must not reach PostgreSQL.
function roundTrips(timestamp: string): boolean {
  const time = Date.parse(timestamp);
  return !Number.isNaN(time) && new Date(time).toISOString() === timestamp && !timestamp.startsWith("0000");
}

/** The cursor a client sent back, or null when it is not one we issued. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[\w-]{1,200}$/.test(text)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(atob(text.replace(/-/g, "+").replace(/_/g, "/")));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 3) return null;
  const [date, createdAt, id] = parts as unknown[];
  if (typeof date !== "string" || !DATE.test(date) || !roundTrips(`${date}T00:00:00.000Z`)) return null;
  if (typeof createdAt !== "string" || !TIMESTAMP.test(createdAt) || !roundTrips(createdAt)) return null;
  if (typeof id !== "string" || !isUuid(id)) return null;
  return { date, createdAt, id };
}
