// `node --import tsx bench/detector.ts`: the category detector's cost with the default
// tables: build time, microseconds per note over the held-out and tuning notes, keyword
// count, and the bytes a page downloads for the engine and for the tables (each bundled
// alone by esbuild, minified, then gzipped at level 9).
import { gzipSync } from "node:zlib";
import path from "node:path";
import { build } from "esbuild";
import { buildDetector, defaultCategories } from "../modules/transaction/detection";
import { readNotes } from "../modules/transaction/detection/notes/read-notes";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const BUILDS = Number(process.env.BENCH_BUILDS ?? 50);
const root = path.resolve(import.meta.dirname, "..");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function bundleBytes(entry: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

const categories = defaultCategories().map(({ key, type, keywords }) => ({ id: key, type, keywords }));
const keywordCount = categories.reduce((sum, c) => sum + c.keywords.length, 0);

// The first build compiles every keyword (and warms the JIT); later builds, as for each
// user's own list, reuse the compiled keywords. A user's extra keyword is compiled once.
let start = performance.now();
let detector = buildDetector(categories);
const firstBuild = performance.now() - start;
const buildTimes: number[] = [];
for (let i = 0; i < BUILDS; i++) {
  start = performance.now();
  detector = buildDetector(categories);
  buildTimes.push(performance.now() - start);
}

// A warm build of keywords never seen before: the same lists with trailing spaces (which
// tokenize identically but are new strings, so nothing is reused).
const freshBuildTimes: number[] = [];
for (let i = 1; i <= 10; i++) {
  const fresh = categories.map((c) => ({ ...c, keywords: c.keywords.map((k) => k + " ".repeat(i)) }));
  start = performance.now();
  buildDetector(fresh);
  freshBuildTimes.push(performance.now() - start);
}

const notes = [...readNotes("held-out.tsv"), ...readNotes("held-out-2.tsv"), ...readNotes("tuning.tsv")];
// Warm up (also builds the lazy typo index), then time whole passes over every note.
for (let i = 0; i < 20; i++) for (const n of notes) detector.detect(n.note, n.type);
const passTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  start = performance.now();
  for (const n of notes) detector.detect(n.note, n.type);
  passTimes.push(performance.now() - start);
}
const perNote = (ms: number) => ((ms * 1000) / notes.length).toFixed(2);
let slowest = 0;
for (const n of notes) {
  start = performance.now();
  for (let i = 0; i < 100; i++) detector.detect(n.note, n.type);
  slowest = Math.max(slowest, ((performance.now() - start) * 1000) / 100);
}

const engine = await bundleBytes("modules/transaction/detection/build-detector.ts");
const withTables = await bundleBytes("modules/transaction/detection/default-categories.ts");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

console.log(`keywords: ${keywordCount} in ${categories.length} categories`);
console.log(
  `build: first ${firstBuild.toFixed(1)} ms (compiles every keyword, cold JIT); ` +
    `warm, all keywords new: median ${median(freshBuildTimes).toFixed(1)} ms; ` +
    `rebuild of known keywords: median ${median(buildTimes).toFixed(2)} ms over ${BUILDS} (typo index built lazily on first use)`,
);
console.log(
  `detect: median ${perNote(median(passTimes))} µs/note, best ${perNote(Math.min(...passTimes))} µs/note ` +
    `over ${notes.length} notes x ${ROUNDS} passes; slowest single note ${slowest.toFixed(1)} µs`,
);
console.log(`engine (build-detector.ts): ${kb(engine.minified)} minified, ${kb(engine.gzipped)} gzipped`);
console.log(
  `engine + default tables (default-categories.ts): ${kb(withTables.minified)} minified, ${kb(withTables.gzipped)} gzipped; ` +
    `tables alone ≈ ${kb(withTables.gzipped - engine.gzipped)} gzipped`,
);
