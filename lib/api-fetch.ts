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

/** A problem+json body, or a generic one when the server sent something else. */
export type ApiProblem = { status: number; code: string; title: string; detail: string; errors?: { path: string; message: string }[] };

export async function readProblem(response: Response): Promise<ApiProblem> {
  try {
    const body = (await response.json()) as Partial<ApiProblem>;
    return {
      status: response.status,
      code: body.code ?? "unknown",
      title: body.title ?? response.statusText,
      detail: body.detail ?? "Something went wrong.",
      errors: body.errors,
    };
  } catch {
    return { status: response.status, code: "unknown", title: response.statusText, detail: "Something went wrong; try again." };
  }
}
