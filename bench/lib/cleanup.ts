// Everything the bench starts or creates registers how to undo it, so an
// interrupted run (Ctrl-C, a failed section) still stops its processes and
// drops its database.
const pending = new Map<number, { label: string; undo: () => Promise<void> }>();
let next = 0;

/** Registers an undo step; the returned function runs it now (once) and unregisters it. */
export function onCleanup(label: string, undo: () => Promise<void>): () => Promise<void> {
  const id = next++;
  pending.set(id, { label, undo });
  return async () => {
    if (!pending.delete(id)) return;
    await undo();
  };
}

/** Runs the outstanding steps, newest first. */
export async function cleanUpAll(): Promise<void> {
  for (const [id, step] of [...pending].reverse()) {
    pending.delete(id);
    await step.undo().catch((error: unknown) => console.error(`cleanup (${step.label}) failed:`, error));
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping what the bench started …`);
    void cleanUpAll().finally(() => process.exit(130));
  });
}
