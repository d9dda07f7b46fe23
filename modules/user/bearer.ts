// `Authorization: Bearer lgy_…`: a personal access token, checked on every
// request against the database (a revoked one stops at once everywhere).
// last_used_at is written at most once a minute per token, after answering.
import { logger } from "@/lib/log";
import { findBearer, touchAccessToken } from "./access-token-repository";
import { hashToken } from "./email-token";
import type { SessionUser } from "./authenticate";
import { toUserView } from "./user-repository";

const LAST_USED_PRECISION_SECONDS = 60;

/** The bearer credential of a request, or null when it sends none (any Authorization other than Bearer counts as none). */
export function bearerSecret(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1]! : header && /^Bearer\b/i.test(header) ? "" : null;
}

export type BearerAuth = { tokenId: string; scope: "read" | "write"; user: SessionUser };

export async function authenticateBearer(secret: string): Promise<BearerAuth | null> {
  if (!secret) return null;
  const found = await findBearer(hashToken(secret), LAST_USED_PRECISION_SECONDS);
  if (!found || found.expired) return null;
  if (found.stale) {
    touchAccessToken(found.tokenId).catch((error: unknown) =>
      logger.warn("token last use not recorded", { error: error instanceof Error ? error.message : String(error) }),
    );
  }
  return { tokenId: found.tokenId, scope: found.scope, user: toUserView({ ...found.user, id: found.userId }) };
}
