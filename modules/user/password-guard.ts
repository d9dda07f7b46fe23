// Brute-force protection for every place that checks a password (login,
// password change, account deletion), per API.md's rate limits and issue 10:
// the hard limit (10 wrong passwords in 15 minutes, then 429) is counted per
// account AND client, so guesses from elsewhere can't lock the owner out;
// guesses from everywhere together slow every further attempt down instead.
import { limits } from "./rate-limits";

const FREE_FAILURES = 10;
const DELAY_STEP_MS = 250;
const MAX_DELAY_MS = 3_000;

const key = (account: string, ip: string) => `${account.toLowerCase()}|${ip}`;

/** Throws 429 when this client used up its attempts on the account; waits when the account is under attack. */
export async function beforePasswordCheck(account: string, ip: string, sleep = defaultSleep): Promise<void> {
  await limits.wrongPasswordsPerAccountAndClient.assertAvailable(key(account, ip));
  const failures = await limits.wrongPasswordsPerAccount.consumed(account.toLowerCase());
  if (failures >= FREE_FAILURES) await sleep(Math.min(MAX_DELAY_MS, (failures - FREE_FAILURES + 1) * DELAY_STEP_MS));
}

export async function recordWrongPassword(account: string, ip: string): Promise<void> {
  await Promise.all([
    limits.wrongPasswordsPerAccountAndClient.record(key(account, ip)),
    limits.wrongPasswordsPerAccount.record(account.toLowerCase()),
  ]);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
