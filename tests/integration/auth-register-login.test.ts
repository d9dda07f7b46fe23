import { describe, expect, it } from "vitest";
import { ApiClient, randomIp } from "../helpers/api-client";
import { appUrl } from "../helpers/app-url";
import { latestMailTo, linkIn, registerUser, signedInUser, TEST_PASSWORD, uniqueEmail } from "../helpers/users";

const USER_KEYS = ["createdAt", "currency", "email", "emailVerified", "id", "name", "timezone"];

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  expect(response.body).toMatchObject({ type: "about:blank", status, code });
  expect(typeof response.body.title).toBe("string");
  expect(typeof response.body.detail).toBe("string");
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(js|ts):\d+/); // no stack trace
}

describe("POST /api/auth/register", () => {
  it("creates an unverified user, answers 201 {user} and mails a verification link", async () => {
    const email = uniqueEmail("Reg").replace("reg", "ReG");
    const client = new ApiClient();
    const response = await client.post("/api/auth/register", {
      email,
      password: TEST_PASSWORD,
      name: "Ada Lovelace",
      timezone: "Europe/Paris",
      currency: "eur",
    });
    expect(response.status).toBe(201);
    expect(Object.keys(response.body.user).sort()).toEqual(USER_KEYS);
    expect(response.body.user).toMatchObject({
      email: email.toLowerCase(),
      name: "Ada Lovelace",
      emailVerified: false,
      currency: "EUR",
      timezone: "Europe/Paris",
    });
    expect(response.text).not.toMatch(/password|hash|\$2[aby]\$/i);
    const mail = await latestMailTo(email.toLowerCase());
    expect(linkIn(mail, "/verify-email").origin).toBe(new URL(appUrl()).origin);
    expect(mail.html).toContain("/verify-email?token=");
  });

  it("defaults currency to USD and timezone to UTC", async () => {
    const { response } = await registerUser();
    expect(response.body.user).toMatchObject({ currency: "USD", timezone: "UTC", name: null });
  });

  it("refuses a taken email with 409 email_taken, whatever its case", async () => {
    const { email } = await registerUser();
    const again = await new ApiClient().post("/api/auth/register", { email: email.toUpperCase(), password: TEST_PASSWORD });
    expectProblem(again, 409, "email_taken");
  });

  it.each([
    ["too short", "short pw1"],
    ["too long", "x".repeat(129)],
    ["commonly used", "1234567890"],
    ["commonly used, any case", "Qwertyuiop"],
  ])("refuses a password that is %s with 400 naming password", async (_why, password) => {
    const response = await new ApiClient().post("/api/auth/register", { email: uniqueEmail(), password });
    expectProblem(response, 400, "validation_failed");
    expect(response.body.errors).toEqual([expect.objectContaining({ path: "password" })]);
  });

  it("refuses a password equal to the email", async () => {
    const email = uniqueEmail();
    const response = await new ApiClient().post("/api/auth/register", { email, password: email });
    expectProblem(response, 400, "validation_failed");
    expect(response.body.errors.map((e: any) => e.path)).toEqual(["password"]);
  });

  it("accepts a 128-character password and one longer than bcrypt's 72 bytes, distinguishing the tail", async () => {
    const password = `${"é".repeat(60)}tail-one`; // 128 bytes in UTF-8
    const { client, email } = await registerUser({ password });
    const { verifyEmail } = await import("../helpers/users");
    await verifyEmail(client, email);
    const wrongTail = await client.post("/api/auth/login", { email, password: `${"é".repeat(60)}tail-two` });
    expectProblem(wrongTail, 401, "invalid_credentials");
    expect((await client.post("/api/auth/login", { email, password })).status).toBe(200);
  });

  it.each([
    [{ password: TEST_PASSWORD }, "email"],
    [{ email: "not-an-email", password: TEST_PASSWORD }, "email"],
    [{ email: uniqueEmail() }, "password"],
    [{ email: uniqueEmail(), password: TEST_PASSWORD, currency: "XXY" }, "currency"],
    [{ email: uniqueEmail(), password: TEST_PASSWORD, timezone: "Mars/Olympus" }, "timezone"],
    [{ email: uniqueEmail(), password: TEST_PASSWORD, isAdmin: true }, "isAdmin"],
  ])("answers 400 validation_failed naming the field for %j", async (body, field) => {
    const response = await new ApiClient().post("/api/auth/register", body);
    expectProblem(response, 400, "validation_failed");
    expect(response.body.errors.map((e: any) => e.path)).toContain(field);
  });

  it("answers 400 invalid_json, 415 and 413 for malformed, mistyped and oversized bodies", async () => {
    const client = new ApiClient();
    expectProblem(await client.request("POST", "/api/auth/register", { raw: { body: "{oops", contentType: "application/json" } }), 400, "invalid_json");
    expectProblem(await client.request("POST", "/api/auth/register", { raw: { body: "email=a", contentType: "text/plain" } }), 415, "unsupported_media_type");
    const huge = JSON.stringify({ email: uniqueEmail(), password: "x".repeat(1_100_000) });
    expectProblem(await client.request("POST", "/api/auth/register", { raw: { body: huge, contentType: "application/json" } }), 413, "payload_too_large");
  });

  it("limits registrations to 10 per IP per hour, then 429 with Retry-After", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 11; i++) {
      last = await new ApiClient(undefined, ip).post("/api/auth/register", { email: uniqueEmail("burst"), password: TEST_PASSWORD });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expectProblem(last!, 429, "rate_limited");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("CSRF origin check on unsafe methods", () => {
  const body = () => ({ email: uniqueEmail(), password: TEST_PASSWORD });

  it.each([
    [{ origin: "https://evil.example" }],
    [{ origin: "null" }],
    [{ "sec-fetch-site": "cross-site" }],
    [{ "sec-fetch-site": "same-site" }],
    [{ ORIGIN: "http://localhost:1" }],
  ])("refuses %j with 403 forbidden_origin", async (headers) => {
    const response = await new ApiClient().post("/api/auth/register", body(), { headers });
    expectProblem(response, 403, "forbidden_origin");
  });

  it("allows the app's own origin, same-origin fetches and scripts without either header", async () => {
    const origin = new URL(appUrl()).origin;
    expect((await new ApiClient().post("/api/auth/register", body(), { headers: { origin } })).status).toBe(201);
    expect((await new ApiClient().post("/api/auth/register", body(), { headers: { "sec-fetch-site": "same-origin" } })).status).toBe(201);
    expect((await new ApiClient().post("/api/auth/register", body())).status).toBe(201);
  });

  it("guards authenticated endpoints too", async () => {
    const { client } = await signedInUser();
    const response = await client.patch("/api/users/me", { name: "Mallory" }, { headers: { origin: "https://evil.example" } });
    expectProblem(response, 403, "forbidden_origin");
    expect((await client.get("/api/users/me")).body.user.name).toBeNull();
  });
});

describe("POST /api/auth/login", () => {
  it("refuses an unverified account with 403 email_not_verified", async () => {
    const { client, email, password } = await registerUser();
    expectProblem(await client.post("/api/auth/login", { email, password }), 403, "email_not_verified");
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const { email } = await signedInUser();
    const wrong = await new ApiClient().post("/api/auth/login", { email, password: "not the password at all" });
    const unknown = await new ApiClient().post("/api/auth/login", { email: uniqueEmail("ghost"), password: TEST_PASSWORD });
    expectProblem(wrong, 401, "invalid_credentials");
    const { requestId: _a, ...wrongBody } = wrong.body;
    const { requestId: _b, ...unknownBody } = unknown.body;
    expect(unknownBody).toEqual(wrongBody);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("sets httpOnly, SameSite=Lax access_token and refresh_token cookies and answers {user}", async () => {
    const { client, email, password } = await registerUser();
    const { verifyEmail } = await import("../helpers/users");
    await verifyEmail(client, email);
    const response = await client.post("/api/auth/login", { email: email.toUpperCase(), password });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.user).sort()).toEqual(USER_KEYS);
    expect(response.body.user.emailVerified).toBe(true);
    const cookies = response.headers.getSetCookie();
    for (const name of ["access_token", "refresh_token"]) {
      const line = cookies.find((c) => c.startsWith(`${name}=`));
      expect(line, name).toBeDefined();
      expect(line).toMatch(/HttpOnly/i);
      expect(line).toMatch(/SameSite=Lax/i);
      expect(line).toMatch(/Path=\//);
    }
  });

  it("issues a new session at every login (no fixation)", async () => {
    const { client, email, password } = await signedInUser();
    const first = client.cookies.get("access_token");
    await client.post("/api/auth/login", { email, password });
    expect(client.cookies.get("access_token")).not.toBe(first);
  });

  it("allows a client 10 failed logins per account in 15 minutes; its 11th attempt is 429 even with the right password", async () => {
    const { email, password } = await signedInUser();
    const guesser = new ApiClient();
    for (let i = 0; i < 10; i++) {
      const failed = await guesser.post("/api/auth/login", { email, password: `wrong password ${i}` });
      expect(failed.status).toBe(401);
    }
    const blocked = await guesser.post("/api/auth/login", { email, password });
    expectProblem(blocked, 429, "rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("doesn't let guesses from elsewhere lock the owner out: past 10, they slow down instead", async () => {
    const { email, password } = await signedInUser();
    for (let i = 0; i < 12; i++) {
      // A different address for every guess, as a botnet would.
      const failed = await new ApiClient().post("/api/auth/login", { email, password: `wrong password ${i}` });
      expect(failed.status).toBe(401);
    }
    const started = Date.now();
    const owner = await new ApiClient().post("/api/auth/login", { email, password });
    expect(owner.status).toBe(200);
    // 12 failures account-wide: the attempt waited (12 − 10 + 1) × 250 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(700);
  });

  it("answers 405 with Allow for a method the path doesn't support, before any session check", async () => {
    const response = await new ApiClient().get("/api/auth/login");
    expectProblem(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toBe("POST");
    const me = await new ApiClient().request("PUT", "/api/users/me", { json: {} });
    expectProblem(me, 405, "method_not_allowed");
    expect(me.headers.get("allow")).toBe("GET, PATCH, DELETE");
  });
});
