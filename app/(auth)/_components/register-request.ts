import { postPublic, type RequestOutcome } from "./requests";

export type Registration = { email: string; password: string; name?: string; currency: string };

/** The browser's IANA time zone, which makes "today" and "this month" the user's own. */
function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

const onlyTimeZoneRefused = (outcome: RequestOutcome) =>
  !outcome.ok &&
  outcome.problem.code === "validation_failed" &&
  outcome.problem.errors?.every((error) => error.path === "timezone") === true;

export async function registerRequest(registration: Registration): Promise<RequestOutcome> {
  const timezone = browserTimeZone();
  const outcome = await postPublic("/api/auth/register", { ...registration, timezone });
  // A zone newer than the server's time zone data shouldn't block sign-up:
  // the account starts on UTC and the zone can be set in Settings.
  if (timezone && onlyTimeZoneRefused(outcome)) return postPublic("/api/auth/register", registration);
  return outcome;
}
