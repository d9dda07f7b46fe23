// The page's calls to /api/transactions, all through the one request helper.
import { apiRequest, type ApiResult } from "@/lib/api-fetch";
import type { Transaction, TransactionPage } from "@/modules/transaction/client";

const transactionPath = (id: string) => `/api/transactions/${encodeURIComponent(id)}`;

const unwrap = (result: ApiResult<{ transaction: Transaction }>): ApiResult<Transaction> =>
  result.ok ? { ...result, data: result.data.transaction } : result;

/** Records a transaction; the key makes a repeated submission of the same body answer with the first result. */
export async function createTransactionRequest(body: object, idempotencyKey: string): Promise<ApiResult<Transaction>> {
  return unwrap(await apiRequest("POST", "/api/transactions", body, { headers: { "Idempotency-Key": idempotencyKey } }));
}

export async function replaceTransactionRequest(id: string, body: object): Promise<ApiResult<Transaction>> {
  return unwrap(await apiRequest("PUT", transactionPath(id), body));
}

export const deleteTransactionRequest = (id: string) => apiRequest("DELETE", transactionPath(id));

/** The next page of the list: the page's filters plus the cursor. */
export function listTransactionsRequest(filtersQuery: string, cursor: string): Promise<ApiResult<TransactionPage>> {
  const params = new URLSearchParams(filtersQuery);
  params.set("cursor", cursor);
  return apiRequest<TransactionPage>("GET", `/api/transactions?${params}`);
}
