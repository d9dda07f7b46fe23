// Starts the built app (scripts/server.mjs) as a child process and waits until
// /api/health/ready answers; used by the test suite and the benchmarks.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * What package.json's "start" runs, under `projectRoot` ("node
 * --max-old-space-size=256 scripts/server.mjs" → its node flags and the
 * script's path): the tests, the bench and the container image run the server
 * as `npm start` does, and the bench's A/B runs follow an older build's.
 */
export function startCommand(projectRoot = root) {
  const start = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")).scripts?.start;
  const match = /^node((?:\s+--\S+)*)\s+(\S+\.m?js)$/.exec(start ?? "");
  if (!match) throw new Error(`can't tell what "npm start" runs: "${start}" is not "node [--flag…] <script>.mjs"`);
  return { flags: match[1].trim().split(/\s+/).filter(Boolean), script: path.join(projectRoot, match[2]) };
}

/** Node's flags of package.json's "start" (["--max-old-space-size=256"]). */
export const serverNodeFlags = () => startCommand().flags;

export async function startApp(env, port, { quiet = false, nodeArgs = [] } = {}) {
  const { flags, script } = startCommand();
  const child = spawn(process.execPath, [...flags, ...nodeArgs, script], {
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
