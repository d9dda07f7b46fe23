// The last input and the last refresh, shared by every tab of the app through
// localStorage: one active tab keeps the others signed in, and a tab that
// finds a fresh refresh by another doesn't rotate the credential again.
const ACTIVITY_KEY = "ledgerly-last-activity";
const REFRESH_KEY = "ledgerly-last-refresh";
type Key = typeof ACTIVITY_KEY | typeof REFRESH_KEY;

// Storage can be blocked (privacy settings): this tab's own times still count.
const ownTimes: Record<Key, number> = { [ACTIVITY_KEY]: 0, [REFRESH_KEY]: 0 };

function storedTime(key: Key): number {
  try {
    return Number(window.localStorage.getItem(key)) || 0;
  } catch {
    return 0;
  }
}

const latest = (key: Key): number => Math.max(ownTimes[key], storedTime(key));

/** Times only move forward, whichever tab writes. */
function record(key: Key, time: number): void {
  ownTimes[key] = Math.max(ownTimes[key], time);
  try {
    if (time > storedTime(key)) window.localStorage.setItem(key, String(time));
  } catch {
    // Blocked storage: kept for this tab only.
  }
}

export const lastActivity = (): number => latest(ACTIVITY_KEY);
export const lastRefresh = (): number => latest(REFRESH_KEY);
export const noteActivity = (time: number): void => record(ACTIVITY_KEY, time);
export const noteRefresh = (time: number): void => record(REFRESH_KEY, time);

/** Calls back when another tab records input ("storage" fires only in the other tabs). */
export function onActivityElsewhere(callback: () => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === ACTIVITY_KEY || event.key === null) callback();
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}
