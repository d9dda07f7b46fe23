// The Tokens section's calls to /api/tokens, through the one request helper.
import { apiRequest } from "@/lib/api-fetch";

export type AccessToken = {
  id: string;
  name: string;
  scope: "read" | "write";
  createdAt: string;
  /** The last day it works (UTC), YYYY-MM-DD; null: until revoked. */
  expiresAt: string | null;
  lastUsedAt: string | null;
};

export type NewToken = { name: string; scope: "read" | "write"; expiresAt?: string | null };

export const createTokenRequest = (input: NewToken) => apiRequest<{ token: AccessToken; secret: string }>("POST", "/api/tokens", input);

export const revokeTokenRequest = (id: string) => apiRequest("DELETE", `/api/tokens/${encodeURIComponent(id)}`);
