// Issue 10, "Sessions and accounts": each numbered rule as a test against the
// running app (items 2, 3 and 10 are in auth-session.test.ts and faults.test.ts).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, randomIp } from "../helpers/api-client";
import { startAppInstance, type AppInstance } from "../helpers/app-instance";
import { latestMailTo, linkIn, signedInUser, TEST_PASSWORD, uniqueEmail, type OutboxMail } from "../helpers/users";

/** Every mail in an instance's outbox, waiting briefly for the first one. */
async function readOutbox(instance: AppInstance): Promise<OutboxMail[]> {
  const dir = path.join(instance.dataDir, "outbox");
  for (let attempt = 0; attempt < 50; attempt++) {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".json"));
    if (files.length) return Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as OutboxMail));
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

const NEW_PASSWORD = "an entirely different passphrase 7";

/** Signs in `count` times at once with the old password while `change` runs, and returns the clients that got a session. */
async function loginsRacing(email: string, password: string, count: number, change: () => Promise<number>) {
  const clients = Array.from({ length: count }, () => new ApiClient());
  const logins = clients.map(async (client, i) => {
    // Spread over the change: some logins check the old hash before it is replaced.
    await new Promise((r) => setTimeout(r, i * 4));
    return (await client.post("/api/auth/login", { email, password })).status;
  });
  const [changed, ...statuses] = await Promise.all([change(), ...logins]);
  expect(changed).toBe(204);
  return clients.filter((_, i) => statuses[i] === 200);
}

async function expectDead(client: ApiClient) {
  expect((await client.get("/api/users/me")).status).toBe(401);
  expect((await client.post("/api/auth/refresh")).status).toBe(401);
}

describe("1. a password reset or change ends every session begun with the old password", () => {
  it("leaves no working session from logins that raced a reset", async () => {
    const { email, password } = await signedInUser();
    expect((await new ApiClient().post("/api/auth/forgot-password", { email })).status).toBe(202);
    const token = linkIn(await latestMailTo(email, /reset/i), "/reset-password").searchParams.get("token")!;
    const reset = async () => (await new ApiClient().post("/api/auth/reset-password", { token, password: NEW_PASSWORD })).status;
    const survivors = await loginsRacing(email, password, 30, reset);
    for (const client of survivors) await expectDead(client);
    // The new password works; the old one doesn't.
    expect((await new ApiClient().post("/api/auth/login", { email, password: NEW_PASSWORD })).status).toBe(200);
    expect((await new ApiClient().post("/api/auth/login", { email, password })).status).toBe(401);
  });

  it("leaves no working session from logins that raced a password change, except the changer's new one", async () => {
    const { client, email, password } = await signedInUser();
    const change = async () => (await client.post("/api/users/me/password", { currentPassword: password, newPassword: NEW_PASSWORD })).status;
    const survivors = await loginsRacing(email, password, 30, change);
    for (const other of survivors) await expectDead(other);
    expect((await client.get("/api/users/me")).status).toBe(200);
  });

  it("voids reset links that were pending when the password changed", async () => {
    const { client, email, password } = await signedInUser();
    expect((await new ApiClient().post("/api/auth/forgot-password", { email })).status).toBe(202);
    const token = linkIn(await latestMailTo(email, /reset/i), "/reset-password").searchParams.get("token")!;
    expect((await client.post("/api/users/me/password", { currentPassword: password, newPassword: NEW_PASSWORD })).status).toBe(204);
    const late = await new ApiClient().post("/api/auth/reset-password", { token, password: "yet another passphrase 99" });
    expect(late.status).toBe(400);
    expect(late.body.code).toBe("invalid_token");
  });
});

describe("4. logout with only the refresh cookie", () => {
  it("revokes that session and clears both cookies", async () => {
    const { client } = await signedInUser();
    const refresh = client.cookies.get("refresh_token")!;
    const browser = new ApiClient(undefined, client.ip);
    browser.cookies.set("refresh_token", refresh); // the access cookie expired and was dropped
    const response = await browser.post("/api/auth/logout");
    expect(response.status).toBe(204);
    const cleared = response.headers.getSetCookie();
    expect(cleared.some((c) => c.startsWith("access_token=;") && /Max-Age=0/.test(c))).toBe(true);
    expect(cleared.some((c) => c.startsWith("refresh_token=;") && /Max-Age=0/.test(c))).toBe(true);
    const again = new ApiClient(undefined, client.ip);
    again.cookies.set("refresh_token", refresh);
    expect((await again.post("/api/auth/refresh")).status).toBe(401);
    expect((await client.get("/api/users/me")).status).toBe(401);
  });

  it("still answers 401 with no credential at all", async () => {
    expect((await new ApiClient().post("/api/auth/logout")).status).toBe(401);
  });
});

describe("5. wrong current passwords count with the account's failed logins", () => {
  it("answers 429 after 10 wrong current passwords on a password change", async () => {
    const { client } = await signedInUser();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await client.post("/api/users/me/password", { currentPassword: `wrong guess ${i}`, newPassword: NEW_PASSWORD })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(403));
    expect(statuses[10]).toBe(429);
  });

  it("shares the count between account deletion and login from one client", async () => {
    const { client, email } = await signedInUser();
    for (let i = 0; i < 5; i++) expect((await client.delete("/api/users/me", { password: `wrong guess ${i}` })).status).toBe(403);
    const sameClient = new ApiClient(undefined, client.ip);
    for (let i = 0; i < 5; i++) expect((await sameClient.post("/api/auth/login", { email, password: `wrong ${i}` })).status).toBe(401);
    expect((await sameClient.post("/api/auth/login", { email, password: TEST_PASSWORD })).status).toBe(429);
  });
});

describe("6. per-IP limits key on the real client", () => {
  let instance: AppInstance;
  beforeAll(async () => {
    // Its own in-process limits: a shared Redis would carry counts over from earlier runs.
    instance = await startAppInstance({ TRUSTED_PROXY_HOPS: "0", REDIS_URL: "" });
  }, 60_000);
  afterAll(async () => instance?.stop());

  it("ignores X-Forwarded-For without trusted proxies: the 11th registration from one address is 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      // Each request claims another address; the TCP peer is the same.
      const client = new ApiClient(instance.url, randomIp());
      statuses.push((await client.post("/api/auth/register", { email: uniqueEmail("xff"), password: TEST_PASSWORD })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses[10]).toBe(429);
  });
});

describe("10. the embedded default (in-process store) after a restart", () => {
  let instance: AppInstance;
  beforeAll(async () => {
    instance = await startAppInstance({ REDIS_URL: "" });
  }, 60_000);
  afterAll(async () => instance?.stop());

  it("still refuses an access credential that a refresh retired before the restart", async () => {
    const client = new ApiClient(instance.url);
    const email = uniqueEmail("restart");
    expect((await client.post("/api/auth/register", { email, password: TEST_PASSWORD })).status).toBe(201);
    const outbox = await readOutbox(instance);
    const link = linkIn(outbox.find((mail) => mail.to === email)!, "/verify-email");
    expect((await client.get(`/api/auth/verify-email${link.search}`, { headers: { accept: "application/json" } })).status).toBe(200);
    expect((await client.post("/api/auth/login", { email, password: TEST_PASSWORD })).status).toBe(200);
    const retired = client.cookies.get("access_token")!;
    expect((await client.post("/api/auth/refresh")).status).toBe(200);

    await instance.restart();
    const stale = new ApiClient(instance.url);
    stale.cookies.set("access_token", retired);
    expect((await stale.get("/api/users/me")).status).toBe(401);
    expect((await client.get("/api/users/me")).status).toBe(200);
  }, 60_000);
});

describe("7. no timing oracle on forgot-password and resend-verification", () => {
  it("answers a known and an unknown address in about the same time", async () => {
    const known = await Promise.all(Array.from({ length: 20 }, () => signedInUser()));
    const time = async (email: string) => {
      const started = performance.now();
      const response = await new ApiClient().post("/api/auth/forgot-password", { email });
      expect(response.status).toBe(202);
      return performance.now() - started;
    };
    // Pairs taken back to back, so load on the machine shifts both alike.
    const differences: number[] = [];
    for (const user of known) differences.push((await time(user.email)) - (await time(uniqueEmail("nobody"))));
    const median = [...differences].sort((a, b) => a - b)[Math.floor(differences.length / 2)]!;
    console.log(`forgot-password: median of known − unknown over ${differences.length} pairs: ${median.toFixed(1)} ms`);
    // Before: 19.7 vs 12.0 ms (+7.7 ms). The mail work now runs after the response.
    expect(Math.abs(median)).toBeLessThan(4);
    // The mail still goes out.
    expect((await latestMailTo(known[0]!.email, /reset/i)).to).toBe(known[0]!.email);
  }, 60_000);
});
