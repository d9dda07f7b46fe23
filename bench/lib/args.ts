// The command line of `npm run bench` (npm passes what follows `--`).
export const SECTIONS = ["api", "writes", "memory", "start", "pages", "lighthouse"] as const;
export type Section = (typeof SECTIONS)[number];

export type Options = {
  sizes: number[];
  sections: Set<Section>;
  /** Seconds per load run (the figures: 10). */
  duration: number;
  /** Seconds of the write load (the figure: 30). */
  writeDuration: number;
  /** Interleaved runs per server and endpoint, and Lighthouse runs per page. */
  runs: number;
  connections: number;
  keep: boolean;
  redisUrl: string | undefined;
  compare: [string, string] | null;
};

export const USAGE = `npm run bench -- [--sizes 10000,100000,1000000] [--only ${SECTIONS.join(",")}]
                  [--duration 10] [--write-duration 30] [--runs 3] [--connections 32] [--redis-url redis://…] [--keep]
npm run bench -- --compare a.json b.json`;

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    sizes: [10_000, 100_000],
    sections: new Set(SECTIONS),
    duration: 10,
    writeDuration: 30,
    runs: 3,
    connections: 32,
    keep: false,
    redisUrl: process.env.REDIS_URL || undefined,
    compare: null,
  };
  let durationGiven = false;
  let writeDurationGiven = false;
  const value = (i: number, flag: string) => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith("--")) throw new Error(`${flag} needs a value\n${USAGE}`);
    return next;
  };
  const positive = (text: string, flag: string) => {
    const number = Number(text);
    if (!Number.isFinite(number) || number <= 0) throw new Error(`${flag} must be a positive number, got "${text}"`);
    return number;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    switch (flag) {
      case "--sizes":
        options.sizes = value(i++, flag)
          .split(",")
          .map((s) => Math.round(positive(s.replace(/_/g, ""), flag)));
        break;
      case "--only": {
        const names = value(i++, flag).split(",");
        const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
        if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(", ")}; choose from ${SECTIONS.join(",")}`);
        options.sections = new Set(names as Section[]);
        break;
      }
      case "--duration":
        options.duration = positive(value(i++, flag), flag);
        durationGiven = true;
        break;
      case "--write-duration":
        options.writeDuration = positive(value(i++, flag), flag);
        writeDurationGiven = true;
        break;
      case "--runs":
        options.runs = Math.round(positive(value(i++, flag), flag));
        break;
      case "--connections":
        options.connections = Math.round(positive(value(i++, flag), flag));
        break;
      case "--redis-url":
        options.redisUrl = value(i++, flag);
        break;
      case "--keep":
        options.keep = true;
        break;
      case "--compare":
        options.compare = [value(i, flag), value(i + 1, flag)];
        i += 2;
        break;
      case "--help":
      case "-h":
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument "${flag}"\n${USAGE}`);
    }
  }
  // A short development run (--duration 3) shortens the write load as well.
  if (durationGiven && !writeDurationGiven) options.writeDuration = Math.min(options.writeDuration, options.duration);
  return options;
}
