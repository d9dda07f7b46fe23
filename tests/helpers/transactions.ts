// Factories for transactions (STYLE.md §12), through the public API as the app uses it.
import { expect } from "vitest";
import type { ApiClient } from "./api-client";

export type TransactionJson = {
  id: string;
  type: "income" | "expense";
  amount: string;
  category: string;
  categorySource: "auto" | "manual";
  date: string;
  note: string;
  comment: string;
  recurringId: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Records a transaction (an expense of 10.00 unless told otherwise) and returns it. */
export async function createTransaction(client: ApiClient, fields: Record<string, unknown> = {}): Promise<TransactionJson> {
  const response = await client.post("/api/transactions", { amount: "10.00", type: "expense", ...fields });
  expect(response.status, response.text).toBe(201);
  return response.body.transaction;
}

/** Records the transactions one after another, so their creation times follow the array order. */
export async function createTransactions(client: ApiClient, list: Record<string, unknown>[]): Promise<TransactionJson[]> {
  const created: TransactionJson[] = [];
  for (const fields of list) created.push(await createTransaction(client, fields));
  return created;
}

/** Every page of a list, following nextCursor; fails on a page that repeats a row. */
export async function listAll(client: ApiClient, query: string, limit: number): Promise<TransactionJson[][]> {
  const pages: TransactionJson[][] = [];
  let cursor: string | null = null;
  do {
    const cursorParam: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const response = await client.get(`/api/transactions?${query}&limit=${limit}${cursorParam}`);
    expect(response.status, response.text).toBe(200);
    pages.push(response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor !== null && pages.length < 100);
  return pages;
}

/** The query string of a filter object; arrays become repeated parameters. */
export function queryOf(filters: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) for (const v of [value].flat()) params.append(name, v);
  return params.toString();
}

/** The `path`s of a 400 validation problem, after checking it is one. */
export function invalidPaths(response: { status: number; body: any; text: string; headers: Headers }): string[] {
  expect(response.status, response.text).toBe(400);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(response.body.code).toBe("validation_failed");
  return (response.body.errors as { path: string }[]).map((e) => e.path).sort();
}
