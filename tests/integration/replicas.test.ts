// Issue 15, "Replicas, tested": two app instances on one PostgreSQL and one
// Redis, behind a round-robin proxy (tests/helpers/round-robin-proxy.ts) that
// appends X-Forwarded-For, with one trusted hop configured. Everything below
// goes through the proxy unless it says it asks one instance directly.
import type { ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, stopApp } from "../../scripts/lib/app-server.mjs";
import { freePort } from "../../scripts/lib/embedded-postgres.mjs";
import { ApiClient, type ApiResponse, type RequestOptions } from "../helpers/api-client";
import { createHzDatabase, instanceEnv, signInOn } from "../helpers/hostile/services";
import { requestFrom, startRoundRobinProxy, type Proxy } from "../helpers/round-robin-proxy";

type Instance = { url: string; port: number; child: ChildProcess };

/** A client the proxy takes to connect from its own address (X-Test-Peer, round-robin-proxy.ts). */
class PeerClient extends ApiClient {
  request<T = any>(method: string, target: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return super.request<T>(method, target, { ...options, headers: { "x-test-peer": this.ip, ...options.headers } });
  }
}

/** A verified, signed-in person of the fleet, through the proxy. */
const signIn = () => signInOn(proxy.url, dataDir, new PeerClient(proxy.url));

let database: Awaited<ReturnType<typeof createHzDatabase>>;
let dataDir: string;
let proxy: Proxy;
let env: NodeJS.ProcessEnv;
let instances: Instance[] = [];
let db: pg.Pool;

/** Starts both instances at the same moment, as an orchestrator rolling out two replicas would. */
async function startBoth(ports: number[]): Promise<Instance[]> {
  return Promise.all(ports.map(async (port) => ({ port, url: `http://localhost:${port}`, child: await startApp({ ...env, PORT: String(port) }, port, { quiet: true }) })));
}

/** The same request straight to each instance, bypassing the proxy. */
async function onEach(client: ApiClient, method: string, target: string): Promise<number[]> {
  return Promise.all(
    instances.map(async (instance) => {
      const direct = new ApiClient(instance.url, client.ip);
      for (const [name, value] of client.cookies) direct.cookies.set(name, value);
      return (await direct.request(method, target)).status;
    }),
  );
}

beforeAll(async () => {
  database = await createHzDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), "ledgerly-replicas-"));
  const ports = [await freePort(), await freePort()];
  proxy = await startRoundRobinProxy(ports.map((port) => `http://127.0.0.1:${port}`));
  env = instanceEnv({
    DATABASE_URL: database.url,
    // Shared by both, as the README asks of replicas: the secret, and the data
    // dir only for the mail outbox the test reads links from.
    AUTH_SECRET: randomBytes(48).toString("base64"),
    DATA_DIR: dataDir,
    APP_URL: proxy.url,
    TRUSTED_PROXY_HOPS: "1",
  });
  instances = await startBoth(ports);
  db = new pg.Pool({ connectionString: database.url, max: 2 });
  // Dropping the database WITH (FORCE) at the end may still find a closing idle client.
  db.on("error", () => {});
}, 180_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => stopApp(instance.child)));
  await proxy?.close();
  await db?.end();
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

describe("two instances behind a round-robin proxy", () => {
  it("applied each migration exactly once though both started at the same moment against an empty database", async () => {
    const { rows } = await db.query<{ name: string; times: number }>(
      `SELECT migration_name AS name, count(*)::int AS times FROM "_prisma_migrations" WHERE finished_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
    );
    const committed = (await readdir(path.resolve(import.meta.dirname, "../../prisma/migrations"), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(rows.map((r) => r.name)).toEqual(committed);
    expect(rows.filter((r) => r.times !== 1)).toEqual([]);
  });

  it("signs in on one instance and serves every later request on either", async () => {
    const person = await signIn();
    const before = new Map(proxy.answeredBy);
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await person.client.get("/api/users/me")).status);
    expect(statuses).toEqual(Array(10).fill(200));
    for (const instance of instances) expect(proxy.answeredBy.get(`http://127.0.0.1:${instance.port}`)! - (before.get(`http://127.0.0.1:${instance.port}`) ?? 0)).toBeGreaterThanOrEqual(4);
    expect(await onEach(person.client, "GET", "/api/users/me")).toEqual([200, 200]);
  });

  it("rotates refresh credentials across both, and a replay on the other instance ends the session on both", async () => {
    const person = await signIn();
    const stolen = person.client.cookies.get("refresh_token")!;
    expect((await person.client.post("/api/auth/refresh")).status).toBe(200);
    expect((await person.client.post("/api/auth/refresh")).status).toBe(200);
    expect(await onEach(person.client, "GET", "/api/users/me")).toEqual([200, 200]);

    const thief = new ApiClient(instances[1]!.url);
    thief.cookies.set("refresh_token", stolen);
    expect((await thief.post("/api/auth/refresh", undefined, { headers: { "user-agent": "Mozilla/5.0 (thief)" } })).status).toBe(401);
    expect(await onEach(person.client, "GET", "/api/users/me")).toEqual([401, 401]);
    expect((await person.client.post("/api/auth/refresh")).status).toBe(401);
  });

  it("holds a logout, a password change and a token revocation on the other instance at once", async () => {
    const leaving = await signIn();
    const kept = new PeerClient(proxy.url, leaving.client.ip);
    kept.cookies.set("access_token", leaving.client.cookies.get("access_token")!);
    expect((await leaving.client.post("/api/auth/logout")).status).toBe(204);
    expect(await onEach(kept, "GET", "/api/users/me")).toEqual([401, 401]);

    const changer = await signIn();
    const otherDevice = new PeerClient(proxy.url);
    const login = await otherDevice.post("/api/auth/login", { email: changer.email, password: changer.password });
    expect(login.status).toBe(200);
    expect(await onEach(otherDevice, "GET", "/api/users/me")).toEqual([200, 200]);
    expect((await changer.client.post("/api/users/me/password", { currentPassword: changer.password, newPassword: "a brand new passphrase 77" })).status).toBe(204);
    expect(await onEach(otherDevice, "GET", "/api/users/me")).toEqual([401, 401]);

    const scripter = await signIn();
    const made = await scripter.client.post("/api/tokens", { name: "replicas", scope: "read" });
    expect(made.status, made.text).toBe(201);
    const bearer = { headers: { authorization: `Bearer ${made.body.secret}` } };
    const withToken = () => Promise.all(instances.map(async (i) => (await new ApiClient(i.url).get("/api/transactions", bearer)).status));
    expect(await withToken()).toEqual([200, 200]);
    expect((await scripter.client.delete(`/api/tokens/${made.body.token.id}`)).status).toBe(204);
    expect(await withToken()).toEqual([401, 401]);
  });

  it("counts failed logins across both instances per real client, whatever X-Forwarded-For the client forges", async () => {
    const owner = await signIn();
    const attacker = "127.0.0.77";
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      // A forged entry per attempt: the proxy appends the real peer, and only that one is trusted.
      const forged = { "x-forwarded-for": `198.51.100.${i + 1}` };
      statuses.push((await requestFrom(attacker, `${proxy.url}/api/auth/login`, "POST", { email: owner.email, password: "wrong guess" }, forged)).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // The owner, from their own address, still gets in.
    expect((await requestFrom("127.0.0.78", `${proxy.url}/api/auth/login`, "POST", { email: owner.email, password: owner.password })).status).toBe(200);
  });

  it("records each occurrence of a schedule once with both schedulers running", async () => {
    const person = await signIn();
    const start = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 5, 1)).toISOString().slice(0, 10);
    const made = await person.client.post("/api/recurring", { type: "expense", amount: "9.99", note: "streaming", frequency: "weekly", startDate: start, paused: true });
    expect(made.status, made.text).toBe(201);
    // Due since five months, while "the app was down": both instances start at once and catch up.
    await db.query(`UPDATE transactions.recurring_schedules SET paused = false WHERE id = $1`, [made.body.recurring.id]);
    await Promise.all(instances.map((instance) => stopApp(instance.child)));
    instances = await startBoth(instances.map((instance) => instance.port));
    let rows: Array<{ date: string; times: number }> = [];
    for (let attempt = 0; attempt < 50 && rows.length < 20; attempt++) {
      ({ rows } = await db.query(`SELECT date::text AS date, count(*)::int AS times FROM transactions.transactions WHERE recurring_id = $1 GROUP BY 1`, [made.body.recurring.id]));
      await new Promise((r) => setTimeout(r, 200));
    }
    const expected = Math.floor((Date.now() - Date.parse(start)) / (7 * 86_400_000)) + 1;
    expect(rows.length).toBeGreaterThanOrEqual(expected - 1); // "today" in UTC vs the user's zone
    expect(rows.filter((r) => r.times !== 1)).toEqual([]);
  }, 120_000);

  it("loses no acknowledged write when one instance is killed mid-load: the proxy's retries land on the other", async () => {
    const person = await signIn();
    // Each create has its own Idempotency-Key and is retried with it when the
    // answer is lost (the connection dropped mid-answer), as a careful client does.
    const statuses: number[] = [];
    const created: string[] = [];
    let retried = 0;
    let sent = 0;
    const createOnce = async () => {
      const key = { headers: { "idempotency-key": randomUUID() } };
      for (let attempt = 0; ; attempt++) {
        const response = await person.client.post("/api/transactions", { amount: "1.00", type: "expense", note: "load" }, key).catch((error: Error) => error);
        if (!(response instanceof Error) || attempt === 3) return response;
        retried++;
      }
    };
    const worker = async () => {
      while (sent < 200) {
        sent++;
        const response = await createOnce();
        statuses.push(response instanceof Error ? 0 : response.status);
        if (!(response instanceof Error) && response.status === 201) created.push(response.body.transaction.id);
      }
    };
    let finished = false;
    const load = Promise.all(Array.from({ length: 8 }, worker)).finally(() => (finished = true));
    while (statuses.length < 60 && !finished) await new Promise((r) => setTimeout(r, 10));
    instances[1]!.child.kill("SIGKILL");
    await load;
    const acknowledged = statuses.filter((s) => s === 201).length;
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM transactions.transactions WHERE user_id = $1`, [person.user.id]);
    console.log(
      `replicas: 200 creates, instance 2 SIGKILLed after 60 answers: ${acknowledged}×201, other ${JSON.stringify(statuses.filter((s) => s !== 201))}; ` +
        `rows ${rows.length}; proxy retries ${proxy.retries}; client retries with the same key ${retried}`,
    );
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(created));
    expect(proxy.retries).toBeGreaterThan(0);
  }, 120_000);
});
