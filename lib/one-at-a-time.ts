// Work that holds a whole file's rows in memory at once (a CSV import's
// preview or commit: more than half the capped heap for a 10 MiB file) runs
// one at a time in a process, the others waiting their turn. The heap is capped
// (package.json's start script), and two such files at once outgrew it: the
// process died, taking every request in flight with it.
//
// The queue lives on globalThis: a route group's bundle has its own copy of
// this module, and every copy must share the one queue.
const QUEUE = Symbol.for("ledgerly.one-at-a-time");
type Queue = { tail: Promise<void> };
const queue: Queue = ((globalThis as Record<symbol, unknown>)[QUEUE] as Queue | undefined) ?? ((globalThis as Record<symbol, unknown>)[QUEUE] = { tail: Promise.resolve() } as Queue);

const settled = () => undefined;

/** Runs `work` after every earlier call's work has settled, whether it succeeded or failed. */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.tail.then(work);
  queue.tail = run.then(settled, settled);
  return run;
}
