#!/usr/bin/env node
// `npm test`: every check in order, failing fast: lint (with the module
// boundary rule), typecheck, monitoring config, production build, then unit and
// integration tests (vitest) and browser tests (Playwright in Debian's
// Chromium) against one real server on a fresh test database.
import { spawn, spawnSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./lib/embedded-postgres.mjs";
import { createTestDatabase } from "./lib/test-database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const started = Date.now();
const say = (message) => console.log(`\n[test] ${message}`);

function run(label, command, args, env = process.env) {
  say(`${label}: ${[path.basename(command), ...args].join(" ")}`);
  const t0 = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n[test] ${label} failed (exit ${result.status ?? result.signal})`);
    return false;
  }
  say(`${label} passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const only = process.argv.slice(2);
const wants = (step) => only.length === 0 || only.includes(step);

let ok = true;
if (ok && wants("lint")) ok = run("lint", bin("eslint"), [".", "--max-warnings=0"], baseEnv);
if (ok && wants("typecheck")) ok = run("typecheck", bin("tsc"), ["--noEmit"], baseEnv);
if (ok && wants("monitoring")) ok = run("monitoring config", "bash", ["scripts/check-monitoring.sh"], baseEnv);
if (ok && wants("build")) ok = run("build", process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], baseEnv);

let database = null;
let app = null;
try {
  if (ok && (wants("vitest") || wants("e2e"))) {
    database = await createTestDatabase({ root, log: (m) => say(m) });
    const port = await freePort();
    const dataDir = path.join(root, ".data-test");
    await mkdir(dataDir, { recursive: true });
    const env = {
      ...baseEnv,
      NODE_ENV: "production",
      DATABASE_URL: database.databaseUrl,
      ...(database.readonlyUrl ? { DATABASE_READONLY_URL: database.readonlyUrl } : {}),
      DATA_DIR: dataDir,
      // For tests that need scratch databases (schema drift, concurrent start-up).
      LEDGERLY_TEST_ADMIN_URL: database.adminUrl,
      PORT: String(port),
      APP_URL: `http://localhost:${port}`,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // The lowest cost production accepts: the suite hashes hundreds of passwords.
      BCRYPT_COST: "10",
    };
    app = await startApp(env, port);
    const testEnv = { ...env, NODE_ENV: "test", LEDGERLY_TEST_BASE_URL: env.APP_URL };
    if (ok && wants("vitest")) ok = run("unit and integration tests", bin("vitest"), ["run"], testEnv);
    if (ok && wants("e2e")) ok = run("browser tests", bin("playwright"), ["test"], testEnv);
  }
} finally {
  if (app) await stopApp(app);
  if (database) await database.stop();
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
say(ok ? `all checks passed in ${minutes} min` : `FAILED after ${minutes} min`);
process.exit(ok ? 0 : 1);

async function startApp(env, port) {
  say(`starting the built app on port ${port}`);
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/api/health/ready`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the app exited during start-up (code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error("the app did not become ready within 60 s");
}

function stopApp(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", resolve);
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}
