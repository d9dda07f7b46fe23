// How well the default tables categorise notes written by people, on two sets
// (README.md, "Measurement"): the tuning set, which keywords may be tuned on, and the
// held-out files, each committed before it was first scored and never read by the tables.
// Prints accuracy, recall per category and every held-out miss; fails if either set
// drops below its floor (what was reached, rounded down to a whole percent).
import { describe, expect, it } from "vitest";
import { defaultCategories, defaultDetector } from "./default-categories";
import { readNotes, type LabelledNote } from "./notes/read-notes";

// Floors are what was reached, rounded down to a whole percent (README.md, "Measurement").
// held-out.tsv first scored 99.4% (before the fixes its misses pointed at) and 99.8% after;
// held-out-2.tsv was written and committed after those fixes and scored 97.7% on its first run.
const HELD_OUT_FLOORS: Readonly<Record<string, number>> = { "held-out.tsv": 0.99, "held-out-2.tsv": 0.97 };
const HELD_OUT_FLOOR = 0.99;
const TUNING_FLOOR = 0.99;
const HELD_OUT_FILES = Object.keys(HELD_OUT_FLOORS);
const MIN_HELD_OUT_NOTES = 420;

const categories = defaultCategories();
const detector = defaultDetector();
const nameOfKey = new Map(categories.map((c) => [c.key, c.name]));
const FALLBACK = { expense: "Other", income: "Other Income" } as const;

type Result = LabelledNote & { got: string; matched: string | null };

function run(notes: readonly LabelledNote[]): Result[] {
  return notes.map((note) => {
    const { categoryId, matched } = detector.detect(note.note, note.type);
    const got = categoryId === null ? FALLBACK[note.type] : (nameOfKey.get(categoryId) ?? categoryId);
    return { ...note, got, matched };
  });
}

function report(label: string, results: readonly Result[]): number {
  const correct = results.filter((r) => r.got === r.category).length;
  const accuracy = correct / results.length;
  const recall = categories.map((c) => {
    const of = results.filter((r) => r.type === c.type && r.category === c.name);
    const hits = of.filter((r) => r.got === r.category).length;
    return `  ${c.type.padEnd(7)} ${c.name.padEnd(18)} ${String(hits).padStart(3)}/${String(of.length).padEnd(3)} ${of.length === 0 ? "-" : `${((100 * hits) / of.length).toFixed(0)}%`}`;
  });
  console.log(`${label}: ${correct}/${results.length} = ${(100 * accuracy).toFixed(1)}%\nrecall per category:\n${recall.join("\n")}`);
  return accuracy;
}

function misses(results: readonly Result[]): string {
  return results
    .filter((r) => r.got !== r.category)
    .map((r) => `  ${r.type} "${r.note}": expected ${r.category}, got ${r.got}${r.matched === null ? "" : ` (matched "${r.matched}")`}`)
    .join("\n");
}

const tuning = readNotes("tuning.tsv");
const heldOut = HELD_OUT_FILES.flatMap((file) => readNotes(file));

describe("detection accuracy", () => {
  it("labels every note with a default category of its type", () => {
    const names = new Set(categories.map((c) => `${c.type}:${c.name}`));
    const unknown = [...tuning, ...heldOut].filter((n) => !names.has(`${n.type}:${n.category}`)).map((n) => `${n.line}: ${n.category}`);
    expect(unknown).toEqual([]);
  });

  it(`holds out at least ${MIN_HELD_OUT_NOTES} notes covering every category, none of them in the tuning set`, () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(MIN_HELD_OUT_NOTES);
    const covered = new Set(heldOut.map((n) => `${n.type}:${n.category}`));
    expect(categories.filter((c) => !covered.has(`${c.type}:${c.name}`)).map((c) => c.name)).toEqual([]);
    const same = (n: LabelledNote) => `${n.type}:${n.note.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;
    const held = new Set(heldOut.map(same));
    expect(tuning.filter((n) => held.has(same(n))).map((n) => n.note)).toEqual([]);
  });

  it(`scores at least ${TUNING_FLOOR * 100}% on the tuning set`, () => {
    expect(tuning.length).toBeGreaterThanOrEqual(400);
    expect(report("tuning", run(tuning))).toBeGreaterThanOrEqual(TUNING_FLOOR);
  });

  it.each(HELD_OUT_FILES)("scores at least its floor on the held-out notes of %s", (file) => {
    const results = run(readNotes(file));
    const accuracy = report(`held-out ${file}`, results);
    const missed = misses(results);
    if (missed !== "") console.log(`held-out ${file} misses:\n${missed}`);
    expect(accuracy).toBeGreaterThanOrEqual(HELD_OUT_FLOORS[file]!);
  });

  it(`scores at least ${HELD_OUT_FLOOR * 100}% on all held-out notes together`, () => {
    expect(report("held-out, all files", run(heldOut))).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });
});
