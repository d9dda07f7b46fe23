// The page's calls to /api/recurring, all through the one fetch wrapper.
import { apiFetch, readProblem, type ApiProblem } from "@/lib/api-fetch";
import type { Recurring } from "@/modules/transaction";

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

const NETWORK_PROBLEM: ApiProblem = {
  status: 0,
  code: "network_error",
  title: "Network error",
  detail: "The server couldn't be reached. Check your connection and try again.",
};

async function send<T>(path: string, method: string, body?: unknown): Promise<Outcome<T>> {
  try {
    const response = await apiFetch(path, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    if (!response.ok) return { ok: false, problem: await readProblem(response) };
    return { ok: true, value: (response.status === 204 ? undefined : await response.json()) as T };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}

const recurringPath = (id: string) => `/api/recurring/${encodeURIComponent(id)}`;

const unwrap = (outcome: Outcome<{ recurring: Recurring }>): Outcome<Recurring> =>
  outcome.ok ? { ok: true, value: outcome.value.recurring } : outcome;

export const createRecurringRequest = async (body: object) => unwrap(await send("/api/recurring", "POST", body));

/** Only the fields given change; the schedule's future occurrences follow (API.md). */
export const patchRecurringRequest = async (id: string, body: object) => unwrap(await send(recurringPath(id), "PATCH", body));

export const deleteRecurringRequest = (id: string) => send<void>(recurringPath(id), "DELETE");
