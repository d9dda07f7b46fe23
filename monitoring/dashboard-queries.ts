// Every PromQL expression shown to people: the Grafana dashboard's panel
// targets and the ```promql blocks of monitoring/README.md.
// tests/integration/prometheus-scrape.test.ts runs each one through a real
// Prometheus scraping the real app, so a renamed metric or a broken query fails
// a test instead of showing "No data" in Grafana.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DASHBOARD_PATH = fileURLToPath(new URL("./grafana/dashboards/ledgerly.json", import.meta.url));
export const README_PATH = fileURLToPath(new URL("./README.md", import.meta.url));

interface Target {
  expr?: unknown;
}

interface Panel {
  targets?: Target[];
  panels?: Panel[]; // collapsed rows nest their panels
}

function collect(panels: Panel[] | undefined, out: string[]): void {
  for (const panel of panels ?? []) {
    for (const target of panel.targets ?? []) {
      if (typeof target.expr === "string" && target.expr.trim() !== "") out.push(target.expr.trim());
    }
    collect(panel.panels, out);
  }
}

/** Every `expr` of every panel target of the Ledgerly dashboard, in panel order. */
export function dashboardQueries(path: string = DASHBOARD_PATH): string[] {
  const dashboard = JSON.parse(readFileSync(path, "utf8")) as { panels?: Panel[] };
  const out: string[] = [];
  collect(dashboard.panels, out);
  return out;
}

/** The body of every ```promql fenced block of the monitoring README (one expression per block). */
export function readmeQueries(path: string = README_PATH): string[] {
  const text = readFileSync(path, "utf8");
  return [...text.matchAll(/^```promql[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm)]
    .map((m) => (m[1] ?? "").trim())
    .filter((q) => q !== "");
}
