// /api/openapi.json is generated from the same zod schemas the handlers
// validate with (STYLE.md §5). Each module describes its endpoints with
// `describeEndpoint`; app/api/openapi.json assembles the document.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { statusOf, type ErrorCode } from "./http/errors";

export { OpenAPIRegistry };

export const problemSchema = z
  .object({
    type: z.literal("about:blank"),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: "Stable machine-readable error code (API.md, Error codes)." }),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

type Method = "get" | "post" | "put" | "patch" | "delete";

export type EndpointDescription = {
  method: Method;
  /** The route template as in the app folder: `/api/transactions/[id]`. */
  path: string;
  summary: string;
  tag: string;
  /**
   * Who may call it: true, a signed-in session (cookie) or a personal access
   * token (Bearer); "session", the session only (a token gets 403
   * insufficient_scope); false, anyone.
   */
  auth: boolean | "session";
  /** Defaults to the method and path: `getTransactionsById`. */
  operationId?: string;
  body?: z.ZodType;
  /** Also accepts multipart/form-data and application/x-www-form-urlencoded. */
  formBody?: boolean;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  success: { status: number; description: string; schema?: z.ZodType; contentType?: string };
  errors: ErrorCode[];
};

const COMMON_ERRORS: ErrorCode[] = ["rate_limited", "unavailable", "internal_error"];

export function describeEndpoint(registry: OpenAPIRegistry, endpoint: EndpointDescription): void {
  const path = endpoint.path.replace(/\[(\w+)\]/g, "{$1}");
  const params = [...endpoint.path.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
  const unsafe = endpoint.method !== "get";
  const errors = new Set<ErrorCode>([
    ...endpoint.errors,
    ...(endpoint.auth ? (["unauthenticated"] as ErrorCode[]) : []),
    ...(endpoint.auth === "session" ? (["insufficient_scope"] as ErrorCode[]) : []),
    ...(unsafe ? (["forbidden_origin"] as ErrorCode[]) : []),
    ...(endpoint.body ? (["invalid_json", "validation_failed", "payload_too_large", "unsupported_media_type"] as ErrorCode[]) : []),
    ...(endpoint.query ? (["validation_failed"] as ErrorCode[]) : []),
    ...COMMON_ERRORS,
  ]);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errors) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);

  const bodyContent = endpoint.body
    ? {
        "application/json": { schema: endpoint.body },
        ...(endpoint.formBody
          ? {
              "multipart/form-data": { schema: endpoint.body },
              "application/x-www-form-urlencoded": { schema: endpoint.body },
            }
          : {}),
      }
    : undefined;

  registry.registerPath({
    method: endpoint.method,
    path,
    operationId: endpoint.operationId ?? operationIdOf(endpoint.method, endpoint.path),
    summary: endpoint.summary,
    tags: [endpoint.tag],
    security: endpoint.auth === "session" ? [{ sessionCookie: [] }] : endpoint.auth ? [{ sessionCookie: [] }, { bearerToken: [] }] : [],
    request: {
      ...(params.length ? { params: z.object(Object.fromEntries(params.map((p) => [p, z.string()]))) } : {}),
      ...(endpoint.query ? { query: endpoint.query } : {}),
      ...(endpoint.headers ? { headers: endpoint.headers } : {}),
      ...(bodyContent ? { body: { required: true, content: bodyContent } } : {}),
    },
    responses: {
      [endpoint.success.status]: {
        description: endpoint.success.description,
        ...(endpoint.success.schema
          ? { content: { [endpoint.success.contentType ?? "application/json"]: { schema: endpoint.success.schema } } }
          : {}),
      },
      ...Object.fromEntries(
        [...byStatus].map(([status, codes]) => [
          status,
          {
            description: `Error codes: ${codes.join(", ")}`,
            content: { "application/problem+json": { schema: problemSchema } },
          },
        ]),
      ),
    },
  });
}

/** `get /api/imports/[id]/commit` → `getImportsByIdCommit`: unique because paths and methods are. */
export function operationIdOf(method: Method, path: string): string {
  const words = path
    .replace(/^\/api\//, "")
    .split(/[/-]/)
    .map((segment) => segment.replace(/^\[(\w+)\]$/, "by-$1"))
    .flatMap((segment) => segment.split("-"));
  return method + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

export function buildOpenApiDocument(contributors: Array<(registry: OpenAPIRegistry) => void>, serverUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "access_token",
    description: "Set by POST /api/auth/login; refreshed by POST /api/auth/refresh.",
  });
  registry.registerComponent("securitySchemes", "bearerToken", {
    type: "http",
    scheme: "bearer",
    description:
      "A personal access token (`lgy_…`) made in Settings → Tokens or with POST /api/tokens. Scope `read` allows GET only; `write` allows everything a token may do. No CSRF Origin check applies to it.",
  });
  // Schemas with `.meta({ id })` become components by themselves.
  for (const contribute of contributors) contribute(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Ledgerly API",
      version: "1.0.0",
      description:
        "The REST API of Ledgerly. Errors are RFC 9457 problem details with a stable `code`. Amounts are decimal strings with two decimals.",
    },
    servers: [{ url: serverUrl }],
  });
}
