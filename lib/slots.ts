// A number of slots for work that must not run more than so many at once in a
// process, the rest waiting their turn in order. Two kinds use it:
// - work that holds a whole file's rows in memory (a CSV import's preview or
//   commit: more than half the capped heap for a 10 MiB file): two at once
//   outgrew the heap cap (package.json's start script) and the process died,
//   taking every request in flight with it;
// - exports, which hold a pool connection for as long as their reader reads:
//   ten slow downloads would otherwise take the whole pool from the API.
//
// Slots live on globalThis: a route group's bundle has its own copy of this
// module, and every copy must share the same slots.
type State = { free: number; waiting: Array<() => void> };

export type Slots = {
  /** Waits for a slot; call the answer once to give it back. */
  acquire(): Promise<() => void>;
  /** Runs `work` in a slot, given back however `work` ends. */
  run<T>(work: () => Promise<T>): Promise<T>;
};

export function slots(name: string, count: number): Slots {
  const key = Symbol.for(`ledgerly.slots.${name}`);
  const registry = globalThis as Record<symbol, State | undefined>;
  const state = (registry[key] ??= { free: count, waiting: [] });
  const giveBack = () => {
    const next = state.waiting.shift();
    if (next) next();
    else state.free++;
  };
  const acquire = async () => {
    if (state.free > 0) state.free--;
    else await new Promise<void>((resolve) => state.waiting.push(resolve));
    let given = false;
    return () => {
      if (given) return;
      given = true;
      giveBack();
    };
  };
  return {
    acquire,
    async run(work) {
      const release = await acquire();
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
