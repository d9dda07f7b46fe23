import { createHash } from "node:crypto";
import { CLIENT_IP_HEADER } from "@/scripts/lib/request-target.mjs";

/**
 * The client's address for per-IP rate limits. Route handlers get no socket,
 * so the server (scripts/server.mjs) works it out from the TCP peer and the
 * TRUSTED_PROXY_HOPS entries of X-Forwarded-For, and hands it over in a header
 * it overwrites on every request: a client can't choose it.
 */
export function clientIp(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) || "unknown";
}

/** Who is asking: the address limits key on, and a fingerprint of the browser for the refresh grace window. */
export type Client = { ip: string; agentHash: string };

export function clientOf(request: Request): Client {
  const agent = request.headers.get("user-agent") ?? "";
  return { ip: clientIp(request), agentHash: createHash("sha256").update(agent).digest("hex") };
}
