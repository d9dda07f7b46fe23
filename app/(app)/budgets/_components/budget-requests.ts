// The page's calls to /api/budgets, all through the one fetch wrapper.
import { apiFetch, readProblem, type ApiProblem } from "@/lib/api-fetch";

import type { BudgetMonthFigures } from "@/modules/budget";

export type RequestOutcome<T = void> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

async function send<T = void>(path: string, method: string, body?: unknown): Promise<RequestOutcome<T>> {
  try {
    const response = await apiFetch(path, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    if (!response.ok) return { ok: false, problem: await readProblem(response) };
    return { ok: true, data: (response.status === 204 ? undefined : await response.json()) as T };
  } catch {
    return {
      ok: false,
      problem: { status: 0, code: "network_error", title: "Network error", detail: "The server couldn't be reached; check your connection and try again." },
    };
  }
}

const budgetPath = (id: string) => `/api/budgets/${encodeURIComponent(id)}`;

export const createBudgetRequest = (input: { category: string; amount: string }) => send("/api/budgets", "POST", input);
/** A new limit from `from` (the month shown) on; earlier months keep theirs (API.md, Budget module). */
export const updateBudgetAmountRequest = (id: string, amount: string, from: string) => send(budgetPath(id), "PUT", { amount, from });
export const updateBudgetRolloverRequest = (id: string, rollover: boolean) => send(budgetPath(id), "PUT", { rollover });
/** The 12 months up to `to`, oldest first (fewer when the budget started later). */
export const budgetHistoryRequest = (id: string, to: string) =>
  send<{ items: BudgetMonthFigures[] }>(`${budgetPath(id)}/history?to=${encodeURIComponent(to)}`, "GET");
export const deleteBudgetRequest = (id: string) => send(budgetPath(id), "DELETE");

/** The problem's message for one field, if the server named it. */
export const fieldProblem = (problem: ApiProblem, field: string): string | undefined =>
  problem.errors?.find((error) => error.path === field)?.message;
