// What the user reads when a request fails for a reason the form can't put on
// a field. Forms handle their own codes (invalid_credentials, email_taken, …)
// first and fall back to this for the ones every endpoint can answer.
import type { FailedRequest } from "./requests";
import { retryWaitInWords } from "./retry-wait";

/** `tooMany` names what was limited, e.g. "sign-in attempts". */
export function problemMessage({ problem, retryAfterSeconds }: FailedRequest, tooMany = "attempts"): string {
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
