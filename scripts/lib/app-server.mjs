// Starts the built app (scripts/server.mjs) as a child process and waits until
// /api/health/ready answers; used by the test suite and the benchmarks.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Node's flags in package.json's "start" ("node --max-old-space-size=256
 * scripts/server.mjs" → ["--max-old-space-size=256"]): the tests, the bench
 * and the container image run the server as `npm start` does.
 */
export function serverNodeFlags() {
  const start = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.start;
  const match = /^node((?:\s+--\S+)*)\s+scripts\/server\.mjs$/.exec(start);
  if (!match) throw new Error(`package.json's start script is not "node [--flag…] scripts/server.mjs": "${start}"`);
  return match[1].trim().split(/\s+/).filter(Boolean);
}

export async function startApp(env, port, { quiet = false, nodeArgs = [] } = {}) {
  const child = spawn(process.execPath, [...serverNodeFlags(), ...nodeArgs, path.join(root, "scripts/server.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", quiet ? "ignore" : "inherit", "inherit"],
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

export function stopApp(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(); // already gone (killed tests)
    child.once("exit", resolve);
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}
