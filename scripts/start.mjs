#!/usr/bin/env node
// `npm start` (and `npm run dev` with --dev): the quick start on a bare machine.
// With no DATABASE_URL it starts the embedded PostgreSQL under $DATA_DIR, then
// runs Next as a child process and, on Ctrl-C or SIGTERM, lets Next finish its
// in-flight requests before stopping PostgreSQL cleanly.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
env.PORT ||= "3000";
env.APP_URL ||= `http://localhost:${env.PORT}`;
env.DATA_DIR ||= ".data";

const say = (message) => console.log(`[ledgerly] ${message}`);

if (!dev && !existsSync(path.join(root, ".next/BUILD_ID"))) {
  say("No production build yet: running `next build` (once) …");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let database = null;
if (!env.DATABASE_URL) {
  const started = Date.now();
  database = await startEmbeddedPostgres({ dataDir: path.resolve(root, env.DATA_DIR), log: say });
  env.DATABASE_URL = database.databaseUrl;
  env.DATABASE_READONLY_URL = database.readonlyUrl;
  say(`Embedded PostgreSQL is up (${Date.now() - started} ms), data in ${path.join(env.DATA_DIR, "postgres")}`);
}

const app = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "--port", env.PORT], {
  cwd: root,
  env,
  stdio: "inherit",
});

let stopping = false;
async function shutdown(code) {
  if (database) {
    await database.stop().catch((error) => say(`Stopping PostgreSQL failed: ${error.message}`));
    say("Embedded PostgreSQL stopped.");
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping …`);
    app.kill(signal);
  });
}
app.on("exit", (code, signal) => {
  void shutdown(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});

void waitUntilReady(`http://127.0.0.1:${env.PORT}/api/health/ready`).then((ok) => {
  if (ok) say(`Ready: ${env.APP_URL}`);
});

async function waitUntilReady(url) {
  for (let i = 0; i < 600 && !stopping; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}
