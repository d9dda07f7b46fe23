#!/usr/bin/env bash
# Static checks of the deployment and monitoring files (run by `npm test`):
#   - docker-compose.yml: dclint (compose schema + style), warnings are errors;
#   - monitoring/prometheus.yml: promtool check config;
#   - monitoring/alerts.yml: promtool check rules + the unit tests of
#     monitoring/alerts.test.yml (promtool test rules);
#   - the Grafana dashboard: JSON parses, every panel and target uses the
#     datasource uid `prometheus` (the provisioned one), every target has an
#     expression selecting job="ledgerly", and every expression of the
#     dashboard and of monitoring/README.md parses as PromQL (promtool check
#     rules on generated recording rules).
# Needs promtool: apt-get install -y prometheus (Debian).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v promtool >/dev/null 2>&1; then
  echo "check-monitoring: promtool not found; install it with: apt-get install -y prometheus" >&2
  exit 1
fi

step() { printf '\n== %s\n' "$*"; }

step "dclint docker-compose.yml"
npx --no-install dclint --max-warnings 0 docker-compose.yml
echo "dclint: no problems"

step "promtool check config monitoring/prometheus.yml"
promtool check config monitoring/prometheus.yml

step "promtool check rules monitoring/alerts.yml"
promtool check rules monitoring/alerts.yml

step "promtool test rules monitoring/alerts.test.yml"
promtool test rules monitoring/alerts.test.yml

step "Grafana provisioning and dashboard"
grep -Eq '^[[:space:]]+uid:[[:space:]]+prometheus[[:space:]]*$' monitoring/grafana/provisioning/datasources/prometheus.yml ||
  { echo "datasource provisioning must define uid: prometheus" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

node - monitoring/grafana/dashboards/ledgerly.json <<'JS'
const fs = require("node:fs");
const file = process.argv[2];
let dashboard;
try {
  dashboard = JSON.parse(fs.readFileSync(file, "utf8"));
} catch (err) {
  console.error(`${file}: invalid JSON: ${err.message}`);
  process.exit(1);
}
const problems = [];
let count = 0;
const walk = (panels) => {
  for (const p of panels ?? []) {
    const name = `panel ${p.id} "${p.title}"`;
    if (p.type === "row") { walk(p.panels); continue; }
    count++;
    if (p.datasource?.uid !== "prometheus") problems.push(`${name}: datasource uid is not "prometheus"`);
    if (!Array.isArray(p.targets) || p.targets.length === 0) problems.push(`${name}: no targets`);
    for (const t of p.targets ?? []) {
      if (t.datasource && t.datasource.uid !== "prometheus") problems.push(`${name} target ${t.refId}: datasource uid is not "prometheus"`);
      if (typeof t.expr !== "string" || !t.expr.trim()) problems.push(`${name} target ${t.refId}: no expr`);
      else if (!t.expr.includes('job="ledgerly"')) problems.push(`${name} target ${t.refId}: expr does not select job="ledgerly"`);
    }
    walk(p.panels);
  }
};
if (!dashboard.uid || !dashboard.title) problems.push("dashboard has no uid or title");
walk(dashboard.panels);
if (count === 0) problems.push("dashboard has no panels");
if (problems.length) {
  console.error(problems.map((p) => `${file}: ${p}`).join("\n"));
  process.exit(1);
}
console.log(`${file}: ${count} panels, all on datasource uid "prometheus"`);
JS

# PromQL syntax of every dashboard and README expression, as recording rules
# (JSON is YAML). Whether they return data is checked against a real
# Prometheus by tests/integration/prometheus-scrape.test.ts.
node --import tsx -e '
  const { dashboardQueries, readmeQueries } = await import("./monitoring/dashboard-queries.ts");
  const queries = [...dashboardQueries(), ...readmeQueries()];
  const rules = queries.map((expr, i) => ({ record: `ledgerly:query_${i}`, expr }));
  process.stdout.write(JSON.stringify({ groups: [{ name: "dashboard-and-readme-queries", rules }] }, null, 2));
' >"$tmp/queries.rules.json"
promtool check rules "$tmp/queries.rules.json"

printf '\ncheck-monitoring: all checks passed\n'
