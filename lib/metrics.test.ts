import { describe, expect, it, vi } from "vitest";

// The registry lives on globalThis, so values may carry over from other tests
// in the same worker: every assertion below compares before/after.
async function load() {
  return import("./metrics");
}

type Metrics = Awaited<ReturnType<typeof load>>;

async function counterValue(m: Metrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = m.metricsRegistry.getSingleMetric(name);
  if (!metric) throw new Error(`metric ${name} is not registered`);
  const { values } = await metric.get();
  const match = values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val));
  return match?.value ?? 0;
}

/** Parses `name{a="b",…} value` lines of the text exposition into label maps. */
function samples(exposition: string, name: string): { labels: Record<string, string>; value: number }[] {
  const out: { labels: Record<string, string>; value: number }[] = [];
  for (const line of exposition.split("\n")) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    out.push({ labels, value: Number(m[3]) });
  }
  return out;
}

describe("lib/metrics", () => {
  it("keeps one registry per process across module reloads", async () => {
    const first = await load();
    vi.resetModules();
    const second = await load();
    vi.resetModules();
    const third = await load();

    expect(second).not.toBe(first); // really a fresh module instance…
    expect(second.metricsRegistry).toBe(first.metricsRegistry); // …sharing the registry
    expect(third.httpRequestsTotal).toBe(first.httpRequestsTotal);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("ledgerly.metrics")]).toBeDefined();

    // Default metrics registered once (a second collectDefaultMetrics on the
    // same registry would throw or duplicate the series).
    const { body, contentType } = await third.metricsExposition();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(body.match(/^# TYPE process_cpu_seconds_total counter$/gm)).toHaveLength(1);
    expect(body.match(/^# TYPE http_requests_total counter$/gm)).toHaveLength(1);
    expect(body).toMatch(/^process_resident_memory_bytes \d+/m);
    // `promtool check metrics` rejects `_total` on anything but counters.
    const badTotals = [...body.matchAll(/^# TYPE (\S+_total) (\S+)$/gm)].filter((m) => m[2] !== "counter").map((m) => m[1]);
    expect(badTotals).toEqual([]);

    // An increment through one module copy is visible through another.
    const before = await counterValue(first, "ledgerly_registrations_total");
    third.countRegistration();
    expect(await counterValue(first, "ledgerly_registrations_total")).toBe(before + 1);
  });

  it("observeRequest produces labelled counter and histogram series", async () => {
    const m = await load();
    const labels = { method: "GET", route: "/api/transactions/[id]", status_code: "200" };
    const before = await counterValue(m, "http_requests_total", labels);

    m.observeRequest({ method: "get", route: "/api/transactions/[id]", statusCode: 200, seconds: 0.003 });
    m.observeRequest({ method: "GET", route: "/api/transactions/[id]", statusCode: 200, seconds: 0.2 });
    m.observeRequest({ method: "POST", route: "/api/transactions", statusCode: 422, seconds: 0.01 });

    const { body } = await m.metricsExposition();
    const count = samples(body, "http_requests_total").find(
      (s) => s.labels.method === "GET" && s.labels.route === "/api/transactions/[id]" && s.labels.status_code === "200",
    );
    expect(count?.value).toBe(before + 2);
    expect(Object.keys(count!.labels).sort()).toEqual(["method", "route", "status_code"]);
    expect(
      samples(body, "http_requests_total").some(
        (s) => s.labels.method === "POST" && s.labels.route === "/api/transactions" && s.labels.status_code === "422",
      ),
    ).toBe(true);

    const buckets = samples(body, "http_request_duration_seconds_bucket").filter(
      (s) => s.labels.route === "/api/transactions/[id]" && s.labels.method === "GET" && s.labels.status_code === "200",
    );
    expect(buckets.map((b) => b.labels.le)).toEqual([...m.HTTP_DURATION_BUCKETS.map(String), "+Inf"]);
    const le = (bound: string) => buckets.find((b) => b.labels.le === bound)!.value;
    expect(le("0.005") - le("0.0025")).toBeGreaterThanOrEqual(1); // the 3 ms request
    expect(le("+Inf")).toBe(before + 2);
    expect(samples(body, "http_request_duration_seconds_count").find((s) => s.labels.route === "/api/transactions/[id]" && s.labels.status_code === "200")?.value).toBe(before + 2);
    expect(samples(body, "http_request_duration_seconds_sum").length).toBeGreaterThan(0);
  });

  it("business counters increment and exist at 0 before first use", async () => {
    const m = await load();
    const { body } = await m.metricsExposition();
    for (const outcome of m.LOGIN_OUTCOMES) {
      expect(samples(body, "ledgerly_logins_total").some((s) => s.labels.outcome === outcome)).toBe(true);
    }
    for (const threshold of m.BUDGET_THRESHOLDS) {
      expect(samples(body, "ledgerly_budget_threshold_crossings_total").some((s) => s.labels.threshold === threshold)).toBe(true);
    }
    expect(samples(body, "ledgerly_transactions_created_total")).toHaveLength(1);

    const reg = await counterValue(m, "ledgerly_registrations_total");
    const ok = await counterValue(m, "ledgerly_logins_total", { outcome: "success" });
    const limited = await counterValue(m, "ledgerly_logins_total", { outcome: "rate_limited" });
    const tx = await counterValue(m, "ledgerly_transactions_created_total");
    const t80 = await counterValue(m, "ledgerly_budget_threshold_crossings_total", { threshold: "80" });
    const t100 = await counterValue(m, "ledgerly_budget_threshold_crossings_total", { threshold: "100" });

    m.countRegistration();
    m.countLogin("success");
    m.countLogin("success");
    m.countLogin("rate_limited");
    m.countTransactionCreated();
    m.countTransactionCreated();
    m.countTransactionCreated();
    m.countBudgetThresholdCrossing("80");
    m.countBudgetThresholdCrossing("100");

    expect(await counterValue(m, "ledgerly_registrations_total")).toBe(reg + 1);
    expect(await counterValue(m, "ledgerly_logins_total", { outcome: "success" })).toBe(ok + 2);
    expect(await counterValue(m, "ledgerly_logins_total", { outcome: "rate_limited" })).toBe(limited + 1);
    expect(await counterValue(m, "ledgerly_transactions_created_total")).toBe(tx + 3);
    expect(await counterValue(m, "ledgerly_budget_threshold_crossings_total", { threshold: "80" })).toBe(t80 + 1);
    expect(await counterValue(m, "ledgerly_budget_threshold_crossings_total", { threshold: "100" })).toBe(t100 + 1);

    const after = (await m.metricsExposition()).body;
    expect(samples(after, "ledgerly_transactions_created_total")[0]?.value).toBe(tx + 3);
  });
});
