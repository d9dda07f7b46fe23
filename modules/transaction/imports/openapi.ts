import { z } from "zod";
import { describeEndpoint, type OpenAPIRegistry } from "@/lib/openapi";
import { exportTransactionsQuerySchema } from "../schemas";
import * as s from "./schemas";

export function importsOpenApi(registry: OpenAPIRegistry): void {
  const common = { tag: "Export and import", auth: true } as const;
  describeEndpoint(registry, {
    ...common, method: "get", path: "/api/transactions/export", query: exportTransactionsQuerySchema,
    summary: "Every matching transaction as CSV (date,type,amount,category,note,comment,id), newest first, streamed; formula cells guarded with a leading '",
    success: { status: 200, description: "A CSV file (Content-Disposition: attachment)", schema: z.string(), contentType: "text/csv" },
    errors: [],
  });
  describeEndpoint(registry, {
    ...common, method: "post", path: "/api/imports",
    body: z.object({ file: z.string().meta({ format: "binary" }) }).meta({ description: "multipart/form-data field `file`, or the body itself as text/csv; at most 10 MiB" }),
    summary: "Upload a CSV: answers what was detected and the first rows as they will be recorded (categories, duplicates, errors)",
    success: { status: 201, description: "The preview", schema: z.object({ import: s.importSchema }) },
    errors: [],
  });
  describeEndpoint(registry, {
    ...common, method: "get", path: "/api/imports/[id]", summary: "An import (kept 24 h)",
    success: { status: 200, description: "The import", schema: z.object({ import: s.importSchema }) },
    errors: ["not_found"],
  });
  describeEndpoint(registry, {
    ...common, method: "post", path: "/api/imports/[id]/commit", body: s.commitImportBodySchema,
    summary: "Record every valid row in one database transaction, with overrides of what was detected",
    success: { status: 200, description: "What was recorded", schema: s.commitResultSchema },
    errors: ["not_found", "import_committed"],
  });
}
