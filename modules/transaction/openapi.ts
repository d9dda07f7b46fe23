import { z } from "zod";
import { describeEndpoint, type OpenAPIRegistry } from "@/lib/openapi";
import {
  categoryListSchema,
  categoryResponseSchema,
  createCategoryBodySchema,
  deleteCategoryQuerySchema,
  listCategoriesQuerySchema,
  patchCategoryBodySchema,
  createTransactionBodySchema,
  detectCategoryQuerySchema,
  detectionSchema,
  listTransactionsQuerySchema,
  patchTransactionBodySchema,
  replaceTransactionBodySchema,
  transactionFiltersQuerySchema,
  transactionPageSchema,
  transactionResponseSchema,
  transactionSummarySchema,
} from "./schemas";

const idempotencyHeaders = z.object({
  "Idempotency-Key": z
    .string()
    .max(255)
    .optional()
    .meta({ description: "Makes retries safe: the same key and body within 24 h replay the first answer" }),
});

/** Every transaction and category endpoint of API.md, for /api/openapi.json. */
export function transactionOpenApi(registry: OpenAPIRegistry): void {
  const tag = "Transactions";
  const one = "/api/transactions/[id]";
  const common = { tag, auth: true } as const;

  describeEndpoint(registry, {
    ...common,
    method: "post",
    path: "/api/transactions",
    summary: "Record a transaction; the category is detected from the note when not given",
    body: createTransactionBodySchema,
    formBody: true,
    headers: idempotencyHeaders,
    success: { status: 201, description: "Created (or the replayed first answer)", schema: transactionResponseSchema },
    errors: ["idempotency_conflict"],
  });
  describeEndpoint(registry, {
    ...common,
    method: "get",
    path: "/api/transactions",
    summary: "List transactions, newest first, filtered and paginated by cursor",
    query: listTransactionsQuerySchema,
    success: { status: 200, description: "A page", schema: transactionPageSchema },
    errors: [],
  });
  describeEndpoint(registry, {
    ...common,
    method: "get",
    path: "/api/transactions/summary",
    summary: "Income, expense, balance and count over the list's filters",
    query: transactionFiltersQuerySchema,
    success: { status: 200, description: "Totals", schema: transactionSummarySchema },
    errors: [],
  });
  describeEndpoint(registry, {
    ...common,
    method: "get",
    path: one,
    summary: "One transaction",
    success: { status: 200, description: "The transaction", schema: transactionResponseSchema },
    errors: ["not_found"],
  });
  describeEndpoint(registry, {
    ...common,
    method: "put",
    path: one,
    summary: "Replace a transaction's fields (missing note and comment are cleared, a missing category detected)",
    body: replaceTransactionBodySchema,
    success: { status: 200, description: "The transaction", schema: transactionResponseSchema },
    errors: ["not_found"],
  });
  describeEndpoint(registry, {
    ...common,
    method: "patch",
    path: one,
    summary: "Change some fields; `category: null` returns the category to detection",
    body: patchTransactionBodySchema,
    success: { status: 200, description: "The transaction", schema: transactionResponseSchema },
    errors: ["not_found"],
  });
  describeEndpoint(registry, {
    ...common,
    method: "delete",
    path: one,
    summary: "Delete a transaction",
    success: { status: 204, description: "Deleted" },
    errors: ["not_found"],
  });

  describeEndpoint(registry, {
    ...common,
    tag: "Categories",
    method: "get",
    path: "/api/categories",
    summary: "Your categories (of one type, when given), with the keywords detection uses for each",
    query: listCategoriesQuerySchema,
    success: { status: 200, description: "Every category", schema: categoryListSchema },
    errors: [],
  });
  describeEndpoint(registry, {
    ...common,
    tag: "Categories",
    method: "post",
    path: "/api/categories",
    summary: "Add a category; a keyword another category of the type holds is 409 keyword_taken",
    body: createCategoryBodySchema,
    success: { status: 201, description: "Created", schema: categoryResponseSchema },
    errors: ["category_exists", "keyword_taken"],
  });
  describeEndpoint(registry, {
    ...common,
    tag: "Categories",
    method: "patch",
    path: "/api/categories/[id]",
    summary: "Rename a category (shown at once on its transactions and budget) or replace its keywords",
    body: patchCategoryBodySchema,
    success: { status: 200, description: "The category", schema: categoryResponseSchema },
    errors: ["not_found", "category_exists", "keyword_taken", "category_protected"],
  });
  describeEndpoint(registry, {
    ...common,
    tag: "Categories",
    method: "delete",
    path: "/api/categories/[id]",
    summary: "Delete a category: its transactions move to `moveTo` (default Other / Other Income), its budget is deleted",
    query: deleteCategoryQuerySchema,
    success: { status: 204, description: "Deleted" },
    errors: ["not_found", "category_protected"],
  });
  describeEndpoint(registry, {
    ...common,
    tag: "Categories",
    method: "get",
    path: "/api/categories/detect",
    summary: "The category detected for a text, with the user's learned keywords",
    query: detectCategoryQuerySchema,
    success: { status: 200, description: "The detection", schema: detectionSchema },
    errors: [],
  });
}
