// Display formatting shared by the pages, the same on the server and in the
// browser (a fixed locale, so hydration matches).

const LOCALE = "en-US";

// Building an Intl formatter costs about a tenth of a millisecond, using one a
// hundredth of that, and a dashboard formats a few hundred figures: keep them.
// The keys are bounded: a handful of option sets times the ISO currency codes.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(LOCALE, options)));
  return format;
}

/**
 * A two-decimal amount string in the user's currency: "1234.5" → "$1,234.50".
 * Intl formats the decimal string itself, no float on the way.
 */
export function formatMoney(
  amount: string,
  currency: string,
  signDisplay: "auto" | "always" | "exceptZero" = "auto",
): string {
  const format = numberFormat({ style: "currency", currency, signDisplay, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return format.format(amount as `${number}`);
}

/** A chart axis tick: "$1.2K". Only for axes, where the exact figure is in the table next to the chart. */
export function formatAxisMoney(value: number, currency: string): string {
  const format = numberFormat({ style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 });
  return format.format(value);
}

/** 12.3 → "12.3%"; `signed`: "+12.3%", "-4%"; `aligned`: always one decimal, "1.0%", for a column of them. */
export function formatPercent(percent: number, { signed = false, aligned = false } = {}): string {
  const format = numberFormat({
    minimumFractionDigits: aligned ? 1 : 0,
    maximumFractionDigits: 1,
    signDisplay: signed ? "exceptZero" : "auto",
  });
  return `${format.format(percent)}%`;
}

const dateFormat = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: "UTC" });

const monthFormats = {
  long: dateFormat({ month: "long", year: "numeric" }),
  short: dateFormat({ month: "short", year: "numeric" }),
  name: dateFormat({ month: "long" }),
  tick: dateFormat({ month: "short" }),
};

const dayFormat = dateFormat({ month: "short", day: "numeric" });

/** "2026-11" → "November 2026" (long), "Nov 2026" (short), "November" (name), "Nov" (tick). */
export function formatMonth(month: string, style: keyof typeof monthFormats = "long"): string {
  return monthFormats[style].format(new Date(`${month}-01T00:00:00Z`));
}

/** "2026-11-05" → "Nov 5". */
export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}
