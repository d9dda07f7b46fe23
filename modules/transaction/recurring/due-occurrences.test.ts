import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./calendar-days";
import { dueOccurrences, upcomingOccurrences, type ScheduleState, type UpcomingSchedule } from "./due-occurrences";
import { firstOccurrenceOnOrAfter, occurrencesBetween, type Frequency } from "./occurrence-dates";
import { scheduleArbitrary } from "./schedule-arbitrary";

const state = (
  frequency: Frequency,
  startDate: string,
  more: Partial<ScheduleState> = {},
): ScheduleState => ({ frequency, interval: 1, startDate, endDate: null, nextDate: startDate, ...more });

describe("dueOccurrences", () => {
  it("catches up after a gap of months, month ends included", () => {
    const rent = state("monthly", "2025-10-31", { nextDate: "2025-12-31" });
    expect(dueOccurrences(rent, "2026-05-15")).toEqual({
      dates: ["2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"],
      nextDate: "2026-05-31",
    });
  });

  it("records an occurrence due today, and nothing before its day", () => {
    const salary = state("monthly", "2026-01-25", { nextDate: "2026-03-25" });
    expect(dueOccurrences(salary, "2026-03-25")).toEqual({ dates: ["2026-03-25"], nextDate: "2026-04-25" });
    expect(dueOccurrences(salary, "2026-03-24")).toEqual({ dates: [], nextDate: "2026-03-25" });
  });

  it("a leap-day yearly schedule caught up over four years", () => {
    const fee = state("yearly", "2024-02-29", { nextDate: "2025-02-28" });
    expect(dueOccurrences(fee, "2028-02-29")).toEqual({
      dates: ["2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"],
      nextDate: "2029-02-28",
    });
  });

  it("ends with its last occurrence: nextDate becomes null", () => {
    const loan = state("monthly", "2026-01-31", { endDate: "2026-03-31", nextDate: "2026-02-28" });
    expect(dueOccurrences(loan, "2026-12-01")).toEqual({ dates: ["2026-02-28", "2026-03-31"], nextDate: null });
    expect(dueOccurrences({ ...loan, nextDate: null }, "2026-12-01")).toEqual({ dates: [], nextDate: null });
  });

  it("ends when the next occurrence would fall after endDate, even with nothing due", () => {
    const loan = state("monthly", "2026-01-31", { endDate: "2026-04-29", nextDate: "2026-03-31" });
    expect(dueOccurrences(loan, "2026-04-15")).toEqual({ dates: ["2026-03-31"], nextDate: null });
  });

  it("a nextDate between occurrences (a schedule changed since) starts at the next occurrence", () => {
    const weekly = state("weekly", "2026-01-01", { interval: 2, nextDate: "2026-01-05" });
    expect(dueOccurrences(weekly, "2026-02-01")).toEqual({ dates: ["2026-01-15", "2026-01-29"], nextDate: "2026-02-12" });
    expect(dueOccurrences(weekly, "2026-01-10")).toEqual({ dates: [], nextDate: "2026-01-15" });
  });

  it("a daily schedule 10 years overdue: at most `max` at once, each date once in total", () => {
    const daily = state("daily", "2016-01-01");
    const today = "2025-12-31";
    const first = dueOccurrences(daily, today, 1000);
    expect(first.dates).toHaveLength(1000);
    expect(first.nextDate).toBe(addDays(first.dates.at(-1)!, 1));

    const recorded: string[] = [];
    let nextDate: string | null = daily.nextDate;
    for (let runs = 0; nextDate !== null && nextDate <= today; runs++) {
      expect(runs).toBeLessThan(4);
      const due = dueOccurrences({ ...daily, nextDate }, today, 1000);
      recorded.push(...due.dates);
      nextDate = due.nextDate;
    }
    expect(recorded).toEqual(occurrencesBetween(daily, "2016-01-01", today));
    expect(recorded).toHaveLength(3653);
    expect(nextDate).toBe("2026-01-01");
    expect(dueOccurrences(daily, today, 5000).dates).toHaveLength(3653);
  });

  it("a paused schedule records nothing and skips what falls due meanwhile", () => {
    const rent = state("monthly", "2026-01-01", { nextDate: "2026-02-01", paused: true });
    expect(dueOccurrences(rent, "2026-05-10")).toEqual({ dates: [], nextDate: "2026-06-01" });
    expect(dueOccurrences(rent, "2026-05-01")).toEqual({ dates: [], nextDate: "2026-06-01" });
    expect(dueOccurrences(rent, "2026-01-15")).toEqual({ dates: [], nextDate: "2026-02-01" });
    expect(dueOccurrences({ ...rent, endDate: "2026-05-31" }, "2026-05-10")).toEqual({ dates: [], nextDate: null });
  });

  it("refuses a bad max or today", () => {
    const daily = state("daily", "2026-01-01");
    expect(() => dueOccurrences(daily, "2026-01-05", 0)).toThrow(RangeError);
    expect(() => dueOccurrences(daily, "2026-01-05", 2.5)).toThrow(RangeError);
    expect(() => dueOccurrences(daily, "05/01/2026")).toThrow(RangeError);
  });

  it("property: however the scheduler's runs fall, every occurrence up to the last run is recorded exactly once", () => {
    fc.assert(
      fc.property(
        scheduleArbitrary,
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (schedule, gaps, max) => {
          let today = addDays(schedule.startDate, -1);
          let nextDate: string | null = schedule.startDate;
          const recorded: string[] = [];
          let lastRunCount = 0;
          for (const gap of gaps) {
            today = addDays(today, gap);
            const due = dueOccurrences({ ...schedule, nextDate }, today, max);
            recorded.push(...due.dates);
            nextDate = due.nextDate;
            lastRunCount = due.dates.length;
          }
          const all = occurrencesBetween(schedule, schedule.startDate, today);
          // Capped runs leave a backlog; the next run picks it up where it stopped.
          expect(recorded).toEqual(all.slice(0, recorded.length));
          expect(nextDate).toBe(
            recorded.length < all.length ? all[recorded.length] : firstOccurrenceOnOrAfter(schedule, addDays(today, 1)),
          );
          // A run that was not capped leaves nothing due behind it.
          if (lastRunCount < max) expect(recorded).toEqual(all);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("upcomingOccurrences", () => {
  const schedules: UpcomingSchedule[] = [
    { ...state("monthly", "2026-01-31"), id: "b-rent", nextDate: "2026-02-28" },
    { ...state("weekly", "2026-02-05"), id: "a-gym", nextDate: "2026-02-26" },
    { ...state("yearly", "2024-02-29"), id: "c-fee", nextDate: "2026-02-28" },
    { ...state("daily", "2026-01-01"), id: "d-paused", nextDate: "2026-02-27", paused: true },
    { ...state("daily", "2026-01-01", { endDate: "2026-02-20" }), id: "e-ended", nextDate: null },
    { ...state("daily", "2026-02-20", { interval: 3, endDate: "2026-03-04" }), id: "f-short", nextDate: "2026-02-26" },
  ];

  it("from tomorrow on, within `days`, by date then id, without paused or ended schedules", () => {
    expect(upcomingOccurrences(schedules, "2026-02-26", 7)).toEqual([
      { recurringId: "b-rent", date: "2026-02-28" },
      { recurringId: "c-fee", date: "2026-02-28" },
      { recurringId: "f-short", date: "2026-03-01" },
      { recurringId: "f-short", date: "2026-03-04" },
      { recurringId: "a-gym", date: "2026-03-05" },
    ]);
  });

  it("includes the last day of the window and leaves out today", () => {
    const daily: UpcomingSchedule = { ...state("daily", "2026-01-01"), id: "x", nextDate: "2026-01-10" };
    expect(upcomingOccurrences([daily], "2026-01-10", 2).map((o) => o.date)).toEqual(["2026-01-11", "2026-01-12"]);
  });

  it("never lists an occurrence before nextDate", () => {
    const later: UpcomingSchedule = { ...state("daily", "2026-01-01"), id: "x", nextDate: "2026-01-20" };
    expect(upcomingOccurrences([later], "2026-01-10", 12).map((o) => o.date)).toEqual(["2026-01-20", "2026-01-21", "2026-01-22"]);
  });

  it("defaults to 30 days and refuses other than 1–366", () => {
    const daily: UpcomingSchedule = { ...state("daily", "2026-01-01"), id: "x", nextDate: "2026-01-02" };
    expect(upcomingOccurrences([daily], "2026-01-01")).toHaveLength(30);
    expect(upcomingOccurrences([daily], "2026-01-01", 366)).toHaveLength(366);
    expect(() => upcomingOccurrences([daily], "2026-01-01", 0)).toThrow(RangeError);
    expect(() => upcomingOccurrences([daily], "2026-01-01", 367)).toThrow(RangeError);
    expect(() => upcomingOccurrences([daily], "2026-01-01", 1.5)).toThrow(RangeError);
  });

  it("stops at the calendar's end", () => {
    const daily: UpcomingSchedule = { ...state("daily", "9999-12-01"), id: "x", nextDate: "9999-12-30" };
    expect(upcomingOccurrences([daily], "9999-12-29", 30).map((o) => o.date)).toEqual(["9999-12-30", "9999-12-31"]);
    expect(upcomingOccurrences([daily], "9999-12-31", 30)).toEqual([]);
  });

  it("property: sorted, within (today, today + days], each the schedule's own occurrence", () => {
    const listed = fc.array(scheduleArbitrary, { maxLength: 6 });
    fc.assert(
      fc.property(listed, fc.integer({ min: -500, max: 3000 }), fc.integer({ min: 1, max: 366 }), (list, offset, days) => {
        const withIds: UpcomingSchedule[] = list.map((s, i) => ({ ...s, id: `s${i}`, nextDate: s.startDate }));
        const today = addDays(withIds[0]?.startDate ?? "2026-01-01", offset);
        const upcoming = upcomingOccurrences(withIds, today, days);
        const last = addDays(today, days);
        const sorted = [...upcoming].sort((a, b) => (a.date === b.date ? (a.recurringId < b.recurringId ? -1 : 1) : a.date < b.date ? -1 : 1));
        expect(upcoming).toEqual(sorted);
        expect(upcoming.filter((o) => o.date <= today || o.date > last)).toEqual([]);
        for (const s of withIds) {
          const mine = upcoming.filter((o) => o.recurringId === s.id).map((o) => o.date);
          expect(mine).toEqual(occurrencesBetween(s, addDays(today, 1), last));
        }
      }),
      { numRuns: 200 },
    );
  });
});
