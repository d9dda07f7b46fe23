// Measures the built-in keywords against realistic notes. Not every note must pass
// (some fixtures are deliberately hard), but accuracy must stay at or above 90%, and the
// misses are printed so keyword changes can be judged by what they fix and what they break.
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "./categories";
import { CATEGORIZER_FIXTURES } from "./categorizer-fixtures";
import { detectCategory } from "./detect-category";

const MIN_ACCURACY = 0.9;

describe("categorizer accuracy", () => {
  it("has at least 200 fixtures covering every category of both types", () => {
    expect(CATEGORIZER_FIXTURES.length).toBeGreaterThanOrEqual(200);
    const covered = new Set(CATEGORIZER_FIXTURES.map((f) => `${f.type}:${f.expected}`));
    const uncovered = CATEGORIES.filter((c) => !covered.has(`${c.type}:${c.name}`)).map((c) => c.name);
    expect(uncovered).toEqual([]);
  });

  it(`categorizes at least ${MIN_ACCURACY * 100}% of the fixtures correctly`, () => {
    const misses = CATEGORIZER_FIXTURES.map((fixture) => ({
      fixture,
      detection: detectCategory(fixture.note, fixture.type),
    }))
      .filter(({ fixture, detection }) => detection.category !== fixture.expected)
      .map(
        ({ fixture, detection }) =>
          `  ${fixture.type} "${fixture.note}": expected ${fixture.expected}, got ${detection.category}` +
          (detection.matched === null ? "" : ` (matched "${detection.matched}")`),
      );

    const total = CATEGORIZER_FIXTURES.length;
    const correct = total - misses.length;
    const accuracy = correct / total;
    console.log(`categorizer accuracy: ${correct}/${total} = ${(accuracy * 100).toFixed(1)}%`);
    if (misses.length > 0) console.log(`misses:\n${misses.join("\n")}`);

    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
