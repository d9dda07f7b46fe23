// Requests of the sign-in pages and the settings page, as outcomes the forms
// can switch on: never a thrown error, a network failure included.
import { readProblem, type ApiProblem } from "@/lib/api-fetch";

export type FailedRequest = { ok: false; problem: ApiProblem; retryAfterSeconds: number | null };
export type RequestOutcome<T = void> = { ok: true; data: T } | FailedRequest;

export const networkFailure = (): FailedRequest => ({
  ok: false,
  problem: { status: 0, code: "network_error", title: "Network error", detail: "The server couldn't be reached." },
  retryAfterSeconds: null,
});

export async function toOutcome<T>(response: Response): Promise<RequestOutcome<T>> {
  if (response.ok) {
    const data = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    return { ok: true, data: data as T };
  }
  const retryAfter = Number(response.headers.get("retry-after"));
  return {
    ok: false,
    problem: await readProblem(response),
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}

export const jsonBody = (body: unknown): RequestInit => ({
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/**
 * POST to a public /api/auth endpoint. Deliberately plain fetch, not apiFetch:
 * here a 401 (invalid_credentials) means a wrong password, not an expired
 * session, so refreshing and redirecting to /login would be wrong.
 */
export async function postPublic<T = void>(path: string, body: unknown): Promise<RequestOutcome<T>> {
  try {
    return await toOutcome<T>(await fetch(path, { method: "POST", credentials: "same-origin", ...jsonBody(body) }));
  } catch {
    return networkFailure();
  }
}
