// The benchmark's users, made the way people make them: registered through
// the API (the app seeds what a new account gets), then marked verified in SQL
// instead of following the mailed link, then signed in through the API.
import type pg from "pg";
import { ApiClient } from "../../tests/helpers/api-client";
import { markVerified } from "../seed";

const PASSWORD = "correct horse battery staple 42";

export type SignedIn = { id: string; email: string; client: ApiClient; cookie: string };

/**
 * Registers one account per label. Each request comes from its own address
 * (X-Forwarded-For, honoured as the app runs with TRUSTED_PROXY_HOPS=1), so
 * the per-address registration limit (10 an hour) doesn't stop the 21st user.
 */
export async function registerUsers(baseUrl: string, db: pg.ClientBase, labels: readonly string[]): Promise<Array<{ id: string; email: string }>> {
  const run = Date.now().toString(36);
  const users: Array<{ id: string; email: string }> = [];
  for (const label of labels) {
    const email = `bench-${label}-${run}@example.test`;
    const response = await new ApiClient(baseUrl).post("/api/auth/register", { email, password: PASSWORD, name: `Bench ${label}` });
    if (response.status !== 201) throw new Error(`POST /api/auth/register answered ${response.status}: ${response.text}`);
    users.push({ id: response.body.user.id, email });
  }
  await markVerified(db, users.map((u) => u.id));
  return users;
}

/** A fresh session (the access credential lives 15 minutes: sign in again per measurement). */
export async function signIn(baseUrl: string, user: { id: string; email: string }): Promise<SignedIn> {
  const client = new ApiClient(baseUrl);
  const response = await client.post("/api/auth/login", { email: user.email, password: PASSWORD });
  if (response.status !== 200) throw new Error(`POST /api/auth/login answered ${response.status}: ${response.text}`);
  const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  return { ...user, client, cookie };
}
