import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LAST_DATE,
  addDays,
  calendarDayOf,
  clampedDayInMonth,
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  daysInMonth,
  monthNumberOf,
  parseCalendarDay,
} from "./calendar-days";

const DAY_MS = 86_400_000;
// Date.UTC is the independent oracle here (UTC has no DST); the code under test never uses Date.
const utcDayNumber = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;
const utcDate = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

const FIRST_DAY = dayNumber("1900-01-01");
const LAST_DAY = dayNumber(LAST_DATE);

describe("day numbers", () => {
  it("counts from 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2000-03-01")).toBe(utcDayNumber(2000, 3, 1));
    expect(dateOfDayNumber(0)).toBe("1970-01-01");
  });

  it("agrees with UTC for every day from 1900 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (n) => {
        expect(dateOfDayNumber(n)).toBe(utcDate(n));
        expect(dayNumber(utcDate(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips year, month and day", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (n) => {
        expect(dayNumberOf(calendarDayOf(n))).toBe(n);
      }),
    );
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2016-01-01", 3653)).toBe("2026-01-01");
  });
});

describe("daysInMonth", () => {
  it("knows the Gregorian leap years", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29, 28, 29]);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it("agrees with UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }),
    );
  });
});

describe("parseCalendarDay", () => {
  it("splits a real date", () => {
    expect(parseCalendarDay("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(["2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-5", "20260105", "2026-01-31T00:00:00Z", ""])(
    "refuses %j",
    (text) => {
      expect(() => parseCalendarDay(text)).toThrow(RangeError);
    },
  );
});

describe("months", () => {
  it("numbers consecutive months consecutively across a year end", () => {
    expect(monthNumberOf({ year: 2026, month: 1 }) - monthNumberOf({ year: 2025, month: 12 })).toBe(1);
  });

  it("clamps a day to the month's length", () => {
    const january2024 = monthNumberOf({ year: 2024, month: 1 });
    expect(clampedDayInMonth(january2024, 31)).toEqual({ year: 2024, month: 1, day: 31 });
    expect(clampedDayInMonth(january2024 + 1, 31)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(clampedDayInMonth(january2024 + 13, 31)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(clampedDayInMonth(january2024 + 3, 31)).toEqual({ year: 2024, month: 4, day: 30 });
    expect(clampedDayInMonth(january2024 + 11, 15)).toEqual({ year: 2024, month: 12, day: 15 });
  });
});
