// The built app under test, started the way the tests start it
// (scripts/lib/app-server.mjs), configured for a load test.
import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { startApp, stopApp } from "../../scripts/lib/app-server.mjs";

export function distDir(root: string): string {
  return path.join(root, process.env.NEXT_DIST_DIR || ".next");
}

/** Builds the app once when the build folder has no build yet (the bench measures the production build). */
export function ensureBuilt(root: string): void {
  if (existsSync(path.join(distDir(root), "BUILD_ID"))) return;
  console.log(`no build in ${distDir(root)}: running next build …`);
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
}

export type RunningApp = { url: string; pid: number; child: ChildProcess; stop(): Promise<void> };

export async function startBenchApp(options: {
  databaseUrl: string;
  port: number;
  dataDir: string;
  redisUrl?: string;
  /** Node flags for the app's process (bench/profile.ts: --cpu-prof). */
  nodeArgs?: string[];
}): Promise<RunningApp> {
  const url = `http://127.0.0.1:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    DATABASE_READONLY_URL: "",
    DATA_DIR: options.dataDir,
    APP_URL: url,
    LOG_LEVEL: process.env.BENCH_APP_LOGS ? "info" : "warn",
    BCRYPT_COST: "10",
    // Load tests send thousands of requests a minute as one user.
    API_RATE_LIMIT: "100000000",
    // Registration is limited per client address; the bench registers 22 users, each from its own X-Forwarded-For.
    TRUSTED_PROXY_HOPS: "1",
    REDIS_URL: options.redisUrl ?? "",
  };
  const child = await startApp(env, options.port, { quiet: !process.env.BENCH_APP_LOGS, nodeArgs: options.nodeArgs });
  return { url, pid: child.pid!, child, stop: () => stopApp(child) };
}
