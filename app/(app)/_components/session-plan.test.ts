import { describe, expect, it } from "vitest";
import * as serverPolicy from "@/modules/user/client";
import { ACCESS_TTL_MS, IDLE_TIMEOUT_MS, planSession, REFRESH_EVERY_MS, WARNING_MS } from "./session-plan";

const MINUTE = 60_000;
const start = Date.UTC(2026, 0, 1, 9, 0, 0);
const at = (minutes: number) => start + minutes * MINUTE;

describe("planSession", () => {
  it("does nothing right after a refresh and wakes for the next one once the user is active", () => {
    expect(planSession(at(1), { lastActivity: at(0), lastRefresh: at(0) })).toEqual({
      signOut: false,
      secondsLeft: null,
      refresh: false,
      // No input since the refresh: nothing is due before the warning.
      wakeAt: at(0) + IDLE_TIMEOUT_MS - WARNING_MS,
    });
    expect(planSession(at(1), { lastActivity: at(1), lastRefresh: at(0) }).wakeAt).toBe(at(0) + REFRESH_EVERY_MS);
  });

  it("refreshes every 12 minutes while the user is active", () => {
    expect(planSession(at(12), { lastActivity: at(5), lastRefresh: at(0) }).refresh).toBe(true);
    expect(planSession(at(11.9), { lastActivity: at(5), lastRefresh: at(0) }).refresh).toBe(false);
  });

  it("doesn't refresh for an idle user", () => {
    expect(planSession(at(20), { lastActivity: at(0), lastRefresh: at(12) }).refresh).toBe(false);
  });

  it("warns during the last minute, counting down in whole seconds", () => {
    const plan = planSession(at(29), { lastActivity: at(0), lastRefresh: at(12) });
    expect(plan).toMatchObject({ signOut: false, secondsLeft: 60, refresh: false });
    expect(plan.wakeAt).toBe(at(29) + 1000);
    expect(planSession(at(29.99), { lastActivity: at(0), lastRefresh: at(0) }).secondsLeft).toBe(1);
    expect(planSession(at(28.99), { lastActivity: at(0), lastRefresh: at(0) }).secondsLeft).toBeNull();
  });

  it("signs out after 30 minutes without input, without refreshing first", () => {
    expect(planSession(at(30), { lastActivity: at(0), lastRefresh: at(-1) })).toMatchObject({
      signOut: true,
      secondsLeft: null,
      refresh: false,
    });
  });
});

describe("the browser's session timings", () => {
  it("match the server's", () => {
    expect(ACCESS_TTL_MS).toBe(serverPolicy.ACCESS_TTL_MS);
    expect(IDLE_TIMEOUT_MS).toBe(serverPolicy.IDLE_TIMEOUT_MS);
    expect(REFRESH_EVERY_MS).toBeLessThan(ACCESS_TTL_MS);
  });
});
