// What the kernel says about a process (Linux /proc): resident memory, CPU
// time, children. Read directly so the figures are the kernel's, whatever runs inside.
import { readdirSync, readFileSync } from "node:fs";

// utime and stime are in clock ticks: 100 per second on Linux x86-64 and arm64.
const TICKS_PER_SECOND = 100;

function statFields(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may itself hold spaces or ")".
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** VmRSS in MiB, or null when the process is gone (or not on this machine). */
export function rssMiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number | null {
  const fields = statFields(pid);
  // After the name: state(0) ppid(1) … utime(11) stime(12).
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND : null;
}

export function processName(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return null;
  }
}

/** Every live descendant of `pid` (children, their children, …). */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (!fields) continue;
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length) {
    const next = queue.shift()!;
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

/** Sum of VmRSS over the pids still alive (shared pages count once per process). */
export function totalRssMiB(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + (rssMiB(pid) ?? 0), 0);
}

/**
 * Samples the resident memory of some processes every `intervalMs` and keeps
 * the highest value seen, per key: the peak of a run.
 */
export class PeakRss {
  private readonly peaks = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly watched: Record<string, number>,
    intervalMs = 100,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    for (const [key, pid] of Object.entries(this.watched)) {
      const rss = rssMiB(pid);
      if (rss !== null && rss > (this.peaks.get(key) ?? 0)) this.peaks.set(key, rss);
    }
  }

  stop(): Record<string, number> {
    clearInterval(this.timer);
    this.sample();
    return Object.fromEntries(this.peaks);
  }
}

/** Busy and total jiffies of all CPUs so far (/proc/stat's first line; idle and iowait count as not busy). */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - fields[3]! - fields[4]!, total };
}

/**
 * Waits until the whole machine has been nearly idle for a second (under
 * `maxBusy` of its CPUs), at most `timeoutMs`; returns how busy the last
 * second was. Browser measurements (Lighthouse scales the main-thread time it
 * observes) are otherwise skewed by what a previous section left running: a
 * database of a million rows being vacuumed, checkpointed or dropped.
 */
export async function waitForQuietMachine(maxBusy = 0.1, timeoutMs = 180_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let busy = 1;
  while (Date.now() < deadline) {
    const before = machineTicks();
    await new Promise((r) => setTimeout(r, 1_000));
    const after = machineTicks();
    busy = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (busy <= maxBusy) break;
  }
  return busy;
}
