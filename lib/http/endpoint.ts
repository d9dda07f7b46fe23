// One wrapper for every API route handler (STYLE.md §2): 405, CSRF, auth, body
// and query parsing, problem+json errors, the request log line and metrics.
// A route file then says only what is particular to it.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { logger } from "../log";
import { observeRequest } from "../metrics";
import { assertSameOrigin } from "./csrf";
import { AppError, notFound, unavailable } from "./errors";
import { REFUSED_METHOD_HEADER } from "@/scripts/lib/request-target.mjs";
import { assertNoNul, readBody, readQuery, parseWith, type BodyType } from "./parse";
import { problemResponse } from "./respond";
import { isDatabaseDown } from "./unavailable";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteFunction = (request: Request, context: RouteContext) => Promise<Response>;

export type HandlerContext<Auth, Body, Query> = {
  request: Request;
  url: URL;
  requestId: string;
  params: Record<string, string>;
  auth: Auth;
  body: Body;
  query: Query;
};

type Schema = z.ZodType | undefined;
type Output<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export type HandlerOptions<Auth, B extends Schema, Q extends Schema> = {
  /** Authenticates the request or throws (401). Omit for public endpoints. */
  auth?: (request: Request) => Promise<Auth>;
  body?: B;
  /** Body encodings this handler takes; JSON unless it says otherwise. */
  bodyTypes?: readonly BodyType[];
  query?: Q;
};

type Handler = (request: Request, params: Record<string, string>, requestId: string) => Promise<Response>;

/** Declares one method's handler with its auth, body and query schemas. */
export function handler<Auth = undefined, B extends Schema = undefined, Q extends Schema = undefined>(
  options: HandlerOptions<Auth, B, Q>,
  run: (context: HandlerContext<Auth, Output<B>, Output<Q>>) => Promise<Response>,
): Handler {
  return async (request, params, requestId) => {
    assertSameOrigin(request);
    const auth = options.auth ? await options.auth(request) : (undefined as Auth);
    assertIdParams(params);
    const url = new URL(request.url);
    const query = (options.query ? parseWith(options.query, assertNoNul(readQuery(url))) : undefined) as Output<Q>;
    const body = (
      options.body ? parseWith(options.body, assertNoNul(await readBody(request, options.bodyTypes ?? ["json"]))) : undefined
    ) as Output<B>;
    return run({ request, url, requestId, params, auth, body, query });
  };
}

// Every `[id]` of the API is a row's UUID; anything else names nothing, and
// must not reach PostgreSQL as a malformed uuid (a 500).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertIdParams(params: Record<string, string>): void {
  for (const [name, value] of Object.entries(params)) {
    if ((name === "id" || name.endsWith("Id")) && !UUID.test(value)) throw notFound();
  }
}

export type RouteExports = Record<Method | "OPTIONS", RouteFunction>;

/**
 * The exports of a route file: every method, the unsupported ones answering
 * 405 with `Allow` (before any session check, API.md), and OPTIONS naming
 * the ones it has (or, given an OPTIONS handler, answering as it says).
 * `route` is the template (`/api/transactions/[id]`), the metrics label.
 */
export function endpoint(route: string, handlers: Partial<Record<Method | "OPTIONS", Handler>>): RouteExports {
  const allow = METHODS.filter((m) => handlers[m]).join(", ");
  const listMethods: Handler = async () => new Response(null, { status: 204, headers: { Allow: allow } });
  const entries = [...METHODS, "OPTIONS" as const].map((slot) => {
    const run = slot === "OPTIONS" ? (handlers.OPTIONS ?? listMethods) : handlers[slot];
    const fn: RouteFunction = async (request, context) => {
      const started = performance.now();
      const requestId = requestIdOf(request);
      // scripts/server.mjs hands a method no route has (TRACE, PROPFIND) to OPTIONS.
      const method = (slot === "OPTIONS" && request.headers.get(REFUSED_METHOD_HEADER)) || slot;
      let response: Response;
      try {
        if (!run || method !== slot) {
          throw new AppError("method_not_allowed", `${method} is not supported here.`, { headers: { Allow: allow } });
        }
        response = await run(request, stringParams(await context.params), requestId);
      } catch (error) {
        response = errorResponse(error, requestId, { method, route });
      }
      response = withHeader(response, "X-Request-Id", requestId);
      // An API answer is one person's data or about their request: never
      // cached, errors included (API.md), unless the route says otherwise.
      if (!response.headers.has("Cache-Control")) response = withHeader(response, "Cache-Control", "no-store");
      const seconds = (performance.now() - started) / 1000;
      observeRequest({ method: slot === "OPTIONS" && method !== slot ? "OTHER" : method, route, statusCode: response.status, seconds });
      logger.info("request", { requestId, method, route, status: response.status, ms: Math.round(seconds * 1000) });
      return response;
    };
    return [slot, fn] as const;
  });
  return Object.fromEntries(entries) as RouteExports;
}

export function errorResponse(error: unknown, requestId: string, where: Record<string, string>): Response {
  if (error instanceof AppError) return problemResponse(error, requestId);
  if (isDatabaseDown(error)) return problemResponse(unavailable("The database"), requestId);
  // Unknown errors: logged with the request id, answered without details.
  logger.error("unhandled error", {
    requestId,
    ...where,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  return problemResponse(new AppError("internal_error", `Something went wrong. Quote request id ${requestId} when reporting it.`), requestId);
}

/** Sets a header, copying the response first when its headers are frozen (Response.redirect, fetch results). */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}

function requestIdOf(request: Request): string {
  const given = request.headers.get("x-request-id");
  return given && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
}

function stringParams(params: Record<string, string | string[] | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === "string") out[key] = value;
  }
  return out;
}
