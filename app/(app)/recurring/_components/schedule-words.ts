// A schedule as people say it: "Monthly on the 1st", "Every 2 weeks on Monday".
// The same on the server and in the browser (fixed locale, UTC dates), so
// hydration matches. The anchors follow API.md: monthly on startDate's day,
// weekly on its weekday, yearly on its month and day.
import type { Frequency } from "@/modules/transaction";

const LOCALE = "en-US";

export type ScheduleShape = { frequency: Frequency; interval: number; startDate: string };

const UNIT: Record<Frequency, [one: string, many: string]> = {
  daily: ["day", "days"],
  weekly: ["week", "weeks"],
  monthly: ["month", "months"],
  yearly: ["year", "years"],
};

const SINGLE: Record<Frequency, string> = { daily: "Daily", weekly: "Weekly", monthly: "Monthly", yearly: "Yearly" };

const weekdayFormat = new Intl.DateTimeFormat(LOCALE, { weekday: "long", timeZone: "UTC" });
const monthDayFormat = new Intl.DateTimeFormat(LOCALE, { month: "long", day: "numeric", timeZone: "UTC" });

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** "every 1 unit" reads as the adverb; more as "Every 3 months". */
export function cadenceWords(frequency: Frequency, interval: number): string {
  if (interval === 1) return SINGLE[frequency];
  return `Every ${interval} ${UNIT[frequency][1]}`;
}

/** Which day in the period it falls on, from the start date; "" for daily. */
export function anchorWords(frequency: Frequency, startDate: string): string {
  const date = utc(startDate);
  switch (frequency) {
    case "daily":
      return "";
    case "weekly":
      return `on ${weekdayFormat.format(date)}`;
    case "monthly": {
      const day = date.getUTCDate();
      // Shorter months get their last day (API.md); 29 and 30 only miss February.
      return day >= 29 ? `on the ${ordinal(day)} (or the month's last day)` : `on the ${ordinal(day)}`;
    }
    case "yearly": {
      const leapDay = date.getUTCMonth() === 1 && date.getUTCDate() === 29;
      return leapDay ? "on February 29 (28 in other years)" : `on ${monthDayFormat.format(date)}`;
    }
  }
}

/** "Monthly on the 1st", "Every 2 weeks on Friday", "Daily", "Yearly on March 5". */
export function scheduleWords({ frequency, interval, startDate }: ScheduleShape): string {
  const anchor = anchorWords(frequency, startDate);
  return anchor ? `${cadenceWords(frequency, interval)} ${anchor}` : cadenceWords(frequency, interval);
}

/** The unit an interval counts, for the "Every [n] …" field. */
export const intervalUnit = (frequency: Frequency, interval: number): string => UNIT[frequency][interval === 1 ? 0 : 1];
