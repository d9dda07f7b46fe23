// Resident memory: the app's server process after start, after the first
// login and at its peak under the list load (the bare server's beside it);
// and, once, what `npm start` itself holds besides the server and PostgreSQL.
import type { SizeContext } from "./context";
import { waitUntilIdle } from "./database";
import { freshDataDir, launch, launcherMemory, type LauncherMemory } from "./launcher";
import { runLoad } from "./load";
import { PORTS } from "./ports";
import { signIn } from "./users";

export type MemoryResult = {
  app: { afterStartMiB: number; afterFirstLoginMiB: number; peakUnderListLoadMiB: number };
  bare: { afterStartMiB: number; peakUnderListLoadMiB: number };
};

export async function memorySection(context: SizeContext): Promise<MemoryResult> {
  const { app, bare, db, options } = context;
  const { cookie } = await signIn(app.url, context.main);
  const load = { connections: options.connections, duration: options.duration };
  await waitUntilIdle(db.admin);
  const bareRun = await runLoad({ ...load, url: `${bare.url}/api/transactions` }, bare.pid, db.admin);
  await waitUntilIdle(db.admin);
  const appRun = await runLoad({ ...load, url: `${app.url}/api/transactions`, headers: { cookie } }, app.pid, db.admin);
  const result: MemoryResult = {
    app: { afterStartMiB: context.appRss.afterStart, afterFirstLoginMiB: context.appRss.afterFirstLogin, peakUnderListLoadMiB: appRun.peakRssMiB },
    bare: { afterStartMiB: context.bareRssAfterStart, peakUnderListLoadMiB: bareRun.peakRssMiB },
  };
  console.log(
    `  memory: app ${result.app.afterStartMiB} MiB after start, ${result.app.afterFirstLoginMiB} after the first login, ` +
      `${result.app.peakUnderListLoadMiB} peak under the list load; bare ${result.bare.afterStartMiB} → ${result.bare.peakUnderListLoadMiB}`,
  );
  return result;
}

/** `npm start` on an empty DATA_DIR: the launcher's own memory once ready and settled, apart from what it runs. */
export async function launcherSection(root: string, redisUrl?: string): Promise<LauncherMemory & { readyMs: number }> {
  const dataDir = freshDataDir();
  try {
    const launched = await launch(root, dataDir.dir, PORTS.launcher, redisUrl);
    await new Promise((r) => setTimeout(r, 2_000));
    const memory = launcherMemory(launched.child);
    await launched.stop();
    console.log(
      `  npm start: launcher ${memory.launcherMiB} MiB, other node processes ${memory.childrenMiB} MiB, embedded PostgreSQL ${memory.postgresMiB} MiB`,
    );
    return { ...memory, readyMs: launched.readyMs };
  } finally {
    await dataDir.remove();
  }
}
