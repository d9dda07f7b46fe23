// Prometheus text exposition of this process. With METRICS_TOKEN set the
// scraper must send `Authorization: Bearer <token>`; without it the endpoint is
// open, which is only fine on a private network (ARCHITECTURE.md).
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { endpoint, handler, unauthenticated } from "@/lib/http";
import { metricsExposition } from "@/lib/metrics";

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest();

// Hashes give equal-length buffers for the constant-time compare and hide the length.
async function requireMetricsToken(request: Request): Promise<void> {
  const expected = env().METRICS_TOKEN;
  if (!expected) return;
  const presented = /^Bearer +(\S+) *$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (presented === undefined || !timingSafeEqual(sha256(presented), sha256(expected))) {
    throw unauthenticated("A valid metrics token is required.");
  }
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = endpoint("/api/metrics", {
  GET: handler({ auth: requireMetricsToken }, async () => {
    const { contentType, body } = await metricsExposition();
    return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  }),
});
