// The user module's browser-safe surface: what forms need (the request schemas
// and password limits) and the session timings the browser enforces, without
// the server code that index.ts pulls in (database, cookies, next-auth).
// Only pure modules belong here; lint lets the app import "@/modules/<name>/client".
export * as userSchemas from "./schemas";
export type { UserView } from "./schemas";
export { PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";
export { ACCESS_TTL_MS, IDLE_TIMEOUT_MS } from "./session-policy";
