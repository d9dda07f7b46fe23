// One load run with autocannon against one server, and what it cost: requests
// per second, latency percentiles, the server's peak resident memory and CPU
// per request, and how many cores PostgreSQL spent on this database meanwhile.
import autocannon from "autocannon";
import type pg from "pg";
import { backendPids } from "./database";
import { cpuSeconds, descendants, PeakRss } from "./proc";
import { percentile, round } from "./stats";

export type LoadTarget = {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  /** Seconds. */
  duration: number;
  /** GET unless given (bench/profile.ts loads a POST too). */
  method?: "GET" | "POST";
  body?: string;
};

export type RunResult = {
  /** 2xx answers per second. */
  rps: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers by status, e.g. {"200": 20451}. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  seconds: number;
  peakRssMiB: number;
  /** Server CPU (user + system) per answer, in ms. */
  cpuMsPerRequest: number;
  /** PostgreSQL backends' CPU on this database, in cores (1.0 = one core busy all along). */
  pgCores: number;
};

const treeCpu = (pid: number) => [pid, ...descendants(pid)].reduce((sum, p) => sum + (cpuSeconds(p) ?? 0), 0);

async function backendCpu(db: pg.ClientBase): Promise<Map<number, number>> {
  return new Map((await backendPids(db)).map((pid) => [pid, cpuSeconds(pid) ?? 0]));
}

/** Loads `target` for its duration; `server` is the pid whose memory and CPU are charged. */
export async function runLoad(target: LoadTarget, server: number, db: pg.ClientBase): Promise<RunResult> {
  const pgBefore = await backendCpu(db);
  const cpuBefore = treeCpu(server);
  const peak = new PeakRss({ server });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const instance = autocannon({
    url: target.url,
    connections: target.connections,
    duration: target.duration,
    headers: target.headers,
    ...(target.method ? { method: target.method, body: target.body } : {}),
    // A summary over a million rows may take seconds under load: measure it rather than time it out.
    timeout: 120,
  });
  instance.on("response", (_client, status, _bytes, ms) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    latencies.push(ms);
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  const cpu = treeCpu(server) - cpuBefore;
  const pgAfter = await backendCpu(db);
  // Backends opened during the run started at zero.
  const pgCpu = [...pgAfter].reduce((sum, [pid, after]) => sum + after - (pgBefore.get(pid) ?? 0), 0);
  const peakRss = peak.stop().server ?? NaN;
  latencies.sort((a, b) => a - b);
  const ok = Object.entries(statuses).reduce((sum, [status, count]) => sum + (status.startsWith("2") ? count : 0), 0);
  return {
    rps: round(ok / seconds),
    requests: latencies.length,
    p50: round(percentile(latencies, 0.5), 2),
    p95: round(percentile(latencies, 0.95), 2),
    p99: round(percentile(latencies, 0.99), 2),
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: round(seconds, 2),
    peakRssMiB: round(peakRss),
    cpuMsPerRequest: round((cpu * 1000) / Math.max(1, latencies.length), 2),
    pgCores: round(pgCpu / seconds, 2),
  };
}

/** A short untimed run, so the measured runs see compiled routes, warm pools and caches. */
export async function warmUp(target: LoadTarget): Promise<void> {
  await autocannon({ ...target, duration: Math.min(2, target.duration), timeout: 120 });
}
