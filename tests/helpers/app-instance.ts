// A second app instance (the built app, scripts/server.mjs) on its own scratch
// database and data dir, for tests that need other settings than the suite's
// server, or to stop and start things under it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp, stopApp } from "../../scripts/lib/app-server.mjs";
import { freePort } from "../../scripts/lib/embedded-postgres.mjs";
import { createScratchDatabase } from "./scratch-database";

export type AppInstance = {
  url: string;
  dataDir: string;
  readonly pid: number;
  /** Stops the process and starts it again on the same database and data dir. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startAppInstance(overrides: Record<string, string> = {}): Promise<AppInstance> {
  const [database, port, dataDir] = await Promise.all([
    createScratchDatabase(),
    freePort(),
    mkdtemp(path.join(tmpdir(), "ledgerly-instance-")),
  ]);
  const url = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: database.url,
    DATABASE_READONLY_URL: "",
    DATA_DIR: dataDir,
    PORT: String(port),
    APP_URL: url,
    LOG_LEVEL: "warn",
    BCRYPT_COST: "10",
    TRUSTED_PROXY_HOPS: "0",
    ...overrides,
  };
  let child = await startApp(env, port, { quiet: true });
  return {
    url,
    dataDir,
    get pid() {
      return child.pid!;
    },
    restart: async () => {
      await stopApp(child);
      child = await startApp(env, port, { quiet: true });
    },
    stop: async () => {
      await stopApp(child);
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
