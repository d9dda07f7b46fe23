// The write load: 16 connections creating transactions for 30 s, each body
// distinct, then the books: every 201 must be a row, and no row may exist
// without its 201. Driven by its own loop rather than autocannon so that every
// request sent is answered and counted (autocannon drops the requests in
// flight when its time is up, and their rows would look like rows without a 201).
import http from "node:http";
import type { SizeContext } from "./context";
import { waitUntilIdle } from "./database";
import { cpuSeconds, PeakRss } from "./proc";
import { percentile, round } from "./stats";
import { signIn } from "./users";
import { countTransactions } from "../seed";

const CONNECTIONS = 16;

export type WritesResult = {
  connections: number;
  seconds: number;
  createsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
  rowsBefore: number;
  rowsAfter: number;
  /** Ids of 201 answers found as rows of the writer. */
  createdFound: number;
  /** 201s = rows added = ids found. */
  consistent: boolean;
  peakRssMiB: number;
  cpuMsPerRequest: number;
};

function post(agent: http.Agent, url: URL, cookie: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), cookie },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

export async function writesSection(context: SizeContext): Promise<WritesResult> {
  const { app, db, writer, options } = context;
  const { cookie } = await signIn(app.url, writer);
  const url = new URL("/api/transactions", app.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const today = new Date().toISOString().slice(0, 10);
  const rowsBefore = await countTransactions(db.admin, writer.id);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const ids: string[] = [];
  let errors = 0;
  let sent = 0;
  const cpuBefore = cpuSeconds(app.pid) ?? 0;
  const peak = new PeakRss({ app: app.pid });
  const started = performance.now();
  const deadline = started + options.writeDuration * 1000;

  const connection = async () => {
    while (performance.now() < deadline) {
      const n = sent++;
      // Distinct notes and amounts; the category is left to detection, as the quick-add form does.
      const body = JSON.stringify({
        type: "expense",
        amount: `${1 + (n % 300)}.${String(n % 100).padStart(2, "0")}`,
        date: today,
        note: `coffee and a bagel #${n}`,
      });
      const t0 = performance.now();
      try {
        const { status, text } = await post(agent, url, cookie, body);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 201) ids.push((JSON.parse(text) as { transaction: { id: string } }).transaction.id);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  const seconds = (performance.now() - started) / 1000;
  const cpu = (cpuSeconds(app.pid) ?? 0) - cpuBefore;
  const peakRss = peak.stop().app ?? NaN;
  agent.destroy();

  await waitUntilIdle(db.admin);
  const rowsAfter = await countTransactions(db.admin, writer.id);
  const createdFound = await countTransactions(db.admin, writer.id, ids);
  latencies.sort((a, b) => a - b);
  const result: WritesResult = {
    connections: CONNECTIONS,
    seconds: round(seconds, 2),
    createsPerSecond: round(ids.length / seconds),
    p50: round(percentile(latencies, 0.5), 2),
    p95: round(percentile(latencies, 0.95), 2),
    p99: round(percentile(latencies, 0.99), 2),
    statuses,
    errors,
    rowsBefore,
    rowsAfter,
    createdFound,
    consistent: createdFound === ids.length && rowsAfter - rowsBefore === ids.length,
    peakRssMiB: round(peakRss),
    cpuMsPerRequest: round((cpu * 1000) / Math.max(1, latencies.length), 2),
  };
  console.log(
    `  writes: ${result.createsPerSecond} creates/s, p95 ${result.p95} ms, ${ids.length} × 201, ` +
      `${rowsAfter - rowsBefore} rows added, ${createdFound} of the 201s' ids found: ${result.consistent ? "consistent" : "INCONSISTENT"}`,
  );
  return result;
}
