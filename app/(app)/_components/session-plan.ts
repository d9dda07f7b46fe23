// When the browser refreshes the session, warns, and signs out
// (ARCHITECTURE.md, Sessions), as a pure function of the clock so it can be
// tested without timers.

// The server's lifetimes (modules/user/session-policy.ts), restated rather than
// imported: the user module's client entry also carries the schemas and their
// common-password list, which every signed-in page would then download.
// session-plan.test.ts checks that they agree.
/** How long an access credential lives. */
export const ACCESS_TTL_MS = 15 * 60 * 1000;
/** Sign-out after this long without input; the server's idle timeout is the same. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** The proactive refresh interval: well inside the access credential's 15 minutes. */
export const REFRESH_EVERY_MS = 12 * 60 * 1000;
/** How long before the idle sign-out the warning shows. */
export const WARNING_MS = 60 * 1000;

export type SessionTimes = {
  /** The last input in any tab of the app (epoch ms). */
  lastActivity: number;
  /** The last successful refresh, or when the current access credential was issued (epoch ms). */
  lastRefresh: number;
};

export type SessionPlan = {
  /** 30 minutes without input have passed. */
  signOut: boolean;
  /** Whole seconds until the sign-out while the warning shows, otherwise null. */
  secondsLeft: number | null;
  /** Refresh now: one is due and the user did something since the last. */
  refresh: boolean;
  /** When the plan next changes, if nothing else happens in between. */
  wakeAt: number;
};

export function planSession(now: number, { lastActivity, lastRefresh }: SessionTimes): SessionPlan {
  const signOutAt = lastActivity + IDLE_TIMEOUT_MS;
  const warnAt = signOutAt - WARNING_MS;
  // An idle user isn't kept signed in by refreshes: only input since the last one earns the next.
  const refreshAt = lastActivity > lastRefresh ? lastRefresh + REFRESH_EVERY_MS : Number.POSITIVE_INFINITY;
  const warning = now >= warnAt && now < signOutAt;
  const upcoming = [warnAt, signOutAt, refreshAt].filter((time) => time > now);
  // The countdown changes every second while it shows.
  if (warning) upcoming.push(now + 1000);
  return {
    signOut: now >= signOutAt,
    secondsLeft: warning ? Math.ceil((signOutAt - now) / 1000) : null,
    refresh: now >= refreshAt && now < signOutAt,
    wakeAt: Math.min(...upcoming),
  };
}
