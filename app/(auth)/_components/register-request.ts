import { apiRequest, type ApiResult } from "@/lib/api-fetch";

export type Registration = { email: string; password: string; name?: string; currency: string };

/** The browser's IANA time zone, which makes "today" and "this month" the user's own. */
function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

const onlyTimeZoneRefused = (outcome: ApiResult) =>
  !outcome.ok &&
  outcome.problem.code === "validation_failed" &&
  outcome.problem.errors?.every((error) => error.path === "timezone") === true;

export async function registerRequest(registration: Registration): Promise<ApiResult> {
  const timezone = browserTimeZone();
  const outcome = await apiRequest("POST", "/api/auth/register", { ...registration, timezone }, { public: true });
  // A zone newer than the server's time zone data shouldn't block sign-up:
  // the account starts on UTC and the zone can be set in Settings.
  if (timezone && onlyTimeZoneRefused(outcome)) return apiRequest("POST", "/api/auth/register", registration, { public: true });
  return outcome;
}
