import { z } from "zod";
import { describeEndpoint, type OpenAPIRegistry } from "./openapi";

export function operationsOpenApi(registry: OpenAPIRegistry): void {
  const tag = "Operations";
  describeEndpoint(registry, {
    method: "get",
    path: "/api/health",
    summary: "Liveness: 200 while the process runs",
    tag,
    auth: false,
    success: { status: 200, description: "Alive", schema: z.object({ status: z.literal("ok") }) },
    errors: [],
  });
  describeEndpoint(registry, {
    method: "get",
    path: "/api/health/ready",
    summary: "Readiness: database and Redis (when configured) answer",
    tag,
    auth: false,
    success: {
      status: 200,
      description: "Ready",
      schema: z.object({ status: z.literal("ready"), checks: z.record(z.string(), z.string()) }),
    },
    errors: ["unavailable"],
  });
  describeEndpoint(registry, {
    method: "get",
    path: "/api/metrics",
    summary: "Prometheus text exposition (Bearer METRICS_TOKEN when set)",
    tag,
    auth: false,
    success: { status: 200, description: "Metrics", schema: z.string(), contentType: "text/plain; version=0.0.4" },
    errors: ["unauthenticated"],
  });
  describeEndpoint(registry, {
    method: "get",
    path: "/api/openapi.json",
    summary: "This document",
    tag,
    auth: false,
    success: { status: 200, description: "OpenAPI 3.1 document" },
    errors: [],
  });
}
