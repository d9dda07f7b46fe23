// Issue 10, "Fault tests" (and items 2, 15's outage half, 17): real services
// the test starts itself, stopped and started under a running app.
// (a) A Redis on its own port: logins fail closed with 503, the session that
//     refreshed during the outage survives, all recovers without a restart.
// (b) The embedded PostgreSQL stopped behind the app's back: 503 meanwhile,
//     never a 500 or a hang, recovery without a restart.
// (c) SIGTERM with ~150 creates in flight: every one answered, no
//     acknowledged write lost, late ones refused, exit within ~12 s.
import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, stopApp } from "../../scripts/lib/app-server.mjs";
import { ApiClient, type ApiResponse } from "../helpers/api-client";
import { clusterRunning, findEmbeddedCluster, startCluster, stopCluster, type EmbeddedCluster } from "../helpers/hostile/embedded-cluster";
import { createHzDatabase, instanceEnv, pollUntil, portInRange, RedisProcess, signInOn } from "../helpers/hostile/services";
import type { SignedInUser } from "../helpers/users";

/** No request may hang while a dependency is down (SECURITY.md: fail fast). */
const HANG_MS = 6_000;

type Timed = { what: string; status: number | "hang"; ms: number; response?: ApiResponse };

async function timed(what: string, request: () => Promise<ApiResponse>): Promise<Timed> {
  const started = performance.now();
  const hang = new Promise<"hang">((resolve) => setTimeout(() => resolve("hang"), HANG_MS * 2).unref());
  const response = await Promise.race([request(), hang]);
  const ms = Math.round(performance.now() - started);
  return response === "hang" ? { what, status: "hang", ms } : { what, status: response.status, ms, response };
}

const figures = (answers: Timed[]) => answers.map((a) => `${a.what} → ${a.status} in ${a.ms} ms`).join("; ");

/** 503 `unavailable`, fast. */
function expectUnavailable(answer: Timed): void {
  const where = `${answer.what}: ${answer.status} in ${answer.ms} ms ${answer.response?.text.slice(0, 200) ?? ""}`;
  expect(answer.status, where).toBe(503);
  expect(answer.ms, where).toBeLessThan(HANG_MS);
  expect(answer.response!.headers.get("content-type"), where).toMatch(/^application\/problem\+json/);
  expect(answer.response!.body.code, where).toBe("unavailable");
}

const navigation = { accept: "text/html", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" };

async function scratchDataDir(label: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `hz-${label}-`));
  // Traversable, so an embedded cluster under it stays there (the "postgres" OS user must enter it).
  await chmod(dir, 0o755);
  return dir;
}

describe("(a) Redis stopped and started under a running app", () => {
  let redis: RedisProcess;
  let app: ChildProcess;
  let url = "";
  let dataDir = "";
  let dropDatabase = async () => {};
  let holder: SignedInUser; // signed in before the outage, refreshes during it
  let other: SignedInUser; // signs in again during and after the outage
  const outage: Timed[] = [];

  beforeAll(async () => {
    const [redisPort, appPort, database] = await Promise.all([portInRange(4230, 4239), portInRange(4240, 4249), createHzDatabase()]);
    dropDatabase = database.drop;
    dataDir = await scratchDataDir("redis");
    redis = new RedisProcess(redisPort);
    await redis.start();
    url = `http://localhost:${appPort}`;
    app = await startApp(instanceEnv({ DATABASE_URL: database.url, DATA_DIR: dataDir, APP_URL: url, REDIS_URL: redis.url }), appPort, { quiet: true });
    [holder, other] = await Promise.all([signInOn(url, dataDir), signInOn(url, dataDir)]);
  }, 120_000);

  afterAll(async () => {
    if (app) await stopApp(app);
    await redis?.stop();
    await dropDatabase();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    console.log(`faults (a) Redis down: ${figures(outage)}`);
  });

  it("says Redis is down on /api/health/ready (503 naming it) once it stops", async () => {
    await redis.stop();
    const down = await pollUntil(async () => (await new ApiClient(url).get("/api/health/ready")).status === 503, { timeoutMs: 10_000 });
    expect(down.value, "ready kept answering 200 with Redis stopped").toBe(true);
    const ready = await timed("GET /api/health/ready", () => new ApiClient(url).get("/api/health/ready"));
    outage.push(ready);
    expectUnavailable(ready);
    expect(JSON.stringify(ready.response!.body), "the 503 does not name Redis").toMatch(/redis/i);
  });

  it("fails logins closed with 503 unavailable", async () => {
    const login = await timed("POST /api/auth/login", () => new ApiClient(url).post("/api/auth/login", { email: other.email, password: other.password }));
    outage.push(login);
    expectUnavailable(login);
  });

  it("keeps answering what needs no Redis, and never 500 or hangs on what does", async () => {
    const answers = [
      await timed("GET /api/health", () => new ApiClient(url).get("/api/health")),
      await timed("GET /api/openapi.json", () => new ApiClient(url).get("/api/openapi.json")),
      await timed("GET /api/users/me (signed in)", () => holder.client.get("/api/users/me")),
      await timed("GET /api/transactions (signed in)", () => holder.client.get("/api/transactions")),
    ];
    outage.push(...answers);
    expect(answers[0]!.status).toBe(200);
    expect(answers[1]!.status).toBe(200);
    // Fail closed: a session whose blacklist check can't run is not trusted (503), unless the check doesn't need Redis (200).
    for (const answer of answers.slice(2)) {
      expect([200, 503], `${answer.what}: ${answer.status} ${answer.response?.text.slice(0, 200)}`).toContain(answer.status);
      expect(answer.ms, answer.what).toBeLessThan(HANG_MS);
      if (answer.status === 503) expectUnavailable(answer);
    }
  });

  it("answers a signed-in page with a readable 503, not 200 (item 15)", async () => {
    const page = await timed("GET /dashboard (signed in)", () => holder.client.get("/dashboard", { headers: navigation }));
    outage.push(page);
    expect(page.status, page.response?.text.slice(0, 200)).toBe(503);
    expect(page.response!.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.ms).toBeLessThan(HANG_MS);
  });

  it("answers a refresh during the outage without costing the session (item 2)", async () => {
    const refresh = await timed("POST /api/auth/refresh (during the outage)", () => holder.client.post("/api/auth/refresh"));
    outage.push(refresh);
    // 503 (nothing rotated, the old refresh cookie stays good) or, if it could rotate safely, 200 with new cookies.
    expect([200, 503], `${refresh.status} ${refresh.response?.text.slice(0, 200)}`).toContain(refresh.status);
    expect(refresh.ms).toBeLessThan(HANG_MS);
  });

  it("recovers without a restart once Redis is back: ready, logins, and the session that refreshed during the outage", async () => {
    const started = performance.now();
    await redis.start();
    const ready = await pollUntil(async () => (await new ApiClient(url).get("/api/health/ready")).status === 200, { timeoutMs: 30_000 });
    const readyS = (performance.now() - started) / 1000;
    const login = await pollUntil(async () => (await new ApiClient(url).post("/api/auth/login", { email: other.email, password: other.password })).status === 200, { timeoutMs: 30_000 });
    const loginS = (performance.now() - started) / 1000;
    // The browser retries the refresh with whichever refresh cookie it now holds.
    const retry = await holder.client.post("/api/auth/refresh");
    const me = await holder.client.get("/api/users/me");
    const again = await holder.client.post("/api/auth/refresh");
    console.log(
      `faults (a) recovery: ready after ${readyS.toFixed(2)} s, login after ${loginS.toFixed(2)} s; retried refresh → ${retry.status}, /api/users/me → ${me.status}, next refresh → ${again.status}`,
    );
    expect(ready.value, "ready did not come back within 30 s").toBe(true);
    expect(login.value, "logins did not come back within 30 s").toBe(true);
    expect(retry.status, `the retried refresh: ${retry.text}`).toBe(200);
    expect(me.status).toBe(200);
    expect(again.status, `the session was revoked as reuse: ${again.text}`).toBe(200);
  });
});

describe("(b) the embedded PostgreSQL stopped and started under a running app", () => {
  let app: ChildProcess;
  let url = "";
  let dataDir = "";
  let cluster: EmbeddedCluster;
  let user: SignedInUser;
  const outage: Timed[] = [];

  beforeAll(async () => {
    const port = await portInRange(4250, 4259);
    dataDir = await scratchDataDir("embedded");
    url = `http://localhost:${port}`;
    // No DATABASE_URL: scripts/server.mjs starts the embedded PostgreSQL under DATA_DIR.
    app = await startApp(instanceEnv({ DATABASE_URL: "", DATABASE_READONLY_URL: "", DATA_DIR: dataDir, APP_URL: url, REDIS_URL: "" }), port, { quiet: true });
    cluster = await findEmbeddedCluster(dataDir);
    user = await signInOn(url, dataDir);
  }, 180_000);

  afterAll(async () => {
    const started = performance.now();
    if (app) await stopApp(app);
    const exitS = (performance.now() - started) / 1000;
    // The server started again below is no child of the app: it would outlive it.
    if (cluster && (await clusterRunning(cluster))) await stopCluster(cluster);
    if (cluster && cluster.root !== path.join(dataDir, "postgres")) await rm(cluster.root, { recursive: true, force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    console.log(`faults (b) PostgreSQL down: ${figures(outage)}; the app took ${exitS.toFixed(1)} s to exit on SIGTERM afterwards`);
  }, 60_000);

  it("answers 503 unavailable meanwhile, never a 500, never a hang", async () => {
    await stopCluster(cluster);
    const down = await pollUntil(async () => (await new ApiClient(url).get("/api/health/ready")).status === 503, { timeoutMs: 15_000 });
    expect(down.value, "ready kept answering 200 with PostgreSQL stopped").toBe(true);
    const answers = [
      await timed("GET /api/health/ready", () => new ApiClient(url).get("/api/health/ready")),
      await timed("GET /api/users/me", () => user.client.get("/api/users/me")),
      await timed("GET /api/transactions", () => user.client.get("/api/transactions")),
      await timed("POST /api/transactions", () => user.client.post("/api/transactions", { amount: "4.20", type: "expense", note: "during the outage" })),
      await timed("POST /api/auth/login", () => new ApiClient(url).post("/api/auth/login", { email: user.email, password: user.password })),
    ];
    outage.push(...answers);
    for (const answer of answers) expectUnavailable(answer);
    expect(JSON.stringify(answers[0]!.response!.body), "the 503 does not name the database").toMatch(/database|postgres/i);
    const health = await timed("GET /api/health", () => new ApiClient(url).get("/api/health"));
    outage.push(health);
    expect(health.status, "the process itself stopped answering").toBe(200);
  });

  it("answers a signed-in page with a readable 503, not 200 (item 15)", async () => {
    const page = await timed("GET /dashboard (signed in)", () => user.client.get("/dashboard", { headers: navigation }));
    outage.push(page);
    expect(page.status, page.response?.text.slice(0, 200)).toBe(503);
    expect(page.response!.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.ms).toBeLessThan(HANG_MS);
  });

  it("recovers without a restart once PostgreSQL is back, the session intact", async () => {
    const started = performance.now();
    await startCluster(cluster);
    const ready = await pollUntil(async () => (await new ApiClient(url).get("/api/health/ready")).status === 200, { timeoutMs: 30_000 });
    const readyS = (performance.now() - started) / 1000;
    const me = await pollUntil(async () => (await user.client.get("/api/users/me")).status === 200, { timeoutMs: 30_000 });
    const meS = (performance.now() - started) / 1000;
    const created = await user.client.post("/api/transactions", { amount: "4.20", type: "expense", note: "after the outage" });
    const login = await new ApiClient(url).post("/api/auth/login", { email: user.email, password: user.password });
    console.log(`faults (b) recovery: ready after ${readyS.toFixed(2)} s, the session's /api/users/me after ${meS.toFixed(2)} s; create → ${created.status}, login → ${login.status}`);
    expect(ready.value, "ready did not come back within 30 s").toBe(true);
    expect(me.value, "the session did not work again within 30 s").toBe(true);
    expect(created.status, created.text).toBe(201);
    expect(login.status, login.text).toBe(200);
  });
});

type Outcome = { status: number; id?: string } | { error: string };

/** One create on its own connection; `written` settles once the whole request is on the wire. */
function create(url: URL, cookie: string, note: string): { written: Promise<void>; outcome: Promise<Outcome> } {
  let written!: () => void;
  const writtenPromise = new Promise<void>((resolve) => (written = resolve));
  const outcome = new Promise<Outcome>((resolve) => {
    const body = JSON.stringify({ amount: "1.00", type: "expense", note, date: "2026-01-15" });
    const req = http.request(
      { host: url.hostname, port: url.port, method: "POST", path: "/api/transactions", agent: false, headers: { cookie, "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk));
        res.on("end", () => {
          let id: string | undefined;
          try {
            id = JSON.parse(text)?.transaction?.id;
          } catch {
            // not JSON: a refusal
          }
          resolve({ status: res.statusCode ?? 0, id });
        });
        res.on("error", (error) => resolve({ error: `response broke off: ${error.message}` }));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error("no answer within 30 s")));
    req.on("error", (error: NodeJS.ErrnoException) => {
      written();
      resolve({ error: error.code ?? error.message });
    });
    req.on("finish", () => written());
    req.end(body);
  });
  return { written: writtenPromise, outcome };
}

const tally = (outcomes: Outcome[]) => {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    const key = "status" in o ? String(o.status) : o.error;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.entries(counts).map(([k, n]) => `${k}×${n}`).join(" ");
};

describe("(c) SIGTERM while ~150 creates are in flight (item 17)", () => {
  const IN_FLIGHT = 150;
  let redis: RedisProcess;
  let app: ChildProcess;
  let url = "";
  let dataDir = "";
  let databaseUrl = "";
  let dropDatabase = async () => {};
  let user: SignedInUser;

  beforeAll(async () => {
    const [redisPort, appPort, database] = await Promise.all([portInRange(4260, 4269), portInRange(4270, 4279), createHzDatabase()]);
    dropDatabase = database.drop;
    databaseUrl = database.url;
    dataDir = await scratchDataDir("sigterm");
    redis = new RedisProcess(redisPort);
    await redis.start();
    url = `http://localhost:${appPort}`;
    app = await startApp(instanceEnv({ DATABASE_URL: database.url, DATA_DIR: dataDir, APP_URL: url, REDIS_URL: redis.url }), appPort, { quiet: true });
    user = await signInOn(url, dataDir);
  }, 120_000);

  afterAll(async () => {
    if (app) await stopApp(app);
    await redis?.stop();
    await dropDatabase();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("answers every in-flight request, loses no acknowledged write, refuses late ones and exits within 12 s", async () => {
    const run = randomUUID().slice(0, 8);
    const target = new URL(url);
    const cookie = [...user.client.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => app.once("exit", (code) => resolve({ code, at: performance.now() })));

    const inFlight = Array.from({ length: IN_FLIGHT }, (_, i) => create(target, cookie, `hz-sigterm-${run}-${i}`));
    await Promise.all(inFlight.map((r) => r.written));
    const sigtermAt = performance.now();
    app.kill("SIGTERM");

    // Requests sent after the signal: 503 or refused, never a write.
    const late: Promise<Outcome>[] = [];
    let gone = false;
    void exited.then(() => (gone = true));
    for (let i = 0; i < 40 && !gone; i++) {
      late.push(create(target, cookie, `hz-sigterm-${run}-late-${i}`).outcome);
      await new Promise((r) => setTimeout(r, 100));
    }

    const answers = await Promise.all(inFlight.map((r) => r.outcome));
    const lateAnswers = await Promise.all(late);
    const exit = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000))]);
    const exitS = exit ? (exit.at - sigtermAt) / 1000 : Infinity;

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const rows = await client.query<{ id: string; note: string }>("SELECT id, note FROM transactions.transactions WHERE note LIKE $1", [`hz-sigterm-${run}-%`]);
    await client.end();
    const stored = new Set(rows.rows.map((r) => r.id));
    const acknowledged = answers.flatMap((a) => ("status" in a && a.status === 201 && a.id ? [a.id] : []));
    const lost = acknowledged.filter((id) => !stored.has(id));
    const lateWrites = rows.rows.filter((r) => r.note.includes("-late-")).length;
    const unanswered = answers.filter((a) => "error" in a);

    console.log(
      `faults (c) SIGTERM with ${IN_FLIGHT} creates in flight: ${tally(answers)}; ${lateAnswers.length} sent after the signal: ${tally(lateAnswers)}; ` +
        `rows ${rows.rowCount} (late ones ${lateWrites}), acknowledged ${acknowledged.length}, writes lost ${lost.length}; exit ${exit ? `code ${exit.code} after ${exitS.toFixed(1)} s` : "none within 20 s"}`,
    );
    expect(unanswered.length, `in-flight requests dropped without an answer: ${tally(unanswered)}`).toBe(0);
    expect(answers.filter((a) => "status" in a && a.status !== 201 && a.status !== 503), tally(answers)).toEqual([]);
    expect(lost, "acknowledged (201) writes missing from the database").toEqual([]);
    expect(lateAnswers.filter((a) => "status" in a && a.status !== 503), `late requests: ${tally(lateAnswers)}`).toEqual([]);
    expect(lateWrites, "a request sent after SIGTERM was written").toBe(0);
    expect(exit, "the process did not exit within 20 s of SIGTERM").not.toBeNull();
    expect(exitS, "seconds from SIGTERM to exit").toBeLessThan(12);
    expect(exit!.code).toBe(0);
  }, 90_000);
});
