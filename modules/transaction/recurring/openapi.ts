import { describeEndpoint, type OpenAPIRegistry } from "@/lib/openapi";
import * as s from "./schemas";

export function recurringOpenApi(registry: OpenAPIRegistry): void {
  const common = { tag: "Recurring", auth: true } as const;
  const one = "/api/recurring/[id]";
  describeEndpoint(registry, {
    ...common, method: "post", path: "/api/recurring", body: s.createRecurringBodySchema,
    summary: "Add a schedule; the app records each occurrence by itself (no cron), what is already due at once",
    success: { status: 201, description: "Created", schema: s.recurringResponseSchema },
    errors: [],
  });
  describeEndpoint(registry, {
    ...common, method: "get", path: "/api/recurring",
    summary: "Your schedules, by next date",
    success: { status: 200, description: "Every schedule", schema: s.recurringListSchema },
    errors: [],
  });
  describeEndpoint(registry, {
    ...common, method: "get", path: "/api/recurring/upcoming", query: s.upcomingQuerySchema,
    summary: "Occurrences from tomorrow on, by date",
    success: { status: 200, description: "Upcoming occurrences", schema: s.upcomingListSchema },
    errors: [],
  });
  describeEndpoint(registry, {
    ...common, method: "get", path: one, summary: "One schedule",
    success: { status: 200, description: "The schedule", schema: s.recurringResponseSchema },
    errors: ["not_found"],
  });
  describeEndpoint(registry, {
    ...common, method: "patch", path: one, body: s.patchRecurringBodySchema,
    summary: "Change a schedule: future occurrences only; recorded transactions stay",
    success: { status: 200, description: "The schedule", schema: s.recurringResponseSchema },
    errors: ["not_found"],
  });
  describeEndpoint(registry, {
    ...common, method: "delete", path: one, summary: "Delete a schedule; its recorded transactions stay",
    success: { status: 204, description: "Deleted" },
    errors: ["not_found"],
  });
}
