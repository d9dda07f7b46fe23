// Small factories for the budget tests (STYLE.md §12), through the public API.
import { expect } from "vitest";
import type { ApiClient } from "../helpers/api-client";

export type Expense = { amount: string; date: string; category: string; type?: "expense" | "income" };

/** Records a transaction (an expense unless `type` says otherwise) and returns its id. */
export async function addTransaction(client: ApiClient, { amount, date, category, type = "expense" }: Expense): Promise<string> {
  const response = await client.post("/api/transactions", { amount, type, date, category, note: `${category} test` });
  expect(response.status, response.text).toBe(201);
  return response.body.transaction.id as string;
}

export async function addBudget(client: ApiClient, category: string, amount: string): Promise<{ id: string } & Record<string, unknown>> {
  const response = await client.post("/api/budgets", { category, amount });
  expect(response.status, response.text).toBe(201);
  return response.body.budget;
}

/** The budget of a category in a month's list. */
export async function budgetIn(client: ApiClient, month: string, category: string) {
  const response = await client.get(`/api/budgets?month=${month}`);
  expect(response.status, response.text).toBe(200);
  return (response.body.items as Array<{ category: string; spent: string; remaining: string; percent: number }>).find(
    (item) => item.category === category,
  );
}

/** A validation problem naming exactly these fields. */
export function expectValidationProblem(response: { status: number; body: any; headers: Headers }, paths: string[]): void {
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(response.body.code).toBe("validation_failed");
  expect(response.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([...paths].sort());
}
