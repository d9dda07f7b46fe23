// Dates of the Tokens section, formatted the same on the server and in the browser.

/** "2026-12-03" plus n days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** A timestamp as a day in the user's time zone: "Dec 3, 2026". */
export const formatInstant = (iso: string, timezone: string): string =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: timezone }).format(new Date(iso));

/** A calendar day (YYYY-MM-DD) as "Dec 3, 2026". */
export const formatCalendarDay = (day: string): string =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
