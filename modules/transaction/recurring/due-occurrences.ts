// What the scheduler records and what the "upcoming" list shows, computed from
// a schedule's calendar and its `nextDate` (the first occurrence not yet
// recorded, API.md). Pure: the caller supplies "today" in the user's time zone
// (lib/clock's todayIn) and does the writing.
import { LAST_DATE, dateOfDayNumber, dayNumber } from "./calendar-days";
import { firstOccurrenceAfter, firstOccurrenceOnOrAfter, occurrencesBetween, type Schedule } from "./occurrence-dates";

export type ScheduleState = Schedule & {
  /** The first occurrence not yet recorded; null once the schedule has ended. */
  nextDate: string | null;
  /** A paused schedule records nothing and has nothing upcoming. */
  paused?: boolean;
};

export type DueOccurrences = {
  /** The dates to record now, ascending. */
  dates: string[];
  /** The schedule's nextDate after recording them; null when it has ended. */
  nextDate: string | null;
};

export const DEFAULT_MAX_DUE = 1000;

/**
 * The occurrences from `nextDate` through `today` (inclusive) and the nextDate
 * that follows them. At most `max` dates: when more are due (a daily schedule
 * years overdue), the returned nextDate is still ≤ today and the next call
 * continues from there. A paused schedule records nothing: what falls due while
 * it is paused is skipped, not saved up, so nextDate moves past today.
 */
export function dueOccurrences(schedule: ScheduleState, today: string, max = DEFAULT_MAX_DUE): DueOccurrences {
  if (!Number.isSafeInteger(max) || max < 1) throw new RangeError(`max must be a whole number from 1, got ${max}`);
  dayNumber(today); // a malformed today is the caller's bug: fail here, not halfway through
  if (schedule.nextDate === null) return { dates: [], nextDate: null };
  if (schedule.paused) {
    const nextDate =
      schedule.nextDate > today ? firstOccurrenceOnOrAfter(schedule, schedule.nextDate) : firstOccurrenceAfter(schedule, today);
    return { dates: [], nextDate };
  }
  const dates = occurrencesBetween(schedule, schedule.nextDate, today, max);
  const last = dates.at(-1);
  return {
    dates,
    nextDate: last === undefined ? firstOccurrenceOnOrAfter(schedule, schedule.nextDate) : firstOccurrenceAfter(schedule, last),
  };
}

export const DEFAULT_UPCOMING_DAYS = 30;
export const MAX_UPCOMING_DAYS = 366;

export type UpcomingSchedule = ScheduleState & { id: string };
export type UpcomingOccurrence = { recurringId: string; date: string };

/**
 * The occurrences from the day after `today` through `today + days`, of every
 * schedule that is not paused, never before its nextDate nor after its
 * endDate; sorted by date, then by schedule id.
 */
export function upcomingOccurrences(
  schedules: readonly UpcomingSchedule[],
  today: string,
  days = DEFAULT_UPCOMING_DAYS,
): UpcomingOccurrence[] {
  if (!Number.isInteger(days) || days < 1 || days > MAX_UPCOMING_DAYS) {
    throw new RangeError(`days must be a whole number from 1 to ${MAX_UPCOMING_DAYS}, got ${days}`);
  }
  const todayNumber = dayNumber(today);
  const lastNumber = dayNumber(LAST_DATE);
  if (todayNumber >= lastNumber) return [];
  const tomorrow = dateOfDayNumber(todayNumber + 1);
  const to = dateOfDayNumber(Math.min(todayNumber + days, lastNumber));

  const upcoming: UpcomingOccurrence[] = [];
  for (const schedule of schedules) {
    if (schedule.paused || schedule.nextDate === null) continue;
    const from = schedule.nextDate > tomorrow ? schedule.nextDate : tomorrow;
    for (const date of occurrencesBetween(schedule, from, to)) upcoming.push({ recurringId: schedule.id, date });
  }
  // Plain code-unit comparison, not localeCompare: the order must not depend on the server's locale.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return upcoming.sort((a, b) => compare(a.date, b.date) || compare(a.recurringId, b.recurringId));
}
