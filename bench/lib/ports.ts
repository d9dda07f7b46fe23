// The bench's TCP ports: one fixed range (4100–4199), so it never takes a
// port another service or test run on this machine uses.
export const PORTS = {
  app: 4100,
  bare: 4101,
  /** `npm start` in the start and memory sections. */
  launcher: 4102,
  /** Chrome's DevTools port for Lighthouse. */
  lighthouseChrome: 4103,
} as const;
