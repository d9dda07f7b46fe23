// What the bench prints: one table per size N, then the sections run once.
import type { EndpointResult } from "./api-section";
import type { LauncherMemory } from "./launcher";
import type { PageScores } from "./lighthouse-section";
import type { MemoryResult } from "./memory-section";
import type { PageJs } from "./pages-section";
import type { StartResult } from "./start-section";
import { cell, formatTable } from "./table";
import type { WritesResult } from "./writes-section";

export type SizeResult = {
  n: number;
  seedSeconds: number;
  sectionSeconds: Record<string, number>;
  api?: Record<string, EndpointResult>;
  writes?: WritesResult;
  memory?: MemoryResult;
  pages?: Record<string, PageJs>;
  lighthouse?: Record<string, Record<string, PageScores>>;
};

export type Results = {
  startedAt: string;
  finishedAt?: string;
  argv: string[];
  machine: Record<string, unknown>;
  sizes: Record<string, SizeResult>;
  start?: StartResult;
  launcher?: LauncherMemory & { readyMs: number };
  sectionSeconds: Record<string, number>;
};

const triple = (a: { p50: number; p95: number; p99: number } | null) => (a ? `${cell(a.p50)}/${cell(a.p95)}/${cell(a.p99)}` : "—");

export function apiTable(api: Record<string, EndpointResult>): string {
  const rows = Object.values(api).map((r) => [
    r.label,
    String(r.connections),
    cell(r.bare?.rps, 0),
    cell(r.app.rps, 0),
    r.ratio === null ? "—" : `${cell(r.ratio, 2)}×`,
    triple(r.bare),
    triple(r.app),
    `${cell(r.bare?.peakRssMiB, 0)}/${cell(r.app.peakRssMiB, 0)}`,
    `${cell(r.bare?.cpuMsPerRequest, 2)}/${cell(r.app.cpuMsPerRequest, 2)}`,
    cell(r.pgExecutionMs, 3),
    `${cell(r.bare?.pgCores, 2)}/${cell(r.app.pgCores, 2)}`,
    [r.sameAnswer === false ? "ANSWERS DIFFER" : "", r.app.failures || r.bare?.failures ? `${r.app.failures + (r.bare?.failures ?? 0)} failed` : ""]
      .filter(Boolean)
      .join(", "),
  ]);
  return formatTable(
    ["endpoint", "conns", "bare req/s", "app req/s", "ratio", "bare p50/p95/p99 ms", "app p50/p95/p99 ms", "RSS MiB b/a", "CPU ms/req b/a", "PG ms", "PG cores b/a", "notes"],
    rows,
  );
}

export function printSize(size: SizeResult): void {
  console.log(`\n=== N = ${size.n.toLocaleString("en")} transactions (seeded in ${size.seedSeconds} s) ===`);
  if (size.api) console.log(apiTable(size.api));
  if (size.writes) {
    const w = size.writes;
    console.log(
      `\nwrites: ${cell(w.createsPerSecond, 0)} creates/s at ${w.connections} connections for ${w.seconds} s, p50/p95/p99 ${triple(w)} ms; ` +
        `${w.statuses["201"] ?? 0} × 201, ${w.rowsAfter - w.rowsBefore} rows added, ${w.createdFound} ids found: ${w.consistent ? "every 201 a row, no row without its 201" : "INCONSISTENT"}` +
        (Object.keys(w.statuses).some((s) => s !== "201") || w.errors ? `; other answers ${JSON.stringify(w.statuses)}, ${w.errors} errors` : ""),
    );
  }
  if (size.memory) {
    const m = size.memory;
    console.log(
      `memory (MiB): app ${cell(m.app.afterStartMiB, 0)} after start, ${cell(m.app.afterFirstLoginMiB, 0)} after the first login, ` +
        `${cell(m.app.peakUnderListLoadMiB, 0)} peak under the list load; bare ${cell(m.bare.afterStartMiB, 0)} → ${cell(m.bare.peakUnderListLoadMiB, 0)}`,
    );
  }
  if (size.pages) {
    console.log(`\nfirst-load JavaScript (kB gzip, goal ≤ 180):`);
    console.log(
      formatTable(
        ["page", "kB gzip", "kB raw", "scripts", "largest"],
        Object.entries(size.pages).map(([path, p]) => [
          path,
          cell(p.kbGzip),
          cell(p.kbRaw),
          String(p.scripts),
          p.largest.map((l) => `${l.url.split("/").pop()} ${l.kbGzip}`).join(", "),
        ]),
      ),
    );
  }
  if (size.lighthouse) {
    console.log(`\nLighthouse (median; performance / accessibility / best-practices / seo; goal ≥ 95):`);
    const rows: string[][] = [];
    for (const [preset, pages] of Object.entries(size.lighthouse)) {
      for (const [path, p] of Object.entries(pages)) {
        const s = p.scores;
        rows.push([
          preset,
          path,
          `${s.performance} / ${s.accessibility} / ${s["best-practices"]} / ${s.seo}`,
          `${cell(p.metrics["largest-contentful-paint"], 0)} ms`,
          `${cell(p.metrics["total-blocking-time"], 0)} ms`,
          Object.entries(p.shortfalls)
            .filter(([, audits]) => audits.length)
            .map(([category, audits]) => `${category}: ${audits.slice(0, 4).join(" ")}`)
            .join("; "),
        ]);
      }
    }
    console.log(formatTable(["preset", "page", "scores", "LCP", "TBT", "below full marks (last run)"], rows));
  }
  console.log(`\nsection times (s): ${Object.entries(size.sectionSeconds).map(([k, v]) => `${k} ${v}`).join(", ")}`);
}

export function printOnce(results: Results): void {
  if (results.start) {
    const s = results.start;
    console.log(`\nstart (median of ${s.runs.first.length}): first ${cell(s.firstMs, 0)} ms (initdb included), second ${cell(s.secondMs, 0)} ms; runs ${JSON.stringify(s.runs)}`);
  }
  if (results.launcher) {
    const l = results.launcher;
    console.log(
      `npm start (MiB): launcher process ${cell(l.launcherMiB, 0)}, node processes it started ${cell(l.childrenMiB, 0)}, embedded PostgreSQL ${cell(l.postgresMiB, 0)}`,
    );
  }
  console.log(`section times (s): ${Object.entries(results.sectionSeconds).map(([k, v]) => `${k} ${v}`).join(", ")}`);
}
