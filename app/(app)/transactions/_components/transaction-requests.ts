// The page's calls to /api/transactions, all through the one fetch wrapper.
import { apiFetch, readProblem, type ApiProblem } from "@/lib/api-fetch";
import type { Transaction, TransactionPage } from "@/modules/transaction/client";

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

const NETWORK_PROBLEM: ApiProblem = {
  status: 0,
  code: "network_error",
  title: "Network error",
  detail: "The server couldn't be reached. Check your connection and try again.",
};

async function send<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Outcome<T>> {
  try {
    const response = await apiFetch(path, {
      method: init.method ?? "GET",
      headers: { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    if (!response.ok) return { ok: false, problem: await readProblem(response) };
    return { ok: true, value: (response.status === 204 ? undefined : await response.json()) as T };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}

const transactionPath = (id: string) => `/api/transactions/${encodeURIComponent(id)}`;

/** Records a transaction; the key makes a repeated submission of the same body answer with the first result. */
export async function createTransactionRequest(body: object, idempotencyKey: string): Promise<Outcome<Transaction>> {
  const outcome = await send<{ transaction: Transaction }>("/api/transactions", {
    method: "POST",
    body,
    headers: { "Idempotency-Key": idempotencyKey },
  });
  return outcome.ok ? { ok: true, value: outcome.value.transaction } : outcome;
}

export async function replaceTransactionRequest(id: string, body: object): Promise<Outcome<Transaction>> {
  const outcome = await send<{ transaction: Transaction }>(transactionPath(id), { method: "PUT", body });
  return outcome.ok ? { ok: true, value: outcome.value.transaction } : outcome;
}

export const deleteTransactionRequest = (id: string) => send<void>(transactionPath(id), { method: "DELETE" });

/** The next page of the list: the page's filters plus the cursor. */
export function listTransactionsRequest(filtersQuery: string, cursor: string): Promise<Outcome<TransactionPage>> {
  const params = new URLSearchParams(filtersQuery);
  params.set("cursor", cursor);
  return send<TransactionPage>(`/api/transactions?${params}`);
}

/** The message the server gave for one field, if it named it. */
export const fieldProblem = (problem: ApiProblem, field: string): string | undefined =>
  problem.errors?.find((error) => error.path === field)?.message;
