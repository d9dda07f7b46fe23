import { AppError, type FieldError } from "./errors";

export type Problem = {
  type: "about:blank";
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  requestId?: string;
};

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers });
}

/** A redirect whose headers stay mutable (Response.redirect's are frozen, and the wrapper adds X-Request-Id). */
export function redirect(location: string, status: 302 | 303 | 307 = 303): Response {
  return new Response(null, { status, headers: { Location: location } });
}

export function noContent(headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 204, headers });
}

export function problemResponse(error: AppError, requestId?: string): Response {
  const body: Problem = {
    type: "about:blank",
    title: error.title,
    status: error.status,
    code: error.code,
    detail: error.detail,
    ...(error.options.errors ? { errors: error.options.errors } : {}),
    ...(requestId ? { requestId } : {}),
    ...error.options.extensions,
  };
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { "Content-Type": "application/problem+json", ...error.options.headers },
  });
}
