import { describeEndpoint, type OpenAPIRegistry } from "@/lib/openapi";
import * as s from "./schemas";

export function budgetOpenApi(registry: OpenAPIRegistry): void {
  const tag = "Budgets";
  describeEndpoint(registry, {
    method: "get", path: "/api/budgets", tag, auth: true, query: s.listBudgetsQuery,
    summary: "Every budget with a month's spending (read through the read-only role), and the totals",
    success: { status: 200, description: "The month's budgets", schema: s.budgetListResponse },
    errors: ["unavailable"],
  });
  describeEndpoint(registry, {
    method: "post", path: "/api/budgets", tag, auth: true, body: s.createBudgetBody,
    summary: "Set a monthly limit for an expense category (from a month on, optionally rolling over); answers with this month's figures",
    success: { status: 201, description: "Created", schema: s.budgetResponse },
    errors: ["budget_exists"],
  });
  describeEndpoint(registry, {
    method: "put", path: "/api/budgets/[id]", tag, auth: true, body: s.updateBudgetBody,
    summary: "Change a budget's amount from a month on (earlier months keep theirs) or its rollover; the category can't change (delete and create). Answers with this month's figures",
    success: { status: 200, description: "Updated", schema: s.budgetResponse },
    errors: ["not_found"],
  });
  describeEndpoint(registry, {
    method: "get", path: "/api/budgets/[id]/history", tag, auth: true, query: s.budgetHistoryQuery,
    summary: "A budget's months (default the 12 up to this one, at most 120): amount, carried, available, spent, remaining, percent",
    success: { status: 200, description: "Oldest first", schema: s.budgetHistoryResponse },
    errors: ["not_found", "unavailable"],
  });
  describeEndpoint(registry, {
    method: "delete", path: "/api/budgets/[id]", tag, auth: true,
    summary: "Delete a budget (its category's transactions stay)",
    success: { status: 204, description: "Deleted" },
    errors: ["not_found"],
  });
}
