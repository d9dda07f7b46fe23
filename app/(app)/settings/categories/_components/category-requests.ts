// The page's calls to /api/categories, all through the one request helper.
import { apiRequest, type ApiProblem, type ApiResult } from "@/lib/api-fetch";
import type { CategoryView, TransactionType } from "@/modules/transaction/client";

const categoryPath = (id: string) => `/api/categories/${encodeURIComponent(id)}`;

const unwrap = (result: ApiResult<{ category: CategoryView }>): ApiResult<CategoryView> =>
  result.ok ? { ...result, data: result.data.category } : result;

export const createCategoryRequest = async (input: { name: string; type: TransactionType; keywords: string[] }) =>
  unwrap(await apiRequest("POST", "/api/categories", input));

export const renameCategoryRequest = async (id: string, name: string) => unwrap(await apiRequest("PATCH", categoryPath(id), { name }));

/** `keywords` replaces the category's whole list (API.md). */
export const setKeywordsRequest = async (id: string, keywords: string[]) => unwrap(await apiRequest("PATCH", categoryPath(id), { keywords }));

export const deleteCategoryRequest = (id: string, moveTo: string) =>
  apiRequest("DELETE", `${categoryPath(id)}?${new URLSearchParams({ moveTo })}`);

/** A sentence for a failure no field shows. */
export function problemSentence(problem: ApiProblem): string {
  if (problem.code === "rate_limited") return "Too many changes at once. Wait a moment, then try again.";
  if (problem.code === "unavailable") return "Ledgerly can't reach one of its services right now. Try again in a moment.";
  return problem.status >= 500 ? "Something went wrong on our side. Try again in a moment." : problem.detail;
}
