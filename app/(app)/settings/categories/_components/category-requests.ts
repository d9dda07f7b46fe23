// The page's calls to /api/categories, all through the one fetch wrapper.
import { apiFetch, readProblem, type ApiProblem } from "@/lib/api-fetch";
import type { CategoryView, TransactionType } from "@/modules/transaction/client";

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

const NETWORK_PROBLEM: ApiProblem = {
  status: 0,
  code: "network_error",
  title: "Network error",
  detail: "Ledgerly couldn't be reached. Check your connection and try again.",
};

async function send<T>(path: string, method: string, body: unknown, read: (response: Response) => Promise<T>): Promise<Outcome<T>> {
  try {
    const response = await apiFetch(path, {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    return response.ok ? { ok: true, value: await read(response) } : { ok: false, problem: await readProblem(response) };
  } catch {
    return { ok: false, problem: NETWORK_PROBLEM };
  }
}

const categoryOf = async (response: Response) => ((await response.json()) as { category: CategoryView }).category;
const categoryPath = (id: string) => `/api/categories/${encodeURIComponent(id)}`;

export const createCategoryRequest = (input: { name: string; type: TransactionType; keywords: string[] }) =>
  send("/api/categories", "POST", input, categoryOf);

export const renameCategoryRequest = (id: string, name: string) => send(categoryPath(id), "PATCH", { name }, categoryOf);

/** `keywords` replaces the category's whole list (API.md). */
export const setKeywordsRequest = (id: string, keywords: string[]) => send(categoryPath(id), "PATCH", { keywords }, categoryOf);

export const deleteCategoryRequest = (id: string, moveTo: string) =>
  send(`${categoryPath(id)}?${new URLSearchParams({ moveTo })}`, "DELETE", undefined, async () => undefined);

/** The server's message for one field (`keywords` also matches `keywords.3`), if it named it. */
export const fieldProblem = (problem: ApiProblem, field: string): string | undefined =>
  problem.errors?.find((error) => error.path === field || error.path.startsWith(`${field}.`))?.message;

/** A sentence for a failure no field shows. */
export function problemSentence(problem: ApiProblem): string {
  if (problem.code === "rate_limited") return "Too many changes at once. Wait a moment, then try again.";
  if (problem.code === "unavailable") return "Ledgerly can't reach one of its services right now. Try again in a moment.";
  return problem.status >= 500 ? "Something went wrong on our side. Try again in a moment." : problem.detail;
}
