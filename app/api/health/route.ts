import { endpoint, handler, json } from "@/lib/http";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/health", {
  GET: handler({}, async () => json({ status: "ok" })),
});
