// The calendar of a recurring schedule (API.md, Recurring transactions). Every
// occurrence is computed from the start date and its index, never from the
// previous occurrence: a monthly schedule started on the 31st falls on 28/29 Feb
// and then on 31 Mar again instead of drifting to the 28th, and finding the next
// date after a gap of years is arithmetic, not a walk.
import {
  LAST_DATE,
  calendarDayOf,
  clampedDayInMonth,
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  monthNumberOf,
  parseCalendarDay,
} from "./calendar-days";

export const FREQUENCIES = ["daily", "weekly", "monthly", "yearly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const MIN_INTERVAL = 1;
export const MAX_INTERVAL = 365;

export type Schedule = {
  frequency: Frequency;
  /** Every `interval` days, weeks, months or years: a whole number from 1 to 365. */
  interval: number;
  /** The first occurrence. */
  startDate: string;
  /** The last day an occurrence may fall on (inclusive); null: no end. */
  endDate: string | null;
};

/** A schedule compiled to day numbers: occurrence n, and its inverse. */
type Calendar = {
  /** Day number of occurrence n (n ≥ 0), ignoring the end. */
  at: (n: number) => number;
  /** The smallest n whose occurrence is on or after a day number. */
  firstIndexOnOrAfter: (day: number) => number;
  /** Index of the last occurrence on or before the end date (and LAST_DATE); -1 when there is none. */
  lastIndex: number;
};

function compile(schedule: Schedule): Calendar {
  const { frequency, interval } = schedule;
  if (!FREQUENCIES.includes(frequency)) throw new RangeError(`Unknown frequency: "${String(frequency)}"`);
  if (!Number.isInteger(interval) || interval < MIN_INTERVAL || interval > MAX_INTERVAL) {
    throw new RangeError(`interval must be a whole number from ${MIN_INTERVAL} to ${MAX_INTERVAL}, got ${interval}`);
  }
  const start = parseCalendarDay(schedule.startDate);
  const startDay = dayNumberOf(start);
  const endDay = dayNumber(schedule.endDate ?? LAST_DATE);
  if (endDay < startDay) throw new RangeError(`endDate ${schedule.endDate} is before startDate ${schedule.startDate}`);

  let at: Calendar["at"];
  let firstIndexOnOrAfter: Calendar["firstIndexOnOrAfter"];
  if (frequency === "daily" || frequency === "weekly") {
    const step = frequency === "daily" ? interval : 7 * interval;
    at = (n) => startDay + n * step;
    firstIndexOnOrAfter = (day) => Math.max(0, Math.ceil((day - startDay) / step));
  } else {
    // Monthly and yearly are one rule: the start's day in every `step`-th month,
    // clamped to the month's length (yearly: 29 Feb → 28 Feb in other years).
    const step = frequency === "monthly" ? interval : 12 * interval;
    const startMonth = monthNumberOf(start);
    at = (n) => dayNumberOf(clampedDayInMonth(startMonth + n * step, start.day));
    firstIndexOnOrAfter = (day) => {
      const n = Math.max(0, Math.ceil((monthNumberOf(calendarDayOf(day)) - startMonth) / step));
      // Occurrence n is in the day's month or later; in the same month it may fall before the day.
      return at(n) < day ? n + 1 : n;
    };
  }
  return { at, firstIndexOnOrAfter, lastIndex: firstIndexOnOrAfter(endDay + 1) - 1 };
}

const occurrence = (calendar: Calendar, n: number): string | null =>
  n <= calendar.lastIndex ? dateOfDayNumber(calendar.at(n)) : null;

/** The n-th occurrence (n = 0 is startDate), or null when it would fall after endDate. */
export function nthOccurrence(schedule: Schedule, n: number): string | null {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a whole number from 0, got ${n}`);
  return occurrence(compile(schedule), n);
}

/** The first occurrence on or after `date`, or null when there is none by endDate. */
export function firstOccurrenceOnOrAfter(schedule: Schedule, date: string): string | null {
  const calendar = compile(schedule);
  return occurrence(calendar, calendar.firstIndexOnOrAfter(dayNumber(date)));
}

/** The first occurrence strictly after `date`, or null when there is none by endDate. */
export function firstOccurrenceAfter(schedule: Schedule, date: string): string | null {
  const calendar = compile(schedule);
  return occurrence(calendar, calendar.firstIndexOnOrAfter(dayNumber(date) + 1));
}

/**
 * The occurrences from `from` to `to`, both inclusive, ascending; at most
 * `limit` of them (the earliest). Work and memory are proportional to what is
 * returned, however far apart `from` and `to` are.
 */
export function occurrencesBetween(schedule: Schedule, from: string, to: string, limit = Infinity): string[] {
  if (limit !== Infinity && (!Number.isSafeInteger(limit) || limit < 0)) {
    throw new RangeError(`limit must be a whole number from 0, got ${limit}`);
  }
  const calendar = compile(schedule);
  const last = dayNumber(to);
  const dates: string[] = [];
  for (let n = calendar.firstIndexOnOrAfter(dayNumber(from)); n <= calendar.lastIndex && dates.length < limit; n++) {
    const day = calendar.at(n);
    if (day > last) break;
    dates.push(dateOfDayNumber(day));
  }
  return dates;
}
