// Session lifetimes of ARCHITECTURE.md / SECURITY.md, in one place.
export const ACCESS_TTL_MS = 15 * 60 * 1000;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

export const ACCESS_COOKIE = "access_token";
export const REFRESH_COOKIE = "refresh_token";

/**
 * How long after a rotation the same browser may present the retired refresh
 * credential and get the same new pair (tabs loaded at once); later, or from
 * another client, it is a replay and ends the session.
 */
export const REFRESH_GRACE_MS = 10 * 1000;
