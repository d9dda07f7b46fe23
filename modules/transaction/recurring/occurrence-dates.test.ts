import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { LAST_DATE, addDays, daysInMonth, dayNumber, monthNumberOf, parseCalendarDay } from "./calendar-days";
import {
  firstOccurrenceAfter,
  firstOccurrenceOnOrAfter,
  nthOccurrence,
  occurrencesBetween,
  type Frequency,
  type Schedule,
} from "./occurrence-dates";
import { dateArbitrary, scheduleArbitrary } from "./schedule-arbitrary";

const schedule = (frequency: Frequency, startDate: string, interval = 1, endDate: string | null = null): Schedule => ({
  frequency,
  interval,
  startDate,
  endDate,
});

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const FAR = "2999-12-31";

describe("monthly", () => {
  it("falls on the 31st, or the month's last day when it is shorter, without drifting", () => {
    expect(occurrencesBetween(schedule("monthly", "2024-01-31"), "2024-01-01", "2025-03-31")).toEqual([
      "2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31",
      "2024-08-31", "2024-09-30", "2024-10-31", "2024-11-30", "2024-12-31", "2025-01-31", "2025-02-28", "2025-03-31",
    ]);
  });

  it("started on the 30th: 28/29 Feb, then the 30th again", () => {
    expect(occurrencesBetween(schedule("monthly", "2025-01-30"), "2025-01-01", "2025-04-30")).toEqual([
      "2025-01-30", "2025-02-28", "2025-03-30", "2025-04-30",
    ]);
    expect(nthOccurrence(schedule("monthly", "2023-12-30"), 2)).toBe("2024-02-29");
  });

  it("started on the 29th: 28 Feb in a common year, 29 Feb in a leap year", () => {
    expect(occurrencesBetween(schedule("monthly", "2025-01-29"), "2025-01-01", "2025-03-31")).toEqual([
      "2025-01-29", "2025-02-28", "2025-03-29",
    ]);
    expect(occurrencesBetween(schedule("monthly", "2024-01-29"), "2024-02-01", "2024-03-31")).toEqual(["2024-02-29", "2024-03-29"]);
  });

  it("started on a short month's last day keeps its own day, not the month end", () => {
    // 28 Feb is day 28, not "the last day": March's occurrence is the 28th.
    expect(occurrencesBetween(schedule("monthly", "2025-02-28"), "2025-02-01", "2025-04-30")).toEqual([
      "2025-02-28", "2025-03-28", "2025-04-28",
    ]);
  });

  it("every 2 months from 31 Jan", () => {
    expect(occurrencesBetween(schedule("monthly", "2026-01-31", 2), "2026-01-01", "2027-01-31")).toEqual([
      "2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-09-30", "2026-11-30", "2027-01-31",
    ]);
  });

  it("every 12 months is yearly", () => {
    const monthly = schedule("monthly", "2024-02-29", 12);
    const yearly = schedule("yearly", "2024-02-29");
    expect(occurrencesBetween(monthly, "2024-01-01", "2040-12-31")).toEqual(occurrencesBetween(yearly, "2024-01-01", "2040-12-31"));
  });
});

describe("yearly", () => {
  it("on 29 Feb: 28 Feb in other years, 29 again in leap years (2024 through 2028)", () => {
    expect(occurrencesBetween(schedule("yearly", "2024-02-29"), "2024-01-01", "2028-12-31")).toEqual([
      "2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29",
    ]);
  });

  it("on 29 Feb through 2100, which is not a leap year", () => {
    expect(occurrencesBetween(schedule("yearly", "2096-02-29"), "2096-01-01", "2104-12-31")).toEqual([
      "2096-02-29", "2097-02-28", "2098-02-28", "2099-02-28", "2100-02-28", "2101-02-28", "2102-02-28", "2103-02-28", "2104-02-29",
    ]);
  });

  it("every 3 years from 29 Feb 2024", () => {
    expect(occurrencesBetween(schedule("yearly", "2024-02-29", 3), "2024-01-01", "2036-12-31")).toEqual([
      "2024-02-29", "2027-02-28", "2030-02-28", "2033-02-28", "2036-02-29",
    ]);
  });

  it("on an ordinary day keeps it", () => {
    expect(occurrencesBetween(schedule("yearly", "2025-12-31", 2), "2025-01-01", "2031-12-31")).toEqual([
      "2025-12-31", "2027-12-31", "2029-12-31", "2031-12-31",
    ]);
  });
});

describe("weekly", () => {
  it("keeps the start's weekday across a year end", () => {
    const dates = occurrencesBetween(schedule("weekly", "2025-12-18"), "2025-12-01", "2026-01-31");
    expect(dates).toEqual(["2025-12-18", "2025-12-25", "2026-01-01", "2026-01-08", "2026-01-15", "2026-01-22", "2026-01-29"]);
    expect(new Set(dates.map(weekday))).toEqual(new Set([4])); // Thursday
  });

  it("every 2 weeks across a year end and a leap day", () => {
    expect(occurrencesBetween(schedule("weekly", "2023-12-22", 2), "2023-12-01", "2024-03-10")).toEqual([
      "2023-12-22", "2024-01-05", "2024-01-19", "2024-02-02", "2024-02-16", "2024-03-01",
    ]);
  });
});

describe("daily", () => {
  it("every day across a leap day and a year end", () => {
    expect(occurrencesBetween(schedule("daily", "2024-02-27"), "2024-02-27", "2024-03-01")).toEqual([
      "2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01",
    ]);
    expect(occurrencesBetween(schedule("daily", "2025-12-30"), "2025-12-30", "2026-01-02")).toEqual([
      "2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02",
    ]);
  });

  it("every 3 days", () => {
    expect(occurrencesBetween(schedule("daily", "2026-01-30", 3), "2026-01-01", "2026-02-10")).toEqual([
      "2026-01-30", "2026-02-02", "2026-02-05", "2026-02-08",
    ]);
  });

  describe("whatever the process's time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    // 2026-03-29 (Europe) and 2026-03-08 (US) are 23-hour days; 2026-10-25 a 25-hour one.
    it.each(["Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "America/Sao_Paulo"])("in %s", (zone) => {
      process.env.TZ = zone;
      const dates = occurrencesBetween(schedule("daily", "2026-03-01"), "2026-03-01", "2026-10-31");
      expect(dates).toHaveLength(245);
      expect(dates).toContain("2026-03-08");
      expect(dates).toContain("2026-03-29");
      expect(dates).toContain("2026-10-25");
      expect(dates.every((date, i) => i === 0 || addDays(dates[i - 1]!, 1) === date)).toBe(true);
    });
  });
});

describe("endDate", () => {
  const rent = schedule("monthly", "2026-01-31", 1, "2026-04-30");

  it("is inclusive when an occurrence falls on it", () => {
    expect(occurrencesBetween(rent, "2026-01-01", FAR)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]);
    expect(firstOccurrenceOnOrAfter(rent, "2026-04-30")).toBe("2026-04-30");
    expect(firstOccurrenceAfter(rent, "2026-04-30")).toBeNull();
    expect(nthOccurrence(rent, 3)).toBe("2026-04-30");
    expect(nthOccurrence(rent, 4)).toBeNull();
  });

  it("ends the day before an occurrence: that occurrence is not one", () => {
    const shorter = { ...rent, endDate: "2026-04-29" };
    expect(occurrencesBetween(shorter, "2026-01-01", FAR)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
    expect(firstOccurrenceAfter(shorter, "2026-03-31")).toBeNull();
    expect(firstOccurrenceOnOrAfter(shorter, "2026-04-01")).toBeNull();
  });

  it("equal to startDate: one occurrence", () => {
    const once = schedule("yearly", "2026-06-15", 1, "2026-06-15");
    expect(occurrencesBetween(once, "1900-01-01", LAST_DATE)).toEqual(["2026-06-15"]);
    expect(nthOccurrence(once, 1)).toBeNull();
  });

  it("refuses an end before the start", () => {
    expect(() => nthOccurrence(schedule("daily", "2026-06-15", 1, "2026-06-14"), 0)).toThrow(RangeError);
  });

  it("without one, the calendar stops at 9999-12-31", () => {
    const daily = schedule("daily", "9999-12-30");
    expect(occurrencesBetween(daily, "9999-01-01", LAST_DATE)).toEqual(["9999-12-30", "9999-12-31"]);
    expect(firstOccurrenceAfter(daily, LAST_DATE)).toBeNull();
    expect(nthOccurrence(schedule("monthly", "2026-01-31"), Number.MAX_SAFE_INTEGER)).toBeNull();
  });
});

describe("nthOccurrence and the first occurrence from a date", () => {
  const rent = schedule("monthly", "2026-01-31");

  it("n = 0 is startDate", () => {
    expect(nthOccurrence(rent, 0)).toBe("2026-01-31");
    expect(nthOccurrence(rent, 1)).toBe("2026-02-28");
    expect(nthOccurrence(rent, 13)).toBe("2027-02-28");
  });

  it("before the start, the first occurrence is the start", () => {
    expect(firstOccurrenceOnOrAfter(rent, "1990-05-05")).toBe("2026-01-31");
    expect(firstOccurrenceAfter(rent, "2026-01-30")).toBe("2026-01-31");
  });

  it("on an occurrence: on-or-after is that day, after is the next", () => {
    expect(firstOccurrenceOnOrAfter(rent, "2026-02-28")).toBe("2026-02-28");
    expect(firstOccurrenceAfter(rent, "2026-02-28")).toBe("2026-03-31");
  });

  it("between occurrences in the same month", () => {
    expect(firstOccurrenceOnOrAfter(schedule("monthly", "2026-01-15"), "2026-03-16")).toBe("2026-04-15");
    expect(firstOccurrenceOnOrAfter(schedule("monthly", "2026-01-15", 2), "2026-02-01")).toBe("2026-03-15");
    expect(firstOccurrenceOnOrAfter(schedule("yearly", "2024-02-29"), "2025-03-01")).toBe("2026-02-28");
    expect(firstOccurrenceOnOrAfter(schedule("weekly", "2026-01-01", 3), "2026-01-02")).toBe("2026-01-22");
  });

  it("refuses what is not a schedule or an index", () => {
    expect(() => nthOccurrence(rent, -1)).toThrow(RangeError);
    expect(() => nthOccurrence(rent, 1.5)).toThrow(RangeError);
    expect(() => nthOccurrence({ ...rent, interval: 0 }, 0)).toThrow(RangeError);
    expect(() => nthOccurrence({ ...rent, interval: 366 }, 0)).toThrow(RangeError);
    expect(() => nthOccurrence({ ...rent, interval: 1.5 }, 0)).toThrow(RangeError);
    expect(() => nthOccurrence({ ...rent, frequency: "hourly" as Frequency }, 0)).toThrow(RangeError);
    expect(() => nthOccurrence({ ...rent, startDate: "2026-02-30" }, 0)).toThrow(RangeError);
    expect(() => firstOccurrenceOnOrAfter(rent, "2026-2-3")).toThrow(RangeError);
    expect(() => occurrencesBetween(rent, "2026-01-01", "2026-12-31", -1)).toThrow(RangeError);
  });
});

describe("occurrencesBetween", () => {
  it("is empty when from is after to", () => {
    expect(occurrencesBetween(schedule("daily", "2026-01-01"), "2026-02-02", "2026-02-01")).toEqual([]);
  });

  it("lists a daily schedule 10 years overdue (3,653 days) at once", () => {
    const dates = occurrencesBetween(schedule("daily", "2016-01-01"), "2016-01-01", "2025-12-31");
    expect(dates).toHaveLength(3653);
    expect(dates[0]).toBe("2016-01-01");
    expect(dates.at(-1)).toBe("2025-12-31");
  });

  it("stops at limit, keeping the earliest", () => {
    expect(occurrencesBetween(schedule("weekly", "2026-01-01"), "2026-01-01", FAR, 3)).toEqual(["2026-01-01", "2026-01-08", "2026-01-15"]);
    expect(occurrencesBetween(schedule("weekly", "2026-01-01"), "2026-01-01", FAR, 0)).toEqual([]);
  });

  // A day-by-day walk would take 8,000 years × 365 steps per call: 6,000 such calls would not finish in minutes.
  it("jumps over any gap instead of walking it", () => {
    const daily = schedule("daily", "1900-01-01");
    const monthly = schedule("monthly", "1900-01-31");
    const results = new Set<string>();
    const started = performance.now();
    for (let i = 0; i < 2_000; i++) {
      results.add(firstOccurrenceOnOrAfter(daily, "9999-12-31") ?? "none");
      results.add(occurrencesBetween(daily, "1900-01-01", LAST_DATE, 2).join(","));
      results.add(firstOccurrenceAfter(monthly, "9999-11-30") ?? "none");
    }
    const elapsed = performance.now() - started;
    expect([...results]).toEqual(["9999-12-31", "1900-01-01,1900-01-02"]);
    expect(elapsed).toBeLessThan(3_000);
  });
});

describe("properties", () => {
  /** A range of up to ~5 years somewhere around the schedule's start. */
  const rangeAround = (startDate: string) =>
    fc
      .record({ offset: fc.integer({ min: -400, max: 40_000 }), length: fc.integer({ min: 0, max: 2000 }) })
      .map(({ offset, length }) => {
        const from = addDays(startDate, offset);
        return { from, to: addDays(from, length) };
      });

  const withRange = scheduleArbitrary.chain((s) => rangeAround(s.startDate).map((range) => ({ s, ...range })));

  it("occurrences are strictly increasing, within [from, to] and [startDate, endDate]", () => {
    fc.assert(
      fc.property(withRange, ({ s, from, to }) => {
        const dates = occurrencesBetween(s, from, to);
        const misplaced = dates.filter(
          (date, i) =>
            (i > 0 && date <= dates[i - 1]!) || date < from || date > to || date < s.startDate || (s.endDate !== null && date > s.endDate),
        );
        expect(misplaced).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("firstOccurrenceOnOrAfter(d) is the first of occurrencesBetween(d, far); firstOccurrenceAfter(d) of (d + 1, far)", () => {
    fc.assert(
      fc.property(scheduleArbitrary, dateArbitrary, (s, d) => {
        expect(firstOccurrenceOnOrAfter(s, d)).toBe(occurrencesBetween(s, d, LAST_DATE, 1)[0] ?? null);
        expect(firstOccurrenceAfter(s, d)).toBe(occurrencesBetween(s, addDays(d, 1), LAST_DATE, 1)[0] ?? null);
      }),
      { numRuns: 1000 },
    );
  });

  it("limit keeps a prefix of the whole list", () => {
    fc.assert(
      fc.property(withRange, fc.integer({ min: 0, max: 50 }), ({ s, from, to }, limit) => {
        expect(occurrencesBetween(s, from, to, limit)).toEqual(occurrencesBetween(s, from, to).slice(0, limit));
      }),
    );
  });

  it("the list skips no occurrence: its n-th element is nthOccurrence(n)", () => {
    fc.assert(
      fc.property(scheduleArbitrary, (s) => {
        const dates = occurrencesBetween(s, s.startDate, LAST_DATE, 40);
        expect(dates[0]).toBe(s.startDate);
        expect(dates.map((_, n) => nthOccurrence(s, n))).toEqual(dates);
        if (dates.length < 40) expect(nthOccurrence(s, dates.length)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("every occurrence is found from the day after the one before", () => {
    fc.assert(
      fc.property(scheduleArbitrary, (s) => {
        const dates = occurrencesBetween(s, s.startDate, LAST_DATE, 30);
        const later = dates.slice(1);
        expect(dates.slice(0, -1).map((date) => firstOccurrenceAfter(s, date))).toEqual(later);
        expect(dates.slice(0, -1).map((date) => firstOccurrenceOnOrAfter(s, addDays(date, 1)))).toEqual(later);
      }),
    );
  });

  const monthlyOrYearly = scheduleArbitrary.filter((s) => s.frequency === "monthly" || s.frequency === "yearly");

  it("monthly and yearly dates fall on min(start day, month length), `interval` months or years apart", () => {
    fc.assert(
      fc.property(monthlyOrYearly, (s) => {
        const start = parseCalendarDay(s.startDate);
        const step = s.frequency === "monthly" ? s.interval : 12 * s.interval;
        const dates = occurrencesBetween(s, s.startDate, LAST_DATE, 40);
        const expected = dates.map((date, n) => {
          const { year, month } = parseCalendarDay(date);
          return { months: n * step, day: Math.min(start.day, daysInMonth(year, month)) };
        });
        const actual = dates.map((date) => {
          const { year, month, day } = parseCalendarDay(date);
          return { months: monthNumberOf({ year, month }) - monthNumberOf(start), day };
        });
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  const dailyOrWeekly = scheduleArbitrary.filter((s) => s.frequency === "daily" || s.frequency === "weekly");

  it("daily and weekly dates are `interval` days or weeks apart (weekly: on the start's weekday)", () => {
    fc.assert(
      fc.property(dailyOrWeekly, (s) => {
        const step = s.frequency === "daily" ? s.interval : 7 * s.interval;
        const dates = occurrencesBetween(s, s.startDate, LAST_DATE, 40);
        expect(dates.map((date) => dayNumber(date) - dayNumber(s.startDate))).toEqual(dates.map((_, n) => n * step));
        if (s.frequency === "weekly") expect(new Set(dates.map(weekday))).toEqual(new Set([weekday(s.startDate)]));
      }),
      { numRuns: 500 },
    );
  });
});
