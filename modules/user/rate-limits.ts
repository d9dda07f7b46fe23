// API.md, Rate limits. Keys are namespaced by what they count.
import { limiter } from "@/lib/rate-limit";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const limits = {
  /** Failed logins per account: 10 per 15 minutes; the 11th attempt is 429. */
  loginFailuresPerAccount: limiter("login-fail-account", { points: 10, durationSeconds: 15 * MINUTE }),
  loginsPerIp: limiter("login-ip", { points: 100, durationSeconds: 15 * MINUTE }),
  registrationsPerIp: limiter("register-ip", { points: 10, durationSeconds: HOUR }),
  mailRequestsPerAddress: (kind: "forgot" | "resend") => limiter(`${kind}-address`, { points: 5, durationSeconds: HOUR }),
  mailRequestsPerIp: (kind: "forgot" | "resend") => limiter(`${kind}-ip`, { points: 20, durationSeconds: HOUR }),
  apiPerUser: limiter("api-user", { points: 600, durationSeconds: MINUTE }),
};
