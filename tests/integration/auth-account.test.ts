import pg from "pg";
import { describe, expect, it } from "vitest";
import { ApiClient } from "../helpers/api-client";
import { latestMailTo, signedInUser, TEST_PASSWORD } from "../helpers/users";

async function rowsOf(userId: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const count = async (table: string) =>
      Number((await client.query(`SELECT count(*) FROM ${table} WHERE user_id = $1`, [userId])).rows[0].count);
    return {
      transactions: await count("transactions.transactions"),
      budgets: await count("budgets.budgets"),
      sessions: await count("users.sessions"),
      users: Number((await client.query(`SELECT count(*) FROM users.users WHERE id = $1`, [userId])).rows[0].count),
    };
  } finally {
    await client.end();
  }
}

describe("/api/users/me", () => {
  it("GET answers {user} with exactly the documented fields", async () => {
    const { client, email } = await signedInUser({ name: "Grace" });
    const response = await client.get("/api/users/me");
    expect(response.status).toBe(200);
    expect(response.body.user).toEqual({
      id: expect.any(String),
      email,
      name: "Grace",
      emailVerified: true,
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      currency: "USD",
      timezone: "UTC",
    });
  });

  it("PATCH changes only the fields given", async () => {
    const { client } = await signedInUser({ name: "Grace" });
    const response = await client.patch("/api/users/me", { currency: "JPY", timezone: "Asia/Tokyo" });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ name: "Grace", currency: "JPY", timezone: "Asia/Tokyo" });
    expect((await client.patch("/api/users/me", { name: "Grace Hopper" })).body.user).toMatchObject({ name: "Grace Hopper", currency: "JPY" });
    // null clears the name; an empty body changes nothing.
    expect((await client.patch("/api/users/me", { name: null })).body.user).toMatchObject({ name: null, currency: "JPY", timezone: "Asia/Tokyo" });
    expect((await client.patch("/api/users/me", {})).body.user).toMatchObject({ name: null, currency: "JPY", timezone: "Asia/Tokyo" });
    expect((await client.get("/api/users/me")).body.user).toMatchObject({ name: null, currency: "JPY", timezone: "Asia/Tokyo" });
  });

  it.each([
    [{ currency: "DOLLARS" }, "currency"],
    [{ timezone: "Nowhere/City" }, "timezone"],
    [{ name: "x".repeat(101) }, "name"],
    [{ email: "new@example.test" }, "email"],
  ])("PATCH refuses %j with 400 naming %s", async (body, field) => {
    const { client } = await signedInUser();
    const response = await client.patch("/api/users/me", body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe("validation_failed");
    expect(response.body.errors.map((e: any) => e.path)).toContain(field);
  });
});

describe("POST /api/users/me/password", () => {
  it("refuses a wrong current password with 403 invalid_password (not 401)", async () => {
    const { client } = await signedInUser();
    const response = await client.post("/api/users/me/password", { currentPassword: "wrong one entirely", newPassword: "another good passphrase" });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe("invalid_password");
  });

  it("changes the password, revokes other sessions and gives this one new cookies", async () => {
    const { client, email } = await signedInUser();
    const other = new ApiClient();
    await other.post("/api/auth/login", { email, password: TEST_PASSWORD });
    const before = client.cookies.get("access_token");

    const response = await client.post("/api/users/me/password", { currentPassword: TEST_PASSWORD, newPassword: "another good passphrase" });
    expect(response.status).toBe(204);
    expect(client.cookies.get("access_token")).not.toBe(before);
    expect((await client.get("/api/users/me")).status).toBe(200);
    expect((await other.get("/api/users/me")).status).toBe(401);
    expect((await other.post("/api/auth/refresh")).status).toBe(401);
    expect((await new ApiClient().post("/api/auth/login", { email, password: "another good passphrase" })).status).toBe(200);
    expect((await latestMailTo(email, /password was changed/i)).to).toBe(email);
  });

  it("refuses a weak new password naming newPassword", async () => {
    const { client } = await signedInUser();
    const response = await client.post("/api/users/me/password", { currentPassword: TEST_PASSWORD, newPassword: "1234567890" });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: any) => e.path)).toEqual(["newPassword"]);
  });
});

describe("DELETE /api/users/me", () => {
  it("refuses a wrong password with 403 invalid_password and deletes nothing", async () => {
    const { client, user } = await signedInUser();
    const response = await client.delete("/api/users/me", { password: "not my password" });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe("invalid_password");
    expect((await rowsOf(user.id)).users).toBe(1);
  });

  it("removes the user's rows in every module, clears cookies and ends every session", async () => {
    const { client, email, user } = await signedInUser();
    const other = new ApiClient();
    await other.post("/api/auth/login", { email, password: TEST_PASSWORD });
    await client.post("/api/transactions", { amount: "12.50", type: "expense", note: "coffee" });
    await client.post("/api/budgets", { category: "Food & Dining", amount: "100" });
    const access = client.cookies.get("access_token")!;

    const response = await client.delete("/api/users/me", { password: TEST_PASSWORD });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().filter((c) => /Max-Age=0/.test(c))).toHaveLength(2);
    expect(await rowsOf(user.id)).toEqual({ transactions: 0, budgets: 0, sessions: 0, users: 0 });

    const replay = new ApiClient();
    replay.cookies.set("access_token", access);
    expect((await replay.get("/api/users/me")).status).toBe(401);
    expect((await other.get("/api/users/me")).status).toBe(401);
    expect((await new ApiClient().post("/api/auth/login", { email, password: TEST_PASSWORD })).status).toBe(401);
  });
});

describe("OpenAPI document", () => {
  it("describes every user endpoint with its error codes", async () => {
    const response = await new ApiClient().get("/api/openapi.json");
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    const paths = response.body.paths;
    for (const [path, method] of [
      ["/api/auth/register", "post"],
      ["/api/auth/login", "post"],
      ["/api/auth/logout", "post"],
      ["/api/auth/refresh", "post"],
      ["/api/auth/verify-email", "get"],
      ["/api/auth/resend-verification", "post"],
      ["/api/auth/status", "get"],
      ["/api/auth/forgot-password", "post"],
      ["/api/auth/reset-password", "post"],
      ["/api/users/me", "get"],
      ["/api/users/me", "patch"],
      ["/api/users/me", "delete"],
      ["/api/users/me/password", "post"],
    ] as const) {
      expect(paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    expect(paths["/api/auth/register"].post.responses["409"].description).toContain("email_taken");
    expect(paths["/api/auth/register"].post.requestBody.content["application/json"].schema).toBeDefined();
  });
});
