// The page's calls to /api/recurring, all through the one request helper.
import { apiRequest, type ApiResult } from "@/lib/api-fetch";
import type { Recurring } from "@/modules/transaction";

const recurringPath = (id: string) => `/api/recurring/${encodeURIComponent(id)}`;

const unwrap = (result: ApiResult<{ recurring: Recurring }>): ApiResult<Recurring> =>
  result.ok ? { ...result, data: result.data.recurring } : result;

export const createRecurringRequest = async (body: object) => unwrap(await apiRequest("POST", "/api/recurring", body));

/** Only the fields given change; the schedule's future occurrences follow (API.md). */
export const patchRecurringRequest = async (id: string, body: object) => unwrap(await apiRequest("PATCH", recurringPath(id), body));

export const deleteRecurringRequest = (id: string) => apiRequest("DELETE", recurringPath(id));
