// The bench's TCP ports: one fixed range (4100–4199 unless BENCH_PORT_BASE
// moves it), so it never takes a port another service or test run on this machine uses.
const base = Number(process.env.BENCH_PORT_BASE || 4100);

export const PORTS = {
  app: base,
  bare: base + 1,
  /** `npm start` in the start and memory sections. */
  launcher: base + 2,
  /** Chrome's DevTools port for Lighthouse. */
  lighthouseChrome: base + 3,
} as const;
