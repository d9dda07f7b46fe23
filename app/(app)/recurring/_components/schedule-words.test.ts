import { describe, expect, it } from "vitest";
import { intervalUnit, ordinal, scheduleWords } from "./schedule-words";

describe("ordinal", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [23, "23rd"],
    [31, "31st"],
  ])("%i → %s", (n, words) => expect(ordinal(n)).toBe(words));
});

describe("scheduleWords", () => {
  it("says a monthly schedule's day", () => {
    expect(scheduleWords({ frequency: "monthly", interval: 1, startDate: "2026-01-01" })).toBe("Monthly on the 1st");
    expect(scheduleWords({ frequency: "monthly", interval: 3, startDate: "2026-01-15" })).toBe("Every 3 months on the 15th");
  });

  it("warns that late days move to the month's last day", () => {
    expect(scheduleWords({ frequency: "monthly", interval: 1, startDate: "2026-01-31" })).toBe("Monthly on the 31st (or the month's last day)");
  });

  it("says a weekly schedule's weekday", () => {
    // 2026-01-02 is a Friday.
    expect(scheduleWords({ frequency: "weekly", interval: 1, startDate: "2026-01-02" })).toBe("Weekly on Friday");
    expect(scheduleWords({ frequency: "weekly", interval: 2, startDate: "2026-01-02" })).toBe("Every 2 weeks on Friday");
  });

  it("says daily and yearly ones", () => {
    expect(scheduleWords({ frequency: "daily", interval: 1, startDate: "2026-01-02" })).toBe("Daily");
    expect(scheduleWords({ frequency: "daily", interval: 10, startDate: "2026-01-02" })).toBe("Every 10 days");
    expect(scheduleWords({ frequency: "yearly", interval: 1, startDate: "2026-03-05" })).toBe("Yearly on March 5");
    expect(scheduleWords({ frequency: "yearly", interval: 1, startDate: "2028-02-29" })).toBe("Yearly on February 29 (28 in other years)");
  });
});

describe("intervalUnit", () => {
  it("is singular for one", () => {
    expect(intervalUnit("weekly", 1)).toBe("week");
    expect(intervalUnit("weekly", 2)).toBe("weeks");
  });
});
