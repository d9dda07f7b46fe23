// The page's calls to /api/budgets, all through the one fetch wrapper.
import { apiFetch, readProblem, type ApiProblem } from "@/lib/api-fetch";

export type RequestOutcome = { ok: true } | { ok: false; problem: ApiProblem };

async function send(path: string, method: string, body?: unknown): Promise<RequestOutcome> {
  try {
    const response = await apiFetch(path, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    return response.ok ? { ok: true } : { ok: false, problem: await readProblem(response) };
  } catch {
    return {
      ok: false,
      problem: { status: 0, code: "network_error", title: "Network error", detail: "The server couldn't be reached; check your connection and try again." },
    };
  }
}

const budgetPath = (id: string) => `/api/budgets/${encodeURIComponent(id)}`;

export const createBudgetRequest = (input: { category: string; amount: string }) => send("/api/budgets", "POST", input);
export const updateBudgetRequest = (id: string, amount: string) => send(budgetPath(id), "PUT", { amount });
export const deleteBudgetRequest = (id: string) => send(budgetPath(id), "DELETE");

/** The problem's message for one field, if the server named it. */
export const fieldProblem = (problem: ApiProblem, field: string): string | undefined =>
  problem.errors?.find((error) => error.path === field)?.message;
