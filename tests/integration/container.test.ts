// Issue 15, "The container, proven without Docker": the image's /app built
// exactly as the Dockerfile builds it (NEXT_OUTPUT=standalone next build, then
// scripts/assemble-image.mjs), laid out in a fresh folder, run as a non-root
// user with only the environment docker-compose.yml gives the app (its hosts
// pointed at this machine's PostgreSQL and Redis), and checked from outside:
// migrations at start, readiness, a sign-in and a transaction.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Redis from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverNodeFlags, stopApp } from "../../scripts/lib/app-server.mjs";
import { freePort } from "../../scripts/lib/embedded-postgres.mjs";
import { ApiClient } from "../helpers/api-client";
import { createHzDatabase, pollUntil, signInOn } from "../helpers/hostile/services";

const root = path.resolve(import.meta.dirname, "../..");
const NOBODY = { uid: 65534, gid: 65534 };
let scratch: string;
let database: Awaited<ReturnType<typeof createHzDatabase>>;
let app: ChildProcess;
let url: string;
let log = "";
let environment: Record<string, string>;

/** The `environment:` map of compose's `app` service (plain `KEY: value` lines, as the file writes them; dclint checks the rest). */
function appEnvironment(compose: string): Record<string, string> {
  const lines = compose.split("\n");
  const app = lines.indexOf("  app:");
  const start = lines.findIndex((line, index) => index > app && line === "    environment:");
  const env: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\s*#/.test(line)) continue;
    const entry = /^ {6}(\w+): (.*)$/.exec(line);
    if (!entry) break;
    env[entry[1]!] = entry[2]!;
  }
  return env;
}

/** docker-compose.yml's environment of the app service, `${VAR…}` filled from `values`, the service hosts mapped to this machine. */
async function composeEnvironment(values: Record<string, string>, hosts: Record<string, string>): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const [name, raw] of Object.entries(appEnvironment(await readFile(path.join(root, "docker-compose.yml"), "utf8")))) {
    let value = raw.replace(/\$\{(\w+)(?::?[-?][^}]*)?\}/g, (whole, variable: string) => values[variable] ?? (whole.includes(":-") ? whole.slice(whole.indexOf(":-") + 2, -1) : ""));
    for (const [from, to] of Object.entries(hosts)) value = value.replace(from, to);
    env[name] = value;
  }
  return env;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "ledgerly-image-"));
  const distDir = ".next-image";
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_OUTPUT: "standalone", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  expect(build.status, build.stderr.slice(-2000)).toBe(0);
  const appDir = path.join(scratch, "app");
  const assemble = spawnSync(process.execPath, ["scripts/assemble-image.mjs", appDir], { cwd: root, env: { ...process.env, NEXT_DIST_DIR: distDir }, encoding: "utf8" });
  expect(assemble.status, assemble.stderr).toBe(0);
  // As in the image: code readable by all, owned by root; only the data dir writable by the app's user.
  await chmod(scratch, 0o755);
  spawnSync("chmod", ["-R", "a+rX", appDir]);
  const dataDir = path.join(appDir, ".data");
  await mkdir(dataDir, { recursive: true });
  await chown(dataDir, NOBODY.uid, NOBODY.gid);

  database = await createHzDatabase();
  const reader = `${database.name}_ro`;
  const admin = new pg.Client({ connectionString: process.env.LEDGERLY_TEST_ADMIN_URL });
  await admin.connect();
  // What compose's init script does: the app's role owns the database, the reader only logs in.
  await admin.query(`CREATE ROLE ${database.name}_app LOGIN PASSWORD 'app-pass'`);
  await admin.query(`ALTER DATABASE ${database.name} OWNER TO ${database.name}_app`);
  await admin.query(`CREATE ROLE ${reader} LOGIN PASSWORD 'reader-pass'`);
  await admin.end();
  const port = await freePort();
  url = `http://localhost:${port}`;
  // With compose's settings every client of this test is 127.0.0.1 (no proxy
  // hop trusted): its own, empty Redis database, so no other run's sign-ups
  // count against that address.
  const redisUrl = `${process.env.REDIS_URL!.replace(/\/\d*$/, "")}/7`;
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  redis.disconnect();
  const server = new URL(process.env.LEDGERLY_TEST_ADMIN_URL!);
  environment = await composeEnvironment(
    { POSTGRES_APP_PASSWORD: "app-pass", BUDGET_READER_PASSWORD: "reader-pass", AUTH_SECRET: randomBytes(32).toString("base64"), APP_URL: url },
    { "ledgerly:app-pass@postgres:5432/ledgerly": `${database.name}_app:app-pass@${server.host}/${database.name}`, "budget_reader:reader-pass@postgres:5432/ledgerly": `${reader}:reader-pass@${server.host}/${database.name}`, "redis://redis:6379": redisUrl },
  );
  // The Dockerfile's ENV, then compose's environment: nothing of this machine's.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH!, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), DATA_DIR: "/app/.data".replace("/app", appDir), ...environment };
  app = spawn(process.execPath, [...serverNodeFlags(), "scripts/server.mjs"], { cwd: appDir, env, uid: NOBODY.uid, gid: NOBODY.gid, stdio: ["ignore", "pipe", "pipe"] });
  app.stdout!.on("data", (chunk) => (log += chunk));
  app.stderr!.on("data", (chunk) => (log += chunk));
}, 300_000);

afterAll(async () => {
  if (app) await stopApp(app);
  if (database) {
    await database.drop();
    const admin = new pg.Client({ connectionString: process.env.LEDGERLY_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${database.name}_app`);
    await admin.query(`DROP ROLE IF EXISTS ${database.name}_ro`);
    await admin.end();
  }
  await rm(scratch, { recursive: true, force: true });
  await rm(path.join(root, ".next-image"), { recursive: true, force: true });
}, 60_000);

describe("the image's /app, run as nobody with docker-compose.yml's environment", () => {
  it("starts the server as npm start does, with the same heap cap", async () => {
    const dockerfile = await readFile(path.join(root, "Dockerfile"), "utf8");
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(serverNodeFlags()).toContainEqual(expect.stringMatching(/^--max-old-space-size=\d+$/));
    expect(JSON.parse(cmd ?? "null")).toEqual(["node", ...serverNodeFlags(), "scripts/server.mjs"]);
  });

  it("gets only compose's variables, with no secret of its own", () => {
    expect(Object.keys(environment).sort()).toEqual(["APP_URL", "AUTH_SECRET", "DATABASE_READONLY_URL", "DATABASE_URL", "MAIL_FROM", "METRICS_TOKEN", "REDIS_URL", "RESEND_API_KEY"]);
  });

  it("applies every migration at start and becomes ready", async () => {
    const { ms } = await pollUntil(async () => (await fetch(`${url}/api/health/ready`).catch(() => null))?.ok || null, { timeoutMs: 90_000, everyMs: 250 });
    console.log(`container check: ready after ${(ms / 1000).toFixed(1)} s; log:\n${log.split("\n").filter((l) => /migrations|Ready|error/i.test(l)).join("\n")}`);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    const { rows } = await db.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`);
    await db.end();
    const committed = (await readdir(path.join(root, "prisma/migrations"), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(rows.map((r) => r.name)).toEqual(committed);
    const ready = await (await fetch(`${url}/api/health/ready`)).json();
    expect(ready).toMatchObject({ status: "ready" });
  }, 120_000);

  it("signs a person in and records a transaction, spend read through the reader role", async () => {
    const person = await signInOn(url, path.join(scratch, "app/.data"));
    const created = await person.client.post("/api/transactions", { amount: "7.50", type: "expense", note: "coffee beans" });
    expect(created.status, created.text).toBe(201);
    expect(created.body.transaction).toMatchObject({ amount: "7.50", category: "Food & Dining" });
    expect((await person.client.post("/api/budgets", { category: "Food & Dining", amount: "100" })).status).toBe(201);
    const budgets = await person.client.get("/api/budgets");
    expect(budgets.status, budgets.text).toBe(200);
    expect(budgets.body.items[0]).toMatchObject({ category: "Food & Dining", spent: "7.50" });
    // The client address is the TCP peer here too: a forged header is no way around a limit.
    expect((await new ApiClient(url).get("/api/users/me", { headers: { "x-ledgerly-client-ip": "1.2.3.4" } })).status).toBe(401);
  }, 60_000);
});
