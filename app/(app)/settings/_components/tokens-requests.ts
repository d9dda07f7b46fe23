// The Tokens section's calls to /api/tokens, through the one fetch wrapper.
import { apiFetch } from "@/lib/api-fetch";
import { jsonBody, networkFailure, toOutcome, type RequestOutcome } from "@/app/(auth)/_components/requests";

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

async function send<T = void>(path: string, method: string, body?: unknown): Promise<RequestOutcome<T>> {
  try {
    return await toOutcome<T>(await apiFetch(path, { method, ...(body === undefined ? {} : jsonBody(body)) }));
  } catch {
    return networkFailure();
  }
}

export const createTokenRequest = (input: NewToken) => send<{ token: AccessToken; secret: string }>("/api/tokens", "POST", input);

export const revokeTokenRequest = (id: string) => send(`/api/tokens/${encodeURIComponent(id)}`, "DELETE");
