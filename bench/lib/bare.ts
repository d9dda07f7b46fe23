// Starts bench/bare-server.ts as its own process. It runs as plain JavaScript
// (bundled with esbuild, which tsx brings), not under tsx: the TypeScript
// loader alone adds ~25 MiB of resident memory and a loader thread, and the
// baseline must carry nothing the app doesn't.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";

export type BareServer = { url: string; pid: number; child: ChildProcess; stop(): Promise<void> };

async function bundle(): Promise<string> {
  const outfile = path.join(os.tmpdir(), `ledgerly-bench-bare-${process.pid}.cjs`);
  await build({
    entryPoints: [path.join(import.meta.dirname, "../bare-server.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    external: ["pg-native"],
    logLevel: "error",
  });
  return outfile;
}

export async function startBareServer(options: { databaseUrl: string; userId: string; port: number }): Promise<BareServer> {
  const file = await bundle();
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, BENCH_DATABASE_URL: options.databaseUrl, BENCH_USER_ID: options.userId, BENCH_PORT: String(options.port) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      rmSync(file, { force: true });
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the bare server exited during start-up (code ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, pid: child.pid!, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error("the bare server did not answer within 10 s");
}
