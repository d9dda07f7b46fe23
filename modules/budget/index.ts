// Public surface of the budget module (work in progress).
import type { OpenAPIRegistry } from "@/lib/openapi";

export function budgetOpenApi(_registry: OpenAPIRegistry): void {}
