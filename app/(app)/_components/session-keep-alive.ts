// The browser's half of ARCHITECTURE.md's session rules: refresh every 12
// minutes while the user is active, warn a minute before the 30-minute idle
// sign-out, then sign out. All timing goes through Date.now() and setTimeout,
// which Playwright's page.clock controls.
import { refreshSession } from "@/lib/api-fetch";
import { planSession, REFRESH_EVERY_MS } from "./session-plan";
import { lastActivity, lastRefresh, noteActivity, onActivityElsewhere } from "@/lib/session-times";
import { endSession, idleSignOutUrl } from "./sign-out";

const INPUT_EVENTS = ["keydown", "pointerdown", "wheel", "scroll", "touchstart"] as const;
/** Input is noted at most once a second: scrolling fires far more often and a second changes nothing. */
const INPUT_GRANULARITY_MS = 1000;
/** After a failed refresh (offline, server down), wait this long before trying again. */
const REFRESH_RETRY_MS = 60 * 1000;

export type SessionKeepAlive = {
  /** "Stay signed in": counts as input and refreshes at once. */
  stay(): void;
  signOutNow(): void;
  stop(): void;
};

export function startSessionKeepAlive(onCountdown: (secondsLeft: number | null) => void): SessionKeepAlive {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let warning = false;
  let lastNotedInput = 0;
  let refreshRetryAt = 0;
  let pendingRefresh: Promise<boolean> | null = null;

  const plan = (now: number) => planSession(now, { lastActivity: lastActivity(), lastRefresh: lastRefresh() });

  function refresh({ force = false } = {}): Promise<boolean> {
    // refreshSession serialises refreshes across tabs and records the time.
    pendingRefresh ??= (async () => {
      if (!force && Date.now() < lastRefresh() + REFRESH_EVERY_MS) return true; // another tab just did it
      const refreshed = await refreshSession();
      if (!refreshed) refreshRetryAt = Date.now() + REFRESH_RETRY_MS;
      return refreshed;
    })().finally(() => {
      pendingRefresh = null;
    });
    return pendingRefresh;
  }

  function evaluate(): void {
    if (stopped) return;
    clearTimeout(timer);
    const now = Date.now();
    const next = plan(now);
    if (next.signOut) return void signOut(idleSignOutUrl());
    warning = next.secondsLeft !== null;
    onCountdown(next.secondsLeft);
    if (next.refresh && now >= refreshRetryAt) void refresh();
    timer = setTimeout(evaluate, next.wakeAt - now);
  }

  function onInput(): void {
    // While the warning shows only its buttons count, so that pressing Tab to
    // reach them doesn't dismiss it unseen.
    if (warning) return;
    const now = Date.now();
    if (now - lastNotedInput < INPUT_GRANULARITY_MS) return;
    lastNotedInput = now;
    noteActivity(now);
    // Back after a quiet spell with a refresh overdue: renew now, not at the next timer.
    if (plan(now).refresh && now >= refreshRetryAt) void refresh();
  }

  function onVisible(): void {
    // Timers of background tabs are throttled; catch up as soon as the tab shows.
    if (document.visibilityState === "visible") evaluate();
  }

  const stopListening = onActivityElsewhere(evaluate);
  for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, { capture: true, passive: true });
  document.addEventListener("visibilitychange", onVisible);

  function stop(): void {
    stopped = true;
    clearTimeout(timer);
    stopListening();
    for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, { capture: true });
    document.removeEventListener("visibilitychange", onVisible);
  }

  async function signOut(destination: string): Promise<void> {
    stop();
    await endSession();
    window.location.assign(destination);
  }

  // Loading a page is input too.
  noteActivity(Date.now());
  evaluate();

  return {
    stay() {
      const now = Date.now();
      noteActivity(now);
      lastNotedInput = now;
      evaluate();
      // A failure (offline, say) is left to the retry and to apiFetch's own
      // refresh on 401, rather than signing out someone who just said they're here.
      void refresh({ force: true });
    },
    signOutNow: () => void signOut("/login"),
    stop,
  };
}
