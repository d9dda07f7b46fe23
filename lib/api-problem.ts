// What a form does with a failed request (ApiResult, lib/api-fetch.ts): put
// the server's field problems next to their fields, and say the rest in one
// sentence. Forms handle their own codes (invalid_credentials, email_taken, …)
// first and fall back to these for the ones every endpoint can answer.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ApiFailure, ApiProblem } from "./api-fetch";

const relative = new Intl.RelativeTimeFormat("en", { numeric: "always" });

/** A Retry-After wait as people say it: "in 45 seconds", "in 12 minutes", "in 2 hours". */
export function retryWaitInWords(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return relative.format(whole, "second");
  // Rounded up, so the user never tries again a little too early.
  const minutes = Math.ceil(whole / 60);
  if (minutes < 120) return relative.format(minutes, "minute");
  return relative.format(Math.ceil(minutes / 60), "hour");
}

/** True when the problem's `path` is about `field`: "keywords" also owns "keywords.3". */
const isAbout = (path: string, field: string) => path === field || path.startsWith(`${field}.`);

/** The server's message for one field, if it named it (for forms without react-hook-form). */
export function fieldProblem(problem: ApiProblem, field: string): string | undefined {
  return problem.errors?.find((error) => isAbout(error.path, field))?.message;
}

/**
 * Puts each of the server's field problems (`errors[].path`) on the form field
 * it names and focuses the first. `rename` maps an API path to a field of
 * another name. True when at least one matched, so the caller knows whether a
 * form-level message is still needed.
 */
export function showFieldProblems<T extends FieldValues>(
  problem: ApiProblem,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  rename: Readonly<Record<string, Path<T>>> = {},
): boolean {
  let shown = 0;
  for (const { path, message } of problem.errors ?? []) {
    const renamed = Object.entries(rename).find(([apiPath]) => isAbout(path, apiPath))?.[1];
    const field = renamed ?? fields.find((name) => isAbout(path, name));
    if (!field) continue;
    setError(field, { type: "server", message }, { shouldFocus: shown === 0 });
    shown += 1;
  }
  return shown > 0;
}

/**
 * What the user reads when a request fails for a reason the form can't put on
 * a field. `tooMany` names what was limited, e.g. "sign-in attempts".
 */
export function problemMessage({ problem, retryAfterSeconds }: Pick<ApiFailure, "problem" | "retryAfterSeconds">, tooMany = "attempts"): string {
  switch (problem.code) {
    case "rate_limited":
      return retryAfterSeconds
        ? `Too many ${tooMany}. Try again ${retryWaitInWords(retryAfterSeconds)}.`
        : `Too many ${tooMany}. Wait a little, then try again.`;
    case "unavailable":
      return "Ledgerly can't reach one of its services right now. Try again in a moment.";
    case "network_error":
      return "Ledgerly couldn't be reached. Check your connection and try again.";
    case "forbidden_origin":
      return "The request was blocked because it didn't come from this page. Reload the page and try again.";
    case "validation_failed":
      // Reached only for problems no field of the form shows, so they are spelled out here.
      return problem.errors?.length
        ? `Please check: ${problem.errors.map(({ path, message }) => `${path} ${message}`).join("; ")}.`
        : problem.detail;
    default:
      // The server's own sentence; a 500 never carries details (API.md).
      return problem.status >= 500 ? "Something went wrong on our side. Try again in a moment." : problem.detail;
  }
}
