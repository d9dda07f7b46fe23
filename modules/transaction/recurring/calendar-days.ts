// Calendar dates (YYYY-MM-DD) as integers: a day number (days since
// 1970-01-01) and a month number (months since year 0). Schedules do their
// arithmetic here rather than on Date objects, so no time zone or DST change can
// move a date, and a jump of years costs one division, not a walk.
// Proleptic Gregorian calendar; the conversions are Howard Hinnant's
// days_from_civil / civil_from_days (https://howardhinnant.github.io/date_algorithms.html).

export type CalendarDay = { year: number; month: number; day: number };

/** The last date a schedule can reach: four-digit years, as YYYY-MM-DD and PostgreSQL's DATE agree on. */
export const LAST_DATE = "9999-12-31";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** A real calendar date written YYYY-MM-DD, split; anything else is a bug in the caller (input is validated by the schemas first). */
export function parseCalendarDay(date: string): CalendarDay {
  const match = DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date written YYYY-MM-DD: "${date}"`);
  }
  return { year, month, day };
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

export const formatCalendarDay = ({ year, month, day }: CalendarDay): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Days since 1970-01-01 of a year, month (1–12) and day. */
export function dayNumberOf({ year, month, day }: CalendarDay): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function calendarDayOf(dayNumber: number): CalendarDay {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const dayNumber = (date: string): number => dayNumberOf(parseCalendarDay(date));

export const dateOfDayNumber = (dayNumber: number): string => formatCalendarDay(calendarDayOf(dayNumber));

/** The date n days after (before, n < 0) a date. */
export const addDays = (date: string, n: number): string => dateOfDayNumber(dayNumber(date) + n);

/** Months since January of year 0: consecutive months are consecutive numbers. */
export const monthNumberOf = ({ year, month }: Pick<CalendarDay, "year" | "month">): number => year * 12 + month - 1;

/** The date in month number `monthNumber` on `day`, or on the month's last day when it is shorter. */
export function clampedDayInMonth(monthNumber: number, day: number): CalendarDay {
  const year = Math.floor(monthNumber / 12);
  const month = monthNumber - year * 12 + 1;
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}
