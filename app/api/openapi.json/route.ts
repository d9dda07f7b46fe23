import { endpoint, handler, json } from "@/lib/http";
import { openApiDocument } from "@/app/openapi-document";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/openapi.json", {
  GET: handler({}, async () => json(openApiDocument())),
});
