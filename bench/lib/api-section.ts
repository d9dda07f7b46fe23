// The API section: each endpoint loaded at 32 connections (list and the dashboard also at one),
// bare server and app interleaved run by run, medians of the runs; and
// PostgreSQL's own time for each baseline query.
import type { SizeContext } from "./context";
import { executionTimeMs, waitUntilIdle } from "./database";
import { runLoad, warmUp, type LoadTarget, type RunResult } from "./load";
import { median, round } from "./stats";
import { signIn } from "./users";
import { FILTER_CATEGORY, listQuery, summaryQuery, type Query } from "../seed";

export type Endpoint = {
  key: string;
  label: string;
  path: string;
  connections: number;
  /** Sent with the session cookie. */
  auth: boolean;
  /** The bare server answers it with this SQL (also EXPLAINed); null: no baseline. */
  baseline: Query | null;
};

export type Aggregate = {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** The highest resident memory over all runs. */
  peakRssMiB: number;
  cpuMsPerRequest: number;
  pgCores: number;
  /** Answers that weren't 2xx, plus connection errors, over all runs. */
  failures: number;
  statuses: Record<string, number>;
};

export type EndpointResult = {
  label: string;
  path: string;
  connections: number;
  /** Whether both servers answered with the same JSON (null: no baseline). */
  sameAnswer: boolean | null;
  bare: Aggregate | null;
  app: Aggregate;
  /** App req/s over bare req/s. */
  ratio: number | null;
  /** Median Execution Time of EXPLAIN (ANALYZE, BUFFERS), ms. */
  pgExecutionMs: number | null;
  runs: { bare: RunResult[]; app: RunResult[] };
};

export function endpoints(context: SizeContext): Endpoint[] {
  const { main, month, options } = context;
  const c = options.connections;
  const filter = `type=${FILTER_CATEGORY.type}&category=${encodeURIComponent(FILTER_CATEGORY.name)}`;
  return [
    { key: "list", label: "list 50", path: "/api/transactions", connections: c, auth: true, baseline: listQuery(main.id, 50) },
    { key: "list1", label: "list 50, 1 connection", path: "/api/transactions", connections: 1, auth: true, baseline: listQuery(main.id, 50) },
    { key: "summary", label: "summary all-time", path: "/api/transactions/summary", connections: c, auth: true, baseline: summaryQuery(main.id, {}) },
    {
      key: "summaryMonth",
      label: "summary one month",
      path: `/api/transactions/summary?from=${month.from}&to=${month.to}`,
      connections: c,
      auth: true,
      baseline: summaryQuery(main.id, month),
    },
    {
      key: "summaryFilter",
      label: "summary type+category",
      path: `/api/transactions/summary?${filter}`,
      connections: c,
      auth: true,
      baseline: summaryQuery(main.id, { type: FILTER_CATEGORY.type, category: [FILTER_CATEGORY.name] }),
    },
    { key: "budgets", label: "budgets (15)", path: "/api/budgets", connections: c, auth: true, baseline: null },
    { key: "health", label: "health (no session)", path: "/api/health", connections: c, auth: false, baseline: null },
    { key: "me", label: "users/me", path: "/api/users/me", connections: c, auth: true, baseline: null },
    { key: "dashboard", label: "GET /dashboard", path: "/dashboard", connections: 8, auth: true, baseline: null },
    // One page at a time: the server's own time for a page, without the queueing of eight at once on two cores.
    { key: "dashboard1", label: "GET /dashboard, 1 connection", path: "/dashboard", connections: 1, auth: true, baseline: null },
  ];
}

function aggregate(runs: RunResult[]): Aggregate {
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [status, count] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  const failures =
    Object.entries(statuses).reduce((sum, [status, count]) => sum + (status.startsWith("2") ? 0 : count), 0) +
    runs.reduce((sum, run) => sum + run.errors, 0);
  const med = (pick: (run: RunResult) => number) => round(median(runs.map(pick)), 2);
  return {
    rps: med((r) => r.rps),
    p50: med((r) => r.p50),
    p95: med((r) => r.p95),
    p99: med((r) => r.p99),
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssMiB)),
    cpuMsPerRequest: med((r) => r.cpuMsPerRequest),
    pgCores: med((r) => r.pgCores),
    failures,
    statuses,
  };
}

/** Where two JSON values first differ ("items[3].amount: "1.50" vs "1.5""), or null. */
export function firstDifference(a: unknown, b: unknown, at = "body"): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${at}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const difference = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (a && typeof a === "object" && b && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return a === b ? null : `${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

async function answerOf(url: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { headers, redirect: "manual" });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

export async function measureEndpoint(context: SizeContext, endpoint: Endpoint): Promise<EndpointResult> {
  const { app, bare, db, options } = context;
  // A fresh session per endpoint: an access credential lives 15 minutes, a size's runs take longer.
  const headers: Record<string, string> = endpoint.auth ? { cookie: (await signIn(app.url, context.main)).cookie } : {};
  if (endpoint.path === "/dashboard") headers.accept = "text/html";
  const appTarget: LoadTarget = { url: `${app.url}${endpoint.path}`, headers, connections: endpoint.connections, duration: options.duration };
  const bareTarget: LoadTarget | null = endpoint.baseline
    ? { url: `${bare.url}${endpoint.path}`, connections: endpoint.connections, duration: options.duration }
    : null;

  const appAnswer = await answerOf(appTarget.url, headers);
  if (appAnswer.status !== 200) {
    throw new Error(`GET ${endpoint.path} answered ${appAnswer.status} before the load: ${JSON.stringify(appAnswer.body).slice(0, 300)}`);
  }
  let sameAnswer: boolean | null = null;
  if (bareTarget) {
    const difference = firstDifference((await answerOf(bareTarget.url, {})).body, appAnswer.body);
    sameAnswer = difference === null;
    if (difference) console.warn(`  ! the bare server's answer differs from the app's for ${endpoint.path}: ${difference}`);
  }

  if (bareTarget) await warmUp(bareTarget);
  await warmUp(appTarget);
  const runs: { bare: RunResult[]; app: RunResult[] } = { bare: [], app: [] };
  for (let i = 0; i < options.runs; i++) {
    if (bareTarget) {
      await waitUntilIdle(db.admin);
      runs.bare.push(await runLoad(bareTarget, bare.pid, db.admin));
    }
    await waitUntilIdle(db.admin);
    runs.app.push(await runLoad(appTarget, app.pid, db.admin));
  }
  await waitUntilIdle(db.admin);
  const bareResult = bareTarget ? aggregate(runs.bare) : null;
  const appResult = aggregate(runs.app);
  const pgExecutionMs = endpoint.baseline ? round((await executionTimeMs(db.admin, endpoint.baseline)).medianMs, 3) : null;
  return {
    label: endpoint.label,
    path: endpoint.path,
    connections: endpoint.connections,
    sameAnswer,
    bare: bareResult,
    app: appResult,
    ratio: bareResult ? round(appResult.rps / bareResult.rps, 2) : null,
    pgExecutionMs,
    runs,
  };
}

export async function apiSection(context: SizeContext): Promise<Record<string, EndpointResult>> {
  const results: Record<string, EndpointResult> = {};
  for (const endpoint of endpoints(context)) {
    const started = performance.now();
    results[endpoint.key] = await measureEndpoint(context, endpoint);
    const r = results[endpoint.key]!;
    console.log(
      `  ${endpoint.label.padEnd(24)} app ${r.app.rps} req/s p95 ${r.app.p95} ms` +
        (r.bare ? `, bare ${r.bare.rps} req/s p95 ${r.bare.p95} ms, ratio ${r.ratio}` : "") +
        ` (${round((performance.now() - started) / 1000, 0)} s)`,
    );
  }
  return results;
}
