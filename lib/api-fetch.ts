// The one fetch wrapper for every client request (ARCHITECTURE.md, Sessions):
// on 401 it refreshes the session once (shared by concurrent callers) and
// retries; if that fails too, the user goes to /login?next=<here>.

import { noteRefresh } from "./session-times";

const REFRESH_LOCK = "ledgerly-session-refresh";

let refreshing: Promise<boolean> | null = null;

/**
 * Runs `task` while no other tab runs one under the same name. Two tabs
 * sending one refresh credential at once would look like a replay and end the
 * session (RFC 9700); one after the other, the second sends the cookie the
 * first one renewed. Web Locks need a secure context (https or localhost).
 */
async function inOneTabAtATime<T>(task: () => Promise<T>): Promise<T> {
  return "locks" in navigator ? await navigator.locks.request(REFRESH_LOCK, task) : task();
}

/** Renews the access credential with the refresh cookie; true when it worked. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= inOneTabAtATime(async () => {
    const ok = await fetch("/api/auth/refresh", { method: "POST", credentials: "same-origin" })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) noteRefresh(Date.now());
    return ok;
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export function loginUrl(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  return `/login?next=${encodeURIComponent(here)}`;
}

export async function apiFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const request = () => fetch(input, { credentials: "same-origin", ...init });
  const response = await request();
  if (response.status !== 401) return response;
  if (await refreshSession()) {
    const retried = await request();
    if (retried.status !== 401) return retried;
  }
  window.location.assign(loginUrl());
  // The page is navigating away; hand back the 401 so callers stop cleanly.
  return response;
}

/** The API's problem+json body (API.md); `errors` names the fields a validation failure is about. */
export type ApiProblem = {
  type?: string;
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: { path: string; message: string }[];
  /** The X-Request-Id of the failed request, for a support conversation. */
  requestId?: string;
};

/** A request that failed: the server's problem, or a synthetic one for the network or an unreadable answer. */
export type ApiFailure = {
  ok: false;
  status: number;
  problem: ApiProblem;
  /** From a 429's or 503's Retry-After header; null when it sent none. */
  retryAfterSeconds: number | null;
};

/** What every client request answers: never a thrown error, a network failure included. */
export type ApiResult<T = void> = { ok: true; status: number; data: T } | ApiFailure;

/** A problem+json body, or a generic one when the server sent something else. */
export async function readProblem(response: Response): Promise<ApiProblem> {
  try {
    const body = (await response.json()) as Partial<ApiProblem>;
    return {
      ...(body.type === undefined ? {} : { type: body.type }),
      status: response.status,
      code: body.code ?? "unknown",
      title: body.title ?? response.statusText,
      detail: body.detail ?? "Something went wrong.",
      errors: body.errors,
      ...(body.requestId === undefined ? {} : { requestId: body.requestId }),
    };
  } catch {
    return { status: response.status, code: "unknown", title: response.statusText, detail: "Something went wrong; try again." };
  }
}

const failure = (problem: ApiProblem, retryAfterSeconds: number | null = null): ApiFailure => ({
  ok: false,
  status: problem.status,
  problem,
  retryAfterSeconds,
});

const networkFailure = (): ApiFailure =>
  failure({
    status: 0,
    code: "network_error",
    title: "Network error",
    detail: "Ledgerly couldn't be reached. Check your connection and try again.",
  });

const unreadableAnswer = (status: number): ApiFailure =>
  failure({
    status,
    code: "bad_response",
    title: "Unreadable response",
    detail: "Ledgerly sent an answer this page couldn't read. Reload the page and try again.",
  });

function retryAfterOf(response: Response): number | null {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

export interface ApiRequestOptions {
  headers?: Record<string, string>;
  /**
   * A public /api/auth endpoint (sign-in, sign-up, password reset): plain
   * fetch, not apiFetch, since there a 401 (invalid_credentials) means a wrong
   * password, not an expired session, so refreshing and redirecting to /login
   * would be wrong.
   */
  public?: boolean;
}

/**
 * The one request helper of client components: sends `body` as JSON (a
 * FormData as multipart, a File or Blob as its bytes), goes through apiFetch (refresh on 401) unless the
 * endpoint is public, and answers with the data or the problem.
 */
export async function apiRequest<T = void>(
  method: string,
  path: string,
  body?: unknown,
  options: ApiRequestOptions = {},
): Promise<ApiResult<T>> {
  // A form goes as multipart, a file (Blob) as its bytes; anything else as JSON.
  const asIs = (typeof FormData !== "undefined" && body instanceof FormData) || (typeof Blob !== "undefined" && body instanceof Blob);
  const init: RequestInit = {
    method,
    headers: { ...(body === undefined || asIs ? {} : { "content-type": "application/json" }), ...options.headers },
    ...(body === undefined ? {} : { body: asIs ? (body as BodyInit) : JSON.stringify(body) }),
  };
  let response: Response;
  let text: string;
  try {
    response = options.public ? await fetch(path, { credentials: "same-origin", ...init }) : await apiFetch(path, init);
    if (!response.ok) return failure(await readProblem(response), retryAfterOf(response));
    text = response.status === 204 ? "" : await response.text();
  } catch {
    return networkFailure();
  }
  if (text.trim() === "") return { ok: true, status: response.status, data: undefined as T };
  try {
    return { ok: true, status: response.status, data: JSON.parse(text) as T };
  } catch {
    return unreadableAnswer(response.status);
  }
}
