// The real app's /api/metrics, read by the real tools: promtool lints the
// exposition, a real Prometheus scrapes the app, and every PromQL expression of
// the Grafana dashboard and of monitoring/README.md must return data.
// Needs `prometheus` and `promtool` on PATH (Debian: apt-get install -y prometheus).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dashboardQueries, readmeQueries } from "../../monitoring/dashboard-queries";
import { appUrl } from "../helpers/app-url";

const TIMEOUT = 60_000;
const UP_WAIT_MS = 30_000;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Samples of the Prometheus text format (`name{a="b",…} value [timestamp]`). */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    samples.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return samples;
}

function metricsHeaders(): Record<string, string> {
  const token = process.env.METRICS_TOKEN;
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers, signal: AbortSignal.timeout(10_000), redirect: "manual" });
}

/** Some traffic, including a 404, so counters, histograms and error queries have data. */
async function sendTraffic(base: string): Promise<void> {
  for (const p of ["/api/health", "/api/health", "/api/health/ready", "/api/does-not-exist", "/api/health"]) {
    const res = await get(new URL(p, base).href);
    await res.arrayBuffer();
    if (p === "/api/health") expect(res.status, `GET ${p}`).toBe(200);
    if (p === "/api/does-not-exist") expect(res.status, `GET ${p}`).toBe(404);
  }
}

async function scrape(base: string): Promise<string> {
  const res = await get(new URL("/api/metrics", base).href, metricsHeaders());
  const body = await res.text();
  expect(res.status, `GET /api/metrics: ${body.slice(0, 300)}`).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
  return body;
}

function run(command: string, args: string[], input: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", (err) => reject(new Error(`cannot run ${command} (apt-get install -y prometheus): ${err.message}`)));
    child.on("close", (code) => resolve({ code, output }));
    child.stdin.end(input);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface QueryResponse {
  status: string;
  error?: string;
  data?: { resultType: string; result: unknown[] | [number, string] };
}

describe("Prometheus scraping the app", () => {
  let base = "";
  let exposition = "";
  // A failing hook makes vitest report its tests as skipped: keep the error
  // and rethrow it from every test instead, so each one fails with it (e.g.
  // "LEDGERLY_TEST_BASE_URL is not set…" or "cannot start prometheus…").
  let setupError: unknown;
  const ready = () => {
    if (setupError !== undefined) throw setupError;
  };

  beforeAll(async () => {
    try {
      base = appUrl(); // throws with a clear message when LEDGERLY_TEST_BASE_URL is not set
      await sendTraffic(base);
      exposition = await scrape(base);
    } catch (err) {
      setupError = err;
    }
  }, TIMEOUT);

  it("exposes request counters and latency histograms per route template", () => {
    ready();
    const samples = parseExposition(exposition);
    const health = samples.find(
      (s) =>
        s.name === "http_requests_total" &&
        s.labels.method === "GET" &&
        s.labels.route === "/api/health" &&
        s.labels.status_code === "200",
    );
    expect(health, 'http_requests_total{method="GET",route="/api/health",status_code="200"} is missing').toBeDefined();
    expect(health!.value).toBeGreaterThanOrEqual(1);

    const buckets = samples.filter(
      (s) => s.name === "http_request_duration_seconds_bucket" && s.labels.route === "/api/health" && s.labels.status_code === "200",
    );
    expect(buckets.length).toBeGreaterThan(1);
    const inf = buckets.find((b) => b.labels.le === "+Inf");
    expect(inf?.value).toBeGreaterThanOrEqual(1);
    expect(samples.some((s) => s.name === "http_request_duration_seconds_count" && s.labels.route === "/api/health")).toBe(true);

    // Concrete paths never become labels.
    expect(samples.some((s) => s.labels.route === "/api/does-not-exist")).toBe(false);
    for (const name of ["process_cpu_seconds_total", "process_resident_memory_bytes", "ledgerly_registrations_total"]) {
      expect(samples.some((s) => s.name === name), `${name} is missing`).toBe(true);
    }
  });

  it("passes promtool check metrics", async () => {
    ready();
    const { code, output } = await run("promtool", ["check", "metrics"], exposition);
    expect(output.trim(), "promtool check metrics output").toBe("");
    expect(code).toBe(0);
  }, TIMEOUT);

  describe("a real Prometheus", () => {
    let prometheus: ChildProcess | undefined;
    let promLog = "";
    let promUrl = "";
    let dir = "";

    async function query(expr: string): Promise<QueryResponse> {
      const res = await get(`${promUrl}/api/v1/query?${new URLSearchParams({ query: expr })}`);
      return (await res.json()) as QueryResponse;
    }

    async function targetError(): Promise<string> {
      try {
        const res = await get(`${promUrl}/api/v1/targets`);
        const body = (await res.json()) as { data?: { activeTargets?: { health: string; lastError: string; scrapeUrl: string }[] } };
        return JSON.stringify(body.data?.activeTargets?.map((t) => ({ url: t.scrapeUrl, health: t.health, error: t.lastError })));
      } catch (err) {
        return String(err);
      }
    }

    beforeAll(async () => {
      if (setupError !== undefined) return;
      try {
        await startPrometheus();
      } catch (err) {
        setupError = err;
      }
    }, TIMEOUT);

    async function startPrometheus(): Promise<void> {
      const app = new URL(base);
      const port = await freePort();
      promUrl = `http://127.0.0.1:${port}`;
      dir = mkdtempSync(path.join(tmpdir(), "ledgerly-prometheus-"));

      const scrapeConfig: Record<string, unknown> = {
        job_name: "ledgerly",
        scheme: app.protocol.replace(":", ""),
        metrics_path: "/api/metrics",
        scrape_interval: "1s",
        scrape_timeout: "1s",
        static_configs: [{ targets: [app.host || `${app.hostname}:${app.protocol === "https:" ? 443 : 80}`] }],
      };
      if (process.env.METRICS_TOKEN) {
        writeFileSync(path.join(dir, "metrics-token"), process.env.METRICS_TOKEN, { mode: 0o600 });
        scrapeConfig.authorization = { type: "Bearer", credentials_file: path.join(dir, "metrics-token") };
      }
      // JSON is valid YAML.
      writeFileSync(
        path.join(dir, "prometheus.yml"),
        JSON.stringify({ global: { scrape_interval: "1s", evaluation_interval: "1s" }, scrape_configs: [scrapeConfig] }),
      );

      prometheus = spawn(
        "prometheus",
        [
          `--config.file=${path.join(dir, "prometheus.yml")}`,
          `--storage.tsdb.path=${path.join(dir, "data")}`,
          `--web.listen-address=127.0.0.1:${port}`,
          "--log.level=warn",
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let spawnFailure: Error | undefined;
      prometheus.once("error", (err) => {
        spawnFailure = new Error(`cannot start prometheus (apt-get install -y prometheus): ${err.message}`);
      });
      const onLog = (d: Buffer) => (promLog = (promLog + d.toString()).slice(-4000));
      prometheus.stdout?.on("data", onLog);
      prometheus.stderr?.on("data", onLog);

      // Wait (bounded) until Prometheus has scraped the app successfully.
      const deadline = Date.now() + UP_WAIT_MS;
      for (;;) {
        if (spawnFailure) throw spawnFailure;
        if (prometheus.exitCode !== null) throw new Error(`prometheus exited (${prometheus.exitCode}):\n${promLog}`);
        try {
          const up = await query('up{job="ledgerly"}');
          const sample = up.data?.result[0] as { value: [number, string] } | undefined;
          if (sample?.value[1] === "1") break;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) {
          throw new Error(`up{job="ledgerly"} did not become 1 within ${UP_WAIT_MS / 1000}s; targets: ${await targetError()}\n${promLog}`);
        }
        await sleep(500);
      }

      // Traffic between scrapes, then a few more 1s scrapes so that rate()
      // and increase() have at least two samples showing an increase.
      await sendTraffic(base);
      await sleep(2_500);
      await sendTraffic(base);
      await sleep(3_000);
    }

    afterAll(async () => {
      // pid is undefined when the spawn itself failed: there is nothing to stop.
      if (prometheus?.pid !== undefined && prometheus.exitCode === null && prometheus.signalCode === null) {
        const exited = new Promise((r) => prometheus!.once("exit", r));
        prometheus.kill("SIGTERM");
        const timer = setTimeout(() => prometheus?.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    }, TIMEOUT);

    it("scrapes the app's health requests", async () => {
      ready();
      const res = await query('sum(http_requests_total{job="ledgerly",method="GET",route="/api/health",status_code="200"})');
      expect(res.status).toBe("success");
      const value = Number((res.data?.result[0] as { value: [number, string] } | undefined)?.value[1]);
      expect(value).toBeGreaterThanOrEqual(3);
    });

    const dashboard = dashboardQueries();
    const readme = readmeQueries();

    it("has queries to check", () => {
      expect(dashboard.length).toBeGreaterThan(5);
      expect(readme.length).toBeGreaterThan(0);
    });

    it.each([
      ...dashboard.map((expr) => ["dashboard", expr] as const),
      ...readme.map((expr) => ["README", expr] as const),
    ])("%s query returns data: %s", async (_source, expr) => {
      ready();
      const res = await query(expr);
      expect(res.status, `${expr}: ${res.error ?? ""}`).toBe("success");
      const result = res.data?.result ?? [];
      expect(result.length, `${expr} returned no series`).toBeGreaterThan(0);
    });
  });
});
