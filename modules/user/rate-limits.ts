// API.md, Rate limits. Keys are namespaced by what they count.
import { env } from "@/lib/env";
import { limiter } from "@/lib/rate-limit";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const limits = {
  /**
   * Wrong passwords (failed logins, wrong current passwords) per account and
   * client: 10 per 15 minutes, the 11th attempt is 429. Keyed on the client
   * too, so a stranger's guesses can't lock the owner out (password-guard.ts).
   */
  wrongPasswordsPerAccountAndClient: limiter("pw-fail-account-client", { points: 10, durationSeconds: 15 * MINUTE }),
  /** The same, from every client together: past 10, attempts are slowed down rather than refused. */
  wrongPasswordsPerAccount: limiter("pw-fail-account", { points: 1_000_000, durationSeconds: 15 * MINUTE }),
  loginsPerIp: limiter("login-ip", { points: 100, durationSeconds: 15 * MINUTE }),
  registrationsPerIp: limiter("register-ip", { points: 10, durationSeconds: HOUR }),
  mailRequestsPerAddress: (kind: "forgot" | "resend") => limiter(`${kind}-address`, { points: 5, durationSeconds: HOUR }),
  mailRequestsPerIp: (kind: "forgot" | "resend") => limiter(`${kind}-ip`, { points: 20, durationSeconds: HOUR }),
  get apiPerUser() {
    return limiter("api-user", { points: env().API_RATE_LIMIT, durationSeconds: MINUTE });
  },
};
