#!/usr/bin/env node
// `npm test`: every check in order, failing fast: lint (with the module
// boundary rule), typecheck, monitoring config, production build, then unit and
// integration tests (vitest) and browser tests (Playwright in Debian's
// Chromium) against one real server on a fresh test database.
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startApp, stopApp } from "./lib/app-server.mjs";
import { freePort } from "./lib/embedded-postgres.mjs";
import { createTestDatabase } from "./lib/test-database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const VITEST_REPORT = path.join(root, "test-results/vitest.json");
const PLAYWRIGHT_REPORT = path.join(root, "test-results/playwright.json");
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
// `node scripts/test.mjs vitest e2e -- tests/integration/x.test.ts`: some
// steps only, and what follows `--` goes to vitest (files, -t …), or to
// Playwright when e2e is the only test step (`e2e -- e2e/budgets.spec.ts`).
const argv = process.argv.slice(2);
const dashes = argv.indexOf("--");
const only = dashes === -1 ? argv : argv.slice(0, dashes);
const vitestArgs = dashes === -1 ? [] : argv.slice(dashes + 1);
const wants = (step) => only.length === 0 || only.includes(step);

await rm(VITEST_REPORT, { force: true });
await rm(PLAYWRIGHT_REPORT, { force: true });

let ok = true;
if (ok && wants("lint")) ok = run("lint", bin("eslint"), [".", "--max-warnings=0"], baseEnv);
if (ok && wants("typecheck")) ok = run("typecheck", bin("tsc"), ["--noEmit"], baseEnv);
if (ok && wants("monitoring")) ok = run("monitoring config", "bash", ["scripts/check-monitoring.sh"], baseEnv);
if (ok && wants("build")) ok = run("build", process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], baseEnv);

let database = null;
let app = null;
let dataDir = null;
try {
  if (ok && (wants("vitest") || wants("e2e"))) {
    // Its own database per run, so two runs on one server (or a run next to
    // a benchmark) never drop each other's.
    const name = `ledgerly_test_${process.pid}_${Date.now().toString(36)}`;
    database = await createTestDatabase({ root, name, log: (m) => say(m) });
    const port = await freePort();
    dataDir = path.join(root, `.data-test-${process.pid}`);
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
      // The tests stand in for a reverse proxy: each test client says which
      // address it is in X-Forwarded-For (tests/helpers/api-client.ts).
      TRUSTED_PROXY_HOPS: "1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // The lowest cost production accepts: the suite hashes hundreds of passwords.
      BCRYPT_COST: "10",
    };
    say(`starting the built app on port ${port}`);
    app = await startApp(env, port);
    const testEnv = { ...env, NODE_ENV: "test", LEDGERLY_TEST_BASE_URL: env.APP_URL };
    if (ok && wants("vitest")) {
      ok = run("unit and integration tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`, ...vitestArgs], testEnv);
    }
    if (ok && wants("e2e")) ok = run("browser tests", bin("playwright"), ["test", ...(wants("vitest") ? [] : vitestArgs)], testEnv);
  }
} finally {
  if (app) await stopApp(app);
  if (database) await database.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

// One closing line in the plain "N passed, N failed" form CI reads.
const counts = await testCounts();
if (counts) console.log(`\nSummary: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
say(ok ? `all checks passed in ${minutes} min` : `FAILED after ${minutes} min`);
process.exit(ok ? 0 : 1);

async function testCounts() {
  const read = async (file) => JSON.parse(await readFile(file, "utf8").catch(() => "null"));
  const [vitest, playwright] = await Promise.all([read(VITEST_REPORT), read(PLAYWRIGHT_REPORT)]);
  if (!vitest && !playwright) return null;
  return {
    passed: (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0),
    failed: (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0),
    skipped: (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0),
  };
}
