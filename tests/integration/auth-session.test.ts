import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { issueAccessCredential, refreshSession, resetPassword, verifyEmail as verifyEmailToken } from "@/modules/user";
import { ApiClient } from "../helpers/api-client";
import { latestMailTo, linkIn, registerUser, signedInUser, TEST_PASSWORD, uniqueEmail } from "../helpers/users";

const minutesFromNow = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);
const secondsFromNow = (seconds: number) => () => new Date(Date.now() + seconds * 1000);
// refreshSession called in-process, as a client other than the one that signed in.
const inProcess = { ip: "127.0.0.1", agentHash: "0".repeat(64) };

describe("GET /api/auth/verify-email", () => {
  it("verifies once; the same link again is 400 invalid_token", async () => {
    const { client, email } = await registerUser();
    const link = linkIn(await latestMailTo(email), "/verify-email");
    const first = await client.get(`/api/auth/verify-email${link.search}`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ verified: true });
    const again = await client.get(`/api/auth/verify-email${link.search}`);
    expect(again.status).toBe(400);
    expect(again.body.code).toBe("invalid_token");
  });

  it("redirects a browser to /login?verified=1", async () => {
    const { client, email } = await registerUser();
    const link = linkIn(await latestMailTo(email), "/verify-email");
    const response = await client.get(`/api/auth/verify-email${link.search}`, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect([302, 303, 307]).toContain(response.status);
    expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search).toBe("/login?verified=1");
  });

  it("refuses unknown tokens and a missing token", async () => {
    const client = new ApiClient();
    expect((await client.get("/api/auth/verify-email?token=not-a-real-token")).body.code).toBe("invalid_token");
    const missing = await client.get("/api/auth/verify-email");
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe("token");
  });

  it("expires the link after 24 hours (clock injected)", async () => {
    const { email } = await registerUser();
    const token = linkIn(await latestMailTo(email), "/verify-email").searchParams.get("token")!;
    await expect(verifyEmailToken(token, minutesFromNow(24 * 60 + 1))).rejects.toMatchObject({ code: "invalid_token" });
    await expect(verifyEmailToken(token, minutesFromNow(23 * 60))).resolves.toBeUndefined();
  });

  it("a resent link replaces the older one", async () => {
    const { client, email } = await registerUser();
    const olderMail = await latestMailTo(email);
    const older = linkIn(olderMail, "/verify-email");
    await new Promise((r) => setTimeout(r, 5));
    expect((await client.post("/api/auth/resend-verification", { email })).status).toBe(202);
    const newer = linkIn(await latestMailTo(email, undefined, olderMail), "/verify-email");
    expect(newer.search).not.toBe(older.search);
    expect((await client.get(`/api/auth/verify-email${older.search}`)).body.code).toBe("invalid_token");
    expect((await client.get(`/api/auth/verify-email${newer.search}`)).status).toBe(200);
  });
});

describe("resend-verification and forgot-password", () => {
  it.each(["/api/auth/resend-verification", "/api/auth/forgot-password"])("%s answers 202 whether or not the address exists", async (path) => {
    const known = (await registerUser()).email;
    expect((await new ApiClient().post(path, { email: known })).status).toBe(202);
    expect((await new ApiClient().post(path, { email: uniqueEmail("nobody") })).status).toBe(202);
  });

  it.each(["/api/auth/resend-verification", "/api/auth/forgot-password"])("%s allows 5 per address per hour", async (path) => {
    const email = uniqueEmail("limit");
    for (let i = 0; i < 5; i++) expect((await new ApiClient().post(path, { email })).status).toBe(202);
    const limited = await new ApiClient().post(path, { email });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("forgot-password allows 20 per IP per hour", async () => {
    const client = new ApiClient();
    for (let i = 0; i < 20; i++) expect((await client.post("/api/auth/forgot-password", { email: uniqueEmail() })).status).toBe(202);
    expect((await client.post("/api/auth/forgot-password", { email: uniqueEmail() })).status).toBe(429);
  });
});

describe("password reset", () => {
  it("sets a new password once, revokes every session and mails a notice", async () => {
    const { client, email } = await signedInUser();
    const other = new ApiClient();
    await other.post("/api/auth/login", { email, password: TEST_PASSWORD });
    expect((await new ApiClient().post("/api/auth/forgot-password", { email })).status).toBe(202);
    const token = linkIn(await latestMailTo(email, /reset/i), "/reset-password").searchParams.get("token")!;
    const newPassword = "a brand new passphrase 7";

    expect((await new ApiClient().post("/api/auth/reset-password", { token, password: newPassword })).status).toBe(204);
    expect((await new ApiClient().post("/api/auth/reset-password", { token, password: newPassword })).body.code).toBe("invalid_token");
    for (const session of [client, other]) {
      expect((await session.get("/api/users/me")).status).toBe(401);
      expect((await session.post("/api/auth/refresh")).status).toBe(401);
    }
    expect((await new ApiClient().post("/api/auth/login", { email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await new ApiClient().post("/api/auth/login", { email, password: newPassword })).status).toBe(200);
    expect((await latestMailTo(email, /password was changed/i)).text).toContain("signed out");
  });

  it("refuses a weak password without using up the token", async () => {
    const { email } = await signedInUser();
    await new ApiClient().post("/api/auth/forgot-password", { email });
    const token = linkIn(await latestMailTo(email, /reset/i), "/reset-password").searchParams.get("token")!;
    const weak = await new ApiClient().post("/api/auth/reset-password", { token, password: "password12" });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].path).toBe("password");
    expect((await new ApiClient().post("/api/auth/reset-password", { token, password: "still a good passphrase" })).status).toBe(204);
  });

  it("expires the reset link after 30 minutes (clock injected)", async () => {
    const { email } = await signedInUser();
    await new ApiClient().post("/api/auth/forgot-password", { email });
    const token = linkIn(await latestMailTo(email, /reset/i), "/reset-password").searchParams.get("token")!;
    await expect(resetPassword(token, "late passphrase here", minutesFromNow(31))).rejects.toMatchObject({ code: "invalid_token" });
  });

  it("refuses an unknown token with 400 invalid_token", async () => {
    const response = await new ApiClient().post("/api/auth/reset-password", { token: "nope", password: "valid passphrase 123" });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe("invalid_token");
  });
});

describe("refresh, logout and the blacklist", () => {
  it("rotates both cookies on refresh and answers {user, accessExpiresAt}", async () => {
    const { client } = await signedInUser();
    const before = { access: client.cookies.get("access_token"), refresh: client.cookies.get("refresh_token") };
    const response = await client.post("/api/auth/refresh");
    expect(response.status).toBe(200);
    expect(response.body.user.id).toBeDefined();
    expect(new Date(response.body.accessExpiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(client.cookies.get("access_token")).not.toBe(before.access);
    expect(client.cookies.get("refresh_token")).not.toBe(before.refresh);
    expect((await client.get("/api/users/me")).status).toBe(200);
  });

  it("revokes the whole session when a rotated refresh credential is used again", async () => {
    const { client } = await signedInUser();
    const stolen = client.cookies.get("refresh_token")!;
    expect((await client.post("/api/auth/refresh")).status).toBe(200);

    const attacker = new ApiClient();
    attacker.cookies.set("refresh_token", stolen);
    // Another browser: the grace window for tabs of the signing-in browser doesn't apply.
    const replay = await attacker.post("/api/auth/refresh", undefined, { headers: { "user-agent": "Mozilla/5.0 (thief)" } });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe("unauthenticated");
    // The legitimate holder's newer credentials die with the family.
    expect((await client.post("/api/auth/refresh")).status).toBe(401);
    expect((await client.get("/api/users/me")).status).toBe(401);
  });

  it("gives tabs that refresh with one credential at once the same new pair, and keeps the session", async () => {
    const { client } = await signedInUser();
    const shared = client.cookies.get("refresh_token")!;
    const tabs = [0, 1, 2].map(() => {
      const tab = new ApiClient(undefined, client.ip);
      tab.cookies.set("refresh_token", shared);
      return tab;
    });
    const answers = await Promise.all(tabs.map((tab) => tab.post("/api/auth/refresh")));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const pairs = new Set(tabs.map((tab) => `${tab.cookies.get("access_token")}|${tab.cookies.get("refresh_token")}`));
    expect(pairs.size).toBe(1);
    expect((await tabs[2]!.get("/api/users/me")).status).toBe(200);
    expect((await tabs[0]!.post("/api/auth/refresh")).status).toBe(200);
  });

  it("still ends the session when the retired credential comes back after the grace window", async () => {
    const { client } = await signedInUser();
    const retired = client.cookies.get("refresh_token")!;
    expect((await client.post("/api/auth/refresh")).status).toBe(200);
    const agentHash = createHash("sha256").update("node").digest("hex");
    await expect(refreshSession(retired, { ip: "127.0.0.1", agentHash }, secondsFromNow(11))).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await client.get("/api/users/me")).status).toBe(401);
  });

  it("retires the access credential a refresh replaced, even before it expires", async () => {
    const { client } = await signedInUser();
    const old = client.cookies.get("access_token")!;
    expect((await client.post("/api/auth/refresh")).status).toBe(200);
    const stale = new ApiClient();
    stale.cookies.set("access_token", old);
    expect((await stale.get("/api/users/me")).status).toBe(401);
    expect((await client.get("/api/users/me")).status).toBe(200);
  });

  it("answers 401 without a refresh credential", async () => {
    const response = await new ApiClient().post("/api/auth/refresh");
    expect(response.status).toBe(401);
    expect(response.body.code).toBe("unauthenticated");
  });

  it("ends a session idle for more than 30 minutes (clock injected)", async () => {
    const { client } = await signedInUser();
    const refresh = client.cookies.get("refresh_token")!;
    await expect(refreshSession(refresh, inProcess, minutesFromNow(31))).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("ends a session after 12 hours even if it stays active (clock injected)", async () => {
    const { client } = await signedInUser();
    let refresh = client.cookies.get("refresh_token")!;
    // Refresh every 25 minutes of simulated time, staying inside the idle limit.
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      const renewed = await refreshSession(refresh, inProcess, minutesFromNow(minutes));
      refresh = renewed.cookies.find((c) => c.startsWith("refresh_token="))!.split(";")[0]!.split("=")[1]!;
    }
    await expect(refreshSession(refresh, inProcess, minutesFromNow(12 * 60 + 5))).rejects.toMatchObject({ code: "unauthenticated" });
  }, 60_000);

  it("logout answers 204, clears cookies and blacklists the access credential", async () => {
    const { client } = await signedInUser();
    const access = client.cookies.get("access_token")!;
    const refresh = client.cookies.get("refresh_token")!;
    const response = await client.post("/api/auth/logout");
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().filter((c) => /Max-Age=0/.test(c))).toHaveLength(2);

    const replay = new ApiClient();
    replay.cookies.set("access_token", access);
    expect((await replay.get("/api/users/me")).status).toBe(401);
    replay.cookies.set("refresh_token", refresh);
    expect((await replay.post("/api/auth/refresh")).status).toBe(401);
  });

  it("refuses an expired access credential (clock injected at issue)", async () => {
    const { client, user } = await signedInUser();
    const status = await client.get("/api/auth/status");
    expect(status.body.authenticated).toBe(true);
    // A credential issued 16 minutes ago for the same session has expired.
    const sid = await (async () => {
      const { verifyAccessCredential } = await import("@/modules/user");
      return (await verifyAccessCredential(client.cookies.get("access_token")))!.sid;
    })();
    const old = await issueAccessCredential(user.id, sid, minutesFromNow(-16));
    const replay = new ApiClient();
    replay.cookies.set("access_token", old.token);
    expect((await replay.get("/api/users/me")).status).toBe(401);
  });

  it("status reports signed-in and signed-out requests", async () => {
    expect((await new ApiClient().get("/api/auth/status")).body).toEqual({ authenticated: false });
    const { client, user } = await signedInUser();
    const response = await client.get("/api/auth/status");
    expect(response.body).toMatchObject({ authenticated: true, user: { id: user.id } });
    expect(Date.parse(response.body.accessExpiresAt)).toBeGreaterThan(Date.now());
  });

  it("answers 401 unauthenticated for protected endpoints without a session", async () => {
    for (const path of ["/api/users/me"]) {
      const response = await new ApiClient().get(path);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe("unauthenticated");
    }
  });
});
