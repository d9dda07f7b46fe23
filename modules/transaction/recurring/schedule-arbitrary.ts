// fast-check generators of schedules and dates, shared by this folder's tests.
import fc from "fast-check";
import { dateOfDayNumber, dayNumber } from "./calendar-days";
import { FREQUENCIES, MAX_INTERVAL, type Schedule } from "./occurrence-dates";

export const FIRST_TEST_DAY = dayNumber("1900-01-01");
export const LAST_TEST_DAY = dayNumber("2199-12-31");

/** A date from 1900 to 2199, biased towards month ends and leap days, where the rules bite. */
export const dateArbitrary = fc.oneof(
  fc.integer({ min: FIRST_TEST_DAY, max: LAST_TEST_DAY }).map(dateOfDayNumber),
  fc
    .record({
      year: fc.integer({ min: 1900, max: 2199 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.constantFrom(28, 29, 30, 31),
    })
    .map(({ year, month, day }) => {
      const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(day, length)).padStart(2, "0")}`;
    }),
);

/** Mostly small intervals (the common ones), sometimes anything up to 365. */
export const intervalArbitrary = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: MAX_INTERVAL }));

export const scheduleArbitrary: fc.Arbitrary<Schedule> = fc
  .record({
    frequency: fc.constantFrom(...FREQUENCIES),
    interval: intervalArbitrary,
    startDate: dateArbitrary,
    endAfter: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
  })
  .map(({ endAfter, ...schedule }) => ({
    ...schedule,
    endDate: endAfter === null ? null : dateOfDayNumber(dayNumber(schedule.startDate) + endAfter),
  }));
