// One source of "now" (STYLE.md §14): code that depends on the time takes a
// Clock, so tests move time instead of sleeping.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

// Making an Intl.DateTimeFormat costs ~100× using one (it was 6 % of a
// create's CPU): one per time zone, kept. Zone names are case-insensitive, so
// spellings are unbounded even though zones are not: the cache is capped.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const MAX_DAY_FORMATS = 1_000;

function dayFormat(timezone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timezone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" });
    if (dayFormats.size >= MAX_DAY_FORMATS) dayFormats.clear();
    dayFormats.set(timezone, format);
  }
  return format;
}

/** The calendar date (YYYY-MM-DD) it is now in an IANA time zone. */
export function todayIn(timezone: string, clock: Clock = systemClock): string {
  return dayFormat(timezone).format(clock());
}

/** The month (YYYY-MM) it is now in an IANA time zone. */
export const thisMonthIn = (timezone: string, clock: Clock = systemClock): string => todayIn(timezone, clock).slice(0, 7);

/** First and last calendar day of a YYYY-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, monthIndex] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthIndex, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** The month n months after (or before, n < 0) a YYYY-MM month. */
export function addMonths(month: string, n: number): string {
  const [year, monthIndex] = month.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthIndex - 1 + n, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function isValidTimeZone(timezone: string): boolean {
  try {
    // Not through the cache: this sees any text a client sends.
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}
