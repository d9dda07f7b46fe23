// Start-up time of the built app: spawn `npm start`'s script on an empty
// DATA_DIR (initdb included) until /api/health/ready answers 200, stop it,
// and time a second start on the same DATA_DIR. Median of `runs` each.
import { freshDataDir, launch } from "./launcher";
import { PORTS } from "./ports";
import { median } from "./stats";

export type StartResult = { firstMs: number; secondMs: number; runs: { first: number[]; second: number[] } };

export async function startSection(root: string, runs: number, redisUrl?: string): Promise<StartResult> {
  const first: number[] = [];
  const second: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = freshDataDir();
    try {
      const a = await launch(root, dataDir.dir, PORTS.launcher, redisUrl);
      first.push(a.readyMs);
      await a.stop();
      const b = await launch(root, dataDir.dir, PORTS.launcher, redisUrl);
      second.push(b.readyMs);
      await b.stop();
      console.log(`  start ${i + 1}: first ${a.readyMs} ms, second ${b.readyMs} ms`);
    } finally {
      await dataDir.remove();
    }
  }
  return { firstMs: median(first), secondMs: median(second), runs: { first, second } };
}
