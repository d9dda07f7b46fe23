// Errors are values with codes (STYLE.md §3): the closed set of API.md's error
// table, one class, one mapper (problem.ts).

export type ErrorCode =
  | "invalid_json"
  | "validation_failed"
  | "invalid_token"
  | "unauthenticated"
  | "invalid_credentials"
  | "email_not_verified"
  | "forbidden_origin"
  | "invalid_password"
  | "not_found"
  | "email_taken"
  | "budget_exists"
  | "account_not_empty"
  | "idempotency_conflict"
  | "category_exists"
  | "keyword_taken"
  | "category_protected"
  | "import_committed"
  | "insufficient_scope"
  | "method_not_allowed"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable"
  | "internal_error";

export type FieldError = { path: string; message: string };

const STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  validation_failed: 400,
  invalid_token: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  email_not_verified: 403,
  forbidden_origin: 403,
  invalid_password: 403,
  not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  budget_exists: 409,
  account_not_empty: 409,
  idempotency_conflict: 409,
  category_exists: 409,
  keyword_taken: 409,
  category_protected: 409,
  import_committed: 409,
  insufficient_scope: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
};

const TITLE: Record<ErrorCode, string> = {
  invalid_json: "Malformed JSON",
  validation_failed: "Validation failed",
  invalid_token: "Invalid or expired token",
  unauthenticated: "Unauthenticated",
  invalid_credentials: "Invalid credentials",
  email_not_verified: "Email not verified",
  forbidden_origin: "Forbidden origin",
  invalid_password: "Invalid password",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  email_taken: "Email already registered",
  budget_exists: "Budget already exists",
  account_not_empty: "Account is not empty",
  idempotency_conflict: "Idempotency key reused",
  category_exists: "Category already exists",
  keyword_taken: "Keyword belongs to another category",
  category_protected: "Category is protected",
  import_committed: "Import already committed",
  insufficient_scope: "Insufficient scope",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  rate_limited: "Too many requests",
  internal_error: "Internal server error",
  unavailable: "Service unavailable",
};

export class AppError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly options: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      /** Extra members of the problem body (RFC 9457 extensions). */
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(detail);
    this.name = "AppError";
    this.status = STATUS[code];
    this.title = TITLE[code];
  }
}

export const statusOf = (code: ErrorCode): number => STATUS[code];

export const validationFailed = (errors: FieldError[], detail = "Some fields are missing or invalid.") =>
  new AppError("validation_failed", detail, { errors });

/** One field's problem, as a 400 naming it. */
export const invalidField = (path: string, message: string) =>
  validationFailed([{ path, message }], `${path}: ${message}`);

export const notFound = (what = "resource") => new AppError("not_found", `The ${what} does not exist.`);

export const unauthenticated = (detail = "Sign in to continue.") => new AppError("unauthenticated", detail);

/** A dependency is down: fail fast with 503 instead of hanging (SECURITY.md, Operations). */
export const unavailable = (dependency: string, extensions?: Record<string, unknown>) =>
  new AppError("unavailable", `${dependency} is unavailable; try again shortly.`, { extensions });

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError("rate_limited", `Too many requests; retry in ${retryAfterSeconds} s.`, {
    headers: { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) },
  });
