// Any /api path without a route of its own: a problem+json 404 like every
// other API error (Next's default is an HTML page), counted in the metrics.
import { endpoint, handler, notFound } from "@/lib/http";

const missing = handler({}, async () => {
  throw notFound("API endpoint");
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/[...path]", {
  GET: missing,
  POST: missing,
  PUT: missing,
  PATCH: missing,
  DELETE: missing,
  OPTIONS: missing,
});
