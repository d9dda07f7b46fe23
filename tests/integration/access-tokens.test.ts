// API.md, "Personal access tokens (for scripts)".
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/api-client";
import { latestMailTo, linkIn, signedInUser } from "../helpers/users";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
afterAll(() => pool.end());

async function newToken(client: ApiClient, body: Record<string, unknown> = {}) {
  const response = await client.post("/api/tokens", { name: "script", scope: "write", ...body });
  expect(response.status, response.text).toBe(201);
  return response.body as { token: { id: string; name: string; scope: string; expiresAt: string | null; lastUsedAt: string | null }; secret: string };
}

/** A client that sends only the bearer token: no cookies, like a script. */
const script = (secret: string) => ({
  get: (path: string) => new ApiClient().get(path, { headers: { authorization: `Bearer ${secret}` } }),
  post: (path: string, body: unknown) => new ApiClient().post(path, body, { headers: { authorization: `Bearer ${secret}` } }),
  delete: (path: string) => new ApiClient().delete(path, undefined, { headers: { authorization: `Bearer ${secret}` } }),
});

describe("POST /api/tokens", () => {
  it("answers the secret once; only its SHA-256 is stored", async () => {
    const { client } = await signedInUser();
    const { token, secret } = await newToken(client, { name: "nightly export", scope: "read", expiresAt: "2099-12-31" });
    expect(secret).toMatch(/^lgy_[A-Za-z0-9_-]{43,}$/);
    expect(token).toEqual({ id: expect.any(String), name: "nightly export", scope: "read", createdAt: expect.any(String), expiresAt: "2099-12-31", lastUsedAt: null });
    const listed = await client.get("/api/tokens");
    expect(listed.body.items).toEqual([token]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const { rows } = await pool.query("SELECT token_hash FROM users.personal_access_tokens WHERE id = $1", [token.id]);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].token_hash).not.toContain(secret.slice(4, 20));
  });

  it("refuses bad bodies, past expiry and a 51st live token", async () => {
    const { client } = await signedInUser();
    for (const body of [{ name: "", scope: "write" }, { name: "x", scope: "admin" }, { name: "x", scope: "read", expiresAt: "2020-01-01" }, { name: "x", scope: "read", expiresAt: "tomorrow" }]) {
      expect((await client.post("/api/tokens", body)).status, JSON.stringify(body)).toBe(400);
    }
    await Promise.all(Array.from({ length: 50 }, (_, i) => client.post("/api/tokens", { name: `t${i}`, scope: "read" })));
    const extra = await client.post("/api/tokens", { name: "one too many", scope: "read" });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe("validation_failed");
    expect((await client.get("/api/tokens")).body.items).toHaveLength(50);
  });
});

describe("Authorization: Bearer", () => {
  it("works on the data endpoints and GET /api/users/me, with no cookie and no Origin check", async () => {
    const { client, user } = await signedInUser();
    const { secret } = await newToken(client);
    const bot = script(secret);
    expect((await bot.get("/api/users/me")).body.user.id).toBe(user.id);
    const created = await new ApiClient().post("/api/transactions", { amount: "4.20", type: "expense", note: "coffee" }, {
      headers: { authorization: `Bearer ${secret}`, origin: "https://elsewhere.example" },
    });
    expect(created.status).toBe(201);
    expect((await bot.get("/api/transactions")).body.items.map((t: { id: string }) => t.id)).toEqual([created.body.transaction.id]);
    expect((await bot.get("/api/budgets")).status).toBe(200);
    expect((await bot.get("/api/categories")).status).toBe(200);
    expect((await bot.get("/api/recurring")).status).toBe(200);
  });

  it("lets a read token read but not write: 403 insufficient_scope", async () => {
    const { client } = await signedInUser();
    const { secret } = await newToken(client, { scope: "read" });
    expect((await script(secret).get("/api/transactions")).status).toBe(200);
    const write = await script(secret).post("/api/transactions", { amount: "1", type: "expense" });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe("insufficient_scope");
  });

  it("is refused on the token, account, password, logout and refresh endpoints, even a write token", async () => {
    const { client } = await signedInUser();
    const { token, secret } = await newToken(client);
    const bot = script(secret);
    const attempts = [
      await bot.get("/api/tokens"),
      await bot.post("/api/tokens", { name: "x", scope: "read" }),
      await bot.delete(`/api/tokens/${token.id}`),
      await bot.post("/api/users/me/password", { currentPassword: "x", newPassword: "y" }),
      await new ApiClient().delete("/api/users/me", { password: "x" }, { headers: { authorization: `Bearer ${secret}` } }),
      await new ApiClient().patch("/api/users/me", { name: "Bot" }, { headers: { authorization: `Bearer ${secret}` } }),
      await bot.post("/api/auth/logout", {}),
      await bot.post("/api/auth/refresh", {}),
    ];
    for (const response of attempts) {
      expect(response.status, response.text).toBe(403);
      expect(response.body.code).toBe("insufficient_scope");
    }
    // With a cookie as well, the token is what counts.
    const both = await client.get("/api/tokens", { headers: { authorization: `Bearer ${secret}` } });
    expect(both.status).toBe(403);
  });

  it("answers 401 for an unknown, revoked or expired token", async () => {
    const { client } = await signedInUser();
    const { token, secret } = await newToken(client);
    expect((await script("lgy_nope").get("/api/transactions")).status).toBe(401);
    expect((await new ApiClient().get("/api/transactions", { headers: { authorization: "Bearer " } })).status).toBe(401);
    expect((await client.delete(`/api/tokens/${token.id}`)).status).toBe(204);
    expect((await script(secret).get("/api/transactions")).status).toBe(401);
    const expiring = await newToken(client, { expiresAt: "2099-01-01" });
    await pool.query("UPDATE users.personal_access_tokens SET expires_at = current_date - 1 WHERE id = $1", [expiring.token.id]);
    expect((await script(expiring.secret).get("/api/transactions")).status).toBe(401);
  });

  it("records when it was last used, at most once a minute", async () => {
    const { client } = await signedInUser();
    const { token, secret } = await newToken(client);
    await script(secret).get("/api/transactions");
    let lastUsedAt: string | null = null;
    for (let i = 0; i < 50 && !lastUsedAt; i++) {
      lastUsedAt = (await client.get("/api/tokens")).body.items.find((t: { id: string }) => t.id === token.id).lastUsedAt;
      if (!lastUsedAt) await new Promise((r) => setTimeout(r, 50));
    }
    expect(lastUsedAt).not.toBeNull();
    await script(secret).get("/api/transactions");
    await new Promise((r) => setTimeout(r, 200));
    expect((await client.get("/api/tokens")).body.items.find((t: { id: string }) => t.id === token.id).lastUsedAt).toBe(lastUsedAt);
  });

  it("ends with a password reset, and with the account", async () => {
    const { client, email } = await signedInUser();
    const { secret } = await newToken(client);
    expect((await new ApiClient().post("/api/auth/forgot-password", { email })).status).toBe(202);
    const resetToken = linkIn(await latestMailTo(email, /reset/i), "/reset-password").searchParams.get("token")!;
    expect((await new ApiClient().post("/api/auth/reset-password", { token: resetToken, password: "a brand new passphrase 1" })).status).toBe(204);
    expect((await script(secret).get("/api/transactions")).status).toBe(401);

    const other = await signedInUser();
    const second = await newToken(other.client);
    expect((await other.client.delete("/api/users/me", { password: other.password })).status).toBe(204);
    expect((await script(second.secret).get("/api/users/me")).status).toBe(401);
  });

  it("keeps each user's tokens to themselves", async () => {
    const owner = await signedInUser();
    const other = await signedInUser();
    const { token } = await newToken(owner.client);
    expect((await other.client.delete(`/api/tokens/${token.id}`)).status).toBe(404);
    expect((await other.client.get("/api/tokens")).body.items).toEqual([]);
  });
});
