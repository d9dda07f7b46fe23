// The run as JSON under bench/results/, and `--compare a.json b.json`.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Results } from "./report";
import { cell, formatTable } from "./table";

export function machine(root: string, postgres: string): Record<string, unknown> {
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  };
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg(),
    kernel: os.release(),
    node: process.version,
    postgres,
    commit: git("rev-parse", "HEAD"),
    uncommittedFiles: git("status", "--porcelain")?.split("\n").filter(Boolean).length ?? null,
  };
}

export function save(root: string, results: Results): string {
  const dir = path.join(root, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${results.startedAt.replace(/:/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

// Leaves not worth a line in a comparison: per-run raw figures and lists.
const SKIPPED = new Set(["runs", "statuses", "processes", "largest", "shortfalls", "machine", "argv", "sectionSeconds", "runsMs"]);

function flatten(value: unknown, prefix: string, into: Map<string, number>): void {
  if (typeof value === "number") into.set(prefix, value);
  else if (typeof value === "boolean") into.set(prefix, value ? 1 : 0);
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (!SKIPPED.has(key)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  }
}

/** Every figure of two result files side by side, with B's change against A. */
export function compare(fileA: string, fileB: string): string {
  const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Results;
  const [a, b] = [read(fileA), read(fileB)];
  const flatA = new Map<string, number>();
  const flatB = new Map<string, number>();
  flatten(a, "", flatA);
  flatten(b, "", flatB);
  const keys = [...new Set([...flatA.keys(), ...flatB.keys()])];
  const rows = keys.map((key) => {
    const [x, y] = [flatA.get(key), flatB.get(key)];
    const change = x !== undefined && y !== undefined && x !== 0 ? `${cell(y / x, 2)}×` : "";
    return [key, cell(x, 2), cell(y, 2), change];
  });
  const header = `A: ${fileA} (${a.startedAt}, ${String(a.machine?.commit ?? "").slice(0, 8)})\nB: ${fileB} (${b.startedAt}, ${String(b.machine?.commit ?? "").slice(0, 8)})\n`;
  return header + formatTable(["figure", "A", "B", "B/A"], rows);
}
