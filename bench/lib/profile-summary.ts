// The top of a V8 CPU profile (.cpuprofile from node --cpu-prof): self time
// per function and per package (node_modules/<name>, Next's chunks by file,
// our own code, Node's internals), as the share of all samples. Frames in the
// built app's chunks are mapped back to their source file and function through
// the chunks' source maps (the server build is minified).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer, type RawSourceMap } from "source-map-js";
type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; endTime: number };

function packageOf(url: string): string {
  if (!url) return "(native / idle / gc)";
  if (url.startsWith("node:")) return "node internals";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    const name = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (name === "next") return `next/${rest.slice(1, 4).join("/")}`;
    return name;
  }
  const chunk = url.match(/\.next[^/]*\/server\/(.*)$/);
  if (chunk) return `app bundle: ${chunk[1]}`;
  return url.replace(/^file:\/\/.*?\/work\/main\//, "");
}

/**
 * `window`: seconds before the profile's end, [from, to], to count samples in
 * (the load, not the start-up and sign-ins before it).
 */
type IndexMap = { sections: Array<{ offset: { line: number; column: number }; map: RawSourceMap }> };
const maps = new Map<string, Array<{ line: number; column: number; consumer: SourceMapConsumer }> | null>();

/** "modules/user/clock.ts todayIn" for a frame in a built chunk with a source map; null otherwise. */
function original(url: string, line: number, column: number): string | null {
  if (!url.startsWith("file://")) return null;
  if (!maps.has(url)) {
    const file = `${fileURLToPath(url)}.map`;
    if (!existsSync(file)) maps.set(url, null);
    else {
      const raw = JSON.parse(readFileSync(file, "utf8")) as IndexMap | RawSourceMap;
      const sections = "sections" in raw ? raw.sections : [{ offset: { line: 0, column: 0 }, map: raw }];
      maps.set(url, sections.map((s) => ({ ...s.offset, consumer: new SourceMapConsumer(s.map) })));
    }
  }
  const sections = maps.get(url);
  if (!sections) return null;
  const section = sections.findLast((s) => s.line < line || (s.line === line && s.column <= column));
  if (!section) return null;
  const position = section.consumer.originalPositionFor({
    line: line - section.line + 1,
    column: line === section.line ? column - section.column : column,
  });
  if (!position.source) return null;
  const source = position.source.replace(/^(\.\.\/)+/, "").replace(/^\[project\]\//, "");
  return `${source}:${position.line} ${position.name ?? ""}`.trim();
}

export function summarizeProfile(profile: Profile, top: number, window?: { fromEnd: number; toEnd: number }): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = profile.endTime - profile.timeDeltas.reduce((a, b) => a + b, 0);
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const beforeEnd = (profile.endTime - at) / 1e6;
    if (window && (beforeEnd > window.fromEnd || beforeEnd < window.toEnd)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const idle = [...selfUs].filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)").reduce((a, [, us]) => a + us, 0);
  const busy = total - idle;
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    if (functionName === "(idle)") continue;
    const key = original(url, lineNumber, columnNumber) ?? `${functionName || "(anonymous)"} ${packageOf(url)}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
    const pkg = original(url, lineNumber, columnNumber)?.split(":")[0] ?? packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `  ${pct(us)}  ${k}`)
      .join("\n");
  const ours = ownCodeTotals(profile, byId, selfUs);
  return `busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s sampled\nby package (self time):\n${list(packages)}\nby function (self time):\n${list(functions)}\nour own functions (total time, with what they call):\n${list(ours)}`;
}

/**
 * Self time says which leaf burns the CPU (mostly React's and Node's); total
 * time says which of our functions a request's time is spent under, e.g. the
 * session lookup or a page's data read. A function counts once per sample
 * however deep it recurses.
 */
const OWN_CODE = /^(app|components|lib|modules)\//;

function ownCodeTotals(profile: Profile, byId: Map<number, ProfileNode>, selfUs: Map<number, number>): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const names = new Map<number, string | null>();
  const nameOf = (id: number) => {
    if (!names.has(id)) {
      const { url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
      const name = original(url, lineNumber, columnNumber);
      names.set(id, name && OWN_CODE.test(name) ? name : null);
    }
    return names.get(id)!;
  };
  const totals = new Map<string, number>();
  for (const [id, us] of selfUs) {
    if (byId.get(id)!.callFrame.functionName === "(idle)") continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(at);
      if (name && !seen.has(name)) {
        seen.add(name);
        totals.set(name, (totals.get(name) ?? 0) + us);
      }
    }
  }
  return totals;
}
