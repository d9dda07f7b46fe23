// Prometheus metrics for the whole process (monitoring/README.md).
//
// One prom-client Registry per process, kept on globalThis under a
// Symbol.for key: Next's dev server re-evaluates modules on every reload and
// may bundle this module more than once (one copy per route bundle), and each
// copy must still see the same registry and counters, or /api/metrics would
// show only the requests of the bundle that serves it. Symbol.for is shared
// across module copies (and realms), a module-level `const` is not.
//
// Label cardinality: `route` is the route *template* (`/api/transactions/[id]`),
// never the concrete path, so the number of series stays bounded.
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export const LOGIN_OUTCOMES = ["success", "invalid_credentials", "email_not_verified", "rate_limited"] as const;
export type LoginOutcome = (typeof LOGIN_OUTCOMES)[number];

export const BUDGET_THRESHOLDS = ["80", "100"] as const;
export type BudgetThreshold = (typeof BUDGET_THRESHOLDS)[number];

type HttpLabel = "method" | "route" | "status_code";

interface LedgerlyMetrics {
  readonly registry: Registry;
  readonly httpRequestsTotal: Counter<HttpLabel>;
  readonly httpRequestDuration: Histogram<HttpLabel>;
  readonly registrationsTotal: Counter;
  readonly loginsTotal: Counter<"outcome">;
  readonly transactionsCreatedTotal: Counter;
  readonly budgetThresholdCrossingsTotal: Counter<"threshold">;
}

const METRICS_KEY = Symbol.for("ledgerly.metrics");

const HTTP_LABELS: HttpLabel[] = ["method", "route", "status_code"];

// 1 ms … 5 s: API handlers are DB round-trips; anything past 5 s lands in +Inf.
export const HTTP_DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

const NON_COUNTER_TOTALS = ["nodejs_active_handles_total", "nodejs_active_requests_total", "nodejs_active_resources_total"];

function createMetrics(): LedgerlyMetrics {
  const registry = new Registry();
  // Process CPU, memory, event loop lag, GC… (process_*, nodejs_*), registered
  // exactly once per process because this function runs once per process.
  collectDefaultMetrics({ register: registry });
  // prom-client's gauges nodejs_active_{handles,requests,resources}_total break
  // the Prometheus naming rule (`_total` is for counters), so
  // `promtool check metrics` rejects the exposition. Their per-type
  // breakdowns (nodejs_active_handles{type=…}, …) remain: sum() them instead.
  for (const name of NON_COUNTER_TOTALS) registry.removeSingleMetric(name);

  const httpRequestsTotal = new Counter<HttpLabel>({
    name: "http_requests_total",
    help: "HTTP requests handled by the API, by method, route template and status code.",
    labelNames: HTTP_LABELS,
    registers: [registry],
  });
  const httpRequestDuration = new Histogram<HttpLabel>({
    name: "http_request_duration_seconds",
    help: "Time to handle an API request, in seconds, by method, route template and status code.",
    labelNames: HTTP_LABELS,
    buckets: HTTP_DURATION_BUCKETS,
    registers: [registry],
  });

  const registrationsTotal = new Counter({
    name: "ledgerly_registrations_total",
    help: "User accounts registered.",
    registers: [registry],
  });
  const loginsTotal = new Counter<"outcome">({
    name: "ledgerly_logins_total",
    help: "Login attempts, by outcome.",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const transactionsCreatedTotal = new Counter({
    name: "ledgerly_transactions_created_total",
    help: "Transactions created.",
    registers: [registry],
  });
  const budgetThresholdCrossingsTotal = new Counter<"threshold">({
    name: "ledgerly_budget_threshold_crossings_total",
    help: "Budgets whose spending crossed a threshold (percent of the limit).",
    labelNames: ["threshold"],
    registers: [registry],
  });

  // Start every known label value at 0 so the series exist from the first
  // scrape: rate()/increase() need a sample before the first increment, and
  // dashboards show 0 instead of "No data".
  for (const outcome of LOGIN_OUTCOMES) loginsTotal.inc({ outcome }, 0);
  for (const threshold of BUDGET_THRESHOLDS) budgetThresholdCrossingsTotal.inc({ threshold }, 0);

  return {
    registry,
    httpRequestsTotal,
    httpRequestDuration,
    registrationsTotal,
    loginsTotal,
    transactionsCreatedTotal,
    budgetThresholdCrossingsTotal,
  };
}

const store = globalThis as typeof globalThis & { [METRICS_KEY]?: LedgerlyMetrics };
const metrics: LedgerlyMetrics = (store[METRICS_KEY] ??= createMetrics());

export const metricsRegistry: Registry = metrics.registry;
export const httpRequestsTotal = metrics.httpRequestsTotal;
export const httpRequestDuration = metrics.httpRequestDuration;

export interface ObservedRequest {
  /** HTTP method, any case (stored upper-case). */
  method: string;
  /** Route template, e.g. `/api/transactions/[id]` — never the concrete path. */
  route: string;
  statusCode: number;
  /** Handling time in seconds. */
  seconds: number;
}

/** Records one handled request; called by the API route wrapper only. */
export function observeRequest({ method, route, statusCode, seconds }: ObservedRequest): void {
  const labels = { method: method.toUpperCase(), route, status_code: String(statusCode) };
  metrics.httpRequestsTotal.inc(labels);
  if (Number.isFinite(seconds) && seconds >= 0) metrics.httpRequestDuration.observe(labels, seconds);
}

export function countRegistration(): void {
  metrics.registrationsTotal.inc();
}

export function countLogin(outcome: LoginOutcome): void {
  metrics.loginsTotal.inc({ outcome });
}

export function countTransactionCreated(): void {
  metrics.transactionsCreatedTotal.inc();
}

export function countBudgetThresholdCrossing(threshold: BudgetThreshold): void {
  metrics.budgetThresholdCrossingsTotal.inc({ threshold });
}

/** The Prometheus text exposition of every metric of this process. */
export async function metricsExposition(): Promise<{ contentType: string; body: string }> {
  return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}
