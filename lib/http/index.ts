export { AppError, invalidField, notFound, rateLimited, unauthenticated, unavailable, validationFailed } from "./errors";
export type { ErrorCode, FieldError } from "./errors";
export { endpoint, errorResponse, handler } from "./endpoint";
export type { HandlerContext, Method } from "./endpoint";
export { fieldErrors, MAX_BODY_BYTES, parseWith, readBody, readQuery } from "./parse";
export { json, noContent, problemResponse } from "./respond";
export type { Problem } from "./respond";
export { assertSameOrigin } from "./csrf";
export { isDatabaseDown } from "./unavailable";
