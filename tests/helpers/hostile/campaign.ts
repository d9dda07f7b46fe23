// Runs generated requests against the app a few at a time and keeps, for each
// one, what was sent, what came back and what in it breaks the contract.
import fc from "fast-check";
import { hostileRequest, REQUEST_CLASSES, type HostileRequest, type RequestClass, type SuiteContext } from "./hostile-request";
import { contractViolations } from "./problem-shape";
import { RawClient, type RawOutcome } from "./raw-http";
import { excerpt, printableCurlOf } from "./reproduce";

export type Finding = { generated: HostileRequest; outcome: RawOutcome; problems: string[] };

export type CampaignResult = {
  seed: number;
  sent: number;
  /** Generated requests node:http refused to put on the wire (not counted in `sent`). */
  notSent: number;
  seconds: number;
  serverErrors: number;
  noAnswer: number;
  byClass: Record<RequestClass, number>;
  /** Seconds of answer time each class took, summed (where a run's time goes). */
  secondsByClass: Record<RequestClass, number>;
  byStatus: Record<string, number>;
  findings: Finding[];
  /** The slowest answers: a request that holds the server for seconds is a denial of service. */
  slowest: Finding[];
};

const SLOWEST_KEPT = 5;

const BATCH = 250; // generated lazily: some requests carry megabytes

export async function runCampaign(options: { context: SuiteContext; baseUrl: string; runs: number; concurrency: number; seed: number }): Promise<CampaignResult> {
  const client = new RawClient({ baseUrl: options.baseUrl, concurrency: options.concurrency, timeoutMs: 20_000 });
  const arbitrary = hostileRequest(options.context);
  const result: CampaignResult = {
    seed: options.seed,
    sent: 0,
    notSent: 0,
    seconds: 0,
    serverErrors: 0,
    noAnswer: 0,
    byClass: Object.fromEntries(REQUEST_CLASSES.map((c) => [c, 0])) as Record<RequestClass, number>,
    secondsByClass: Object.fromEntries(REQUEST_CLASSES.map((c) => [c, 0])) as Record<RequestClass, number>,
    byStatus: {},
    findings: [],
    slowest: [],
  };
  const started = performance.now();
  try {
    for (let batch = 0, generated = 0; generated < options.runs; batch++) {
      const requests = fc.sample(arbitrary, { numRuns: Math.min(BATCH, options.runs - generated), seed: options.seed + batch });
      generated += requests.length;
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const generated = requests[next++]!;
          const outcome = await client.send(generated.request);
          record(result, generated, outcome);
        }
      };
      await Promise.all(Array.from({ length: options.concurrency }, worker));
    }
  } finally {
    client.close();
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

function record(result: CampaignResult, generated: HostileRequest, outcome: RawOutcome): void {
  if (!outcome.response && outcome.error.startsWith("not sent")) {
    // node:http refusing to put something on the wire is a generator slip, not the app's answer.
    result.notSent++;
    return;
  }
  result.sent++;
  result.byClass[generated.requestClass]++;
  result.secondsByClass[generated.requestClass] += (outcome.response ? outcome.response.ms : outcome.ms) / 1000;
  if (!outcome.response) {
    result.noAnswer++;
    result.byStatus["no answer"] = (result.byStatus["no answer"] ?? 0) + 1;
    result.findings.push({ generated, outcome, problems: [outcome.error] });
    return;
  }
  const { status, ms } = outcome.response;
  if (result.slowest.length < SLOWEST_KEPT || ms > result.slowest.at(-1)!.outcome.response!.ms) {
    result.slowest = [...result.slowest, { generated, outcome, problems: [] }]
      .sort((a, b) => b.outcome.response!.ms - a.outcome.response!.ms)
      .slice(0, SLOWEST_KEPT);
  }
  result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
  if (status >= 500) result.serverErrors++;
  const problems = generated.isPage ? (status >= 500 ? [`answered ${status}`] : []) : contractViolations(generated.sent, outcome.response);
  if (problems.length) result.findings.push({ generated, outcome, problems });
}

/**
 * Findings grouped by what went wrong (class, status, first problem), each
 * group with the routes it was seen on and one reproduction.
 */
export function describeFindings(findings: Finding[], baseUrl: string, sessionCookies: string[], maxGroups = 40): string {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const { generated, outcome } = finding;
    const method = generated.requestClass === "method" ? `${generated.request.method} ` : "";
    const answer = outcome.response ? String(outcome.response.status) : "no answer";
    const key = `[${generated.requestClass}] ${method}→ ${answer}: ${finding.problems[0]!.replace(/"[^"]*"/g, '"…"')}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const lines: string[] = [];
  for (const [key, members] of [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, maxGroups)) {
    const sample = members[0]!;
    const routes = [...new Set(members.map((m) => m.generated.route))];
    const answer = sample.outcome.response
      ? `${sample.outcome.response.status} ${sample.outcome.response.headers["content-type"] ?? "(no type)"} ${excerpt(sample.outcome.response.text, 200)}`
      : sample.outcome.error;
    lines.push(`× ${members.length}  ${key}`);
    lines.push(`    on: ${routes.slice(0, 8).join(", ")}${routes.length > 8 ? ` and ${routes.length - 8} more` : ""}`);
    lines.push(`    problems: ${sample.problems.join("; ")}`);
    lines.push(`    answered: ${answer}`);
    lines.push(`    repro:    ${printableCurlOf(sample.generated.request, baseUrl, sessionCookies)}`);
    const previous = sample.outcome.response ? undefined : sample.outcome.previous;
    if (previous) lines.push(`    before it on that connection: ${printableCurlOf(previous, baseUrl, sessionCookies)}`);
  }
  if (groups.size > maxGroups) lines.push(`… and ${groups.size - maxGroups} more groups`);
  return lines.join("\n");
}

export function describeTotals(result: CampaignResult): string {
  const classes = Object.entries(result.byClass).map(([c, n]) => `${c} ${n} (${result.secondsByClass[c as RequestClass].toFixed(0)} s)`).join(", ");
  const statuses = Object.entries(result.byStatus).sort().map(([s, n]) => `${s}×${n}`).join(" ");
  return [
    `hostile-input: ${result.sent} requests in ${result.seconds.toFixed(1)} s (seed ${result.seed}; rerun with HOSTILE_SEED=${result.seed})`,
    `  5xx: ${result.serverErrors}, not sent (refused by node:http): ${result.notSent}, no answer: ${result.noAnswer}, contract violations: ${result.findings.length}`,
    `  by class: ${classes}`,
    `  by status: ${statuses}`,
    `  slowest: ${result.slowest.map((f) => `${f.outcome.response!.ms} ms ${f.generated.route} [${f.generated.requestClass}]`).join("; ")}`,
  ].join("\n");
}
