// `npm run bench`: issue 12's measurements, the way its figures were taken.
// Per size N: a fresh `ledgerly_bench` database on DATABASE_URL's server, the
// built app on it, one user with N transactions among 20 others with 5,000
// each, and a bare node:http + pg server running the same SQL; both loaded
// interleaved with autocannon (bench/lib/api-section.ts), then writes and
// memory; pages and Lighthouse at the largest N; start-up time and the
// launcher's memory once. Prints a table per N and keeps everything as JSON
// in bench/results/. `npm run bench -- --help` lists the options.
import path from "node:path";
import pg from "pg";
import { apiSection } from "./lib/api-section";
import { ensureBuilt } from "./lib/app";
import { parseArgs, type Section } from "./lib/args";
import { cleanUpAll } from "./lib/cleanup";
import { DEFAULT_SERVER_URL, postgresVersion } from "./lib/database";
import { lighthouseSection } from "./lib/lighthouse-section";
import { launcherSection, memorySection } from "./lib/memory-section";
import { pagesSection } from "./lib/pages-section";
import { printOnce, printSize, type Results, type SizeResult } from "./lib/report";
import { compare, machine, save } from "./lib/results";
import { setUpSize } from "./lib/setup";
import { startSection } from "./lib/start-section";
import { round } from "./lib/stats";
import { writesSection } from "./lib/writes-section";

const root = path.resolve(import.meta.dirname, "..");

async function timed<T>(into: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  console.log(`- ${name} …`);
  try {
    return await work();
  } finally {
    into[name] = round((performance.now() - started) / 1000, 0);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.compare) {
    console.log(compare(...options.compare));
    return;
  }
  const has = (section: Section) => options.sections.has(section);
  const serverUrl = process.env.DATABASE_URL || DEFAULT_SERVER_URL;
  ensureBuilt(root);

  const server = new pg.Client({ connectionString: serverUrl });
  await server.connect();
  const results: Results = {
    startedAt: new Date().toISOString(),
    argv: process.argv.slice(2),
    machine: machine(root, await postgresVersion(server)),
    sizes: {},
    sectionSeconds: {},
  };
  await server.end();
  console.log(`bench: sections ${[...options.sections].join(",")}; sizes ${options.sizes.join(",")}; ${options.runs} runs of ${options.duration} s at ${options.connections} connections`);

  // Start-up first, on a quiet machine as a user starts the app: after a size's
  // teardown the shared disk is still busy (PostgreSQL dropping a database of
  // a million rows), which made the starts measured then 0.6–1.3 s slower.
  if (has("start")) results.start = await timed(results.sectionSeconds, "start", () => startSection(root, options.runs, options.redisUrl));

  const largest = Math.max(...options.sizes);
  for (const n of options.sizes) {
    const browserSections = n === largest && (has("pages") || has("lighthouse"));
    if (!has("api") && !has("writes") && !has("memory") && !browserSections) continue;
    console.log(`\nN = ${n.toLocaleString("en")}: setting up …`);
    const started = performance.now();
    const context = await setUpSize(n, options, root, serverUrl);
    const size: SizeResult = { n, seedSeconds: context.seedSeconds, sectionSeconds: { setup: round((performance.now() - started) / 1000, 0) } };
    try {
      if (has("api")) size.api = await timed(size.sectionSeconds, "api", () => apiSection(context));
      if (has("writes")) size.writes = await timed(size.sectionSeconds, "writes", () => writesSection(context));
      if (has("memory")) size.memory = await timed(size.sectionSeconds, "memory", () => memorySection(context));
      if (n === largest && has("pages")) size.pages = await timed(size.sectionSeconds, "pages", () => pagesSection(context));
      if (n === largest && has("lighthouse")) size.lighthouse = await timed(size.sectionSeconds, "lighthouse", () => lighthouseSection(context));
    } finally {
      results.sizes[n] = size;
      await context.tearDown();
      save(root, results); // after every size: a later failure keeps what was measured
    }
    printSize(size);
  }

  if (has("memory")) results.launcher = await timed(results.sectionSeconds, "npm start memory", () => launcherSection(root, options.redisUrl));
  printOnce(results);
  results.finishedAt = new Date().toISOString();
  console.log(`\nresults: ${path.relative(root, save(root, results))}`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUpAll();
}
