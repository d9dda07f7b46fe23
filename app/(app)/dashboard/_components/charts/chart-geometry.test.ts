import { describe, expect, it } from "vitest";
import { linearScale, nearestIndex, niceStep, niceTicks, ringSegment, roundedTopBar, visibleTicks } from "./chart-geometry";

describe("chart-geometry", () => {
  it("picks 1, 2, 2.5 or 5 × 10^n steps", () => {
    expect(niceStep(10_000, 4)).toBe(2_500);
    expect(niceStep(12_000, 4)).toBe(5_000);
    expect(niceStep(6_750, 4)).toBe(2_000);
    expect(niceStep(0, 4)).toBe(1);
  });

  it("covers the data and zero with nice ticks", () => {
    expect(niceTicks(0, 6_750)).toEqual([0, 2_000, 4_000, 6_000, 8_000]);
    expect(niceTicks(-1_200, 11_600)).toEqual([-5_000, 0, 5_000, 10_000, 15_000]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });

  it("maps a domain onto a range, upside down for y", () => {
    const y = linearScale(0, 100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(y(100)).toBe(0);
  });

  it("keeps the first and last labels and drops crowded ones between", () => {
    const positions = Array.from({ length: 31 }, (_, i) => i * 10);
    const labels = positions.map((_, i) => String(i + 1));
    const shown = visibleTicks(positions, labels, 12);
    expect(shown[0]).toBe(true);
    expect(shown[30]).toBe(true);
    expect(shown.filter(Boolean).length).toBeLessThan(31);
    expect(visibleTicks([0, 100, 200], ["a", "b", "c"], 8)).toEqual([true, true, true]);
  });

  it("finds the nearest position", () => {
    expect(nearestIndex([0, 10, 20], 14)).toBe(1);
    expect(nearestIndex([0, 10, 20], 16)).toBe(2);
  });

  it("draws nothing for an empty bar, and a closed path otherwise", () => {
    expect(roundedTopBar(0, 0, 10, 0, 3)).toBe("");
    expect(roundedTopBar(0, 0, 10, 20, 3)).toMatch(/^M.*Z$/);
  });

  it("starts a ring segment at three o'clock and turns counter-clockwise", () => {
    // A quarter from 0 to π/2 ends at twelve o'clock: up, so a smaller y.
    const quarter = ringSegment(50, 50, 20, 40, 0, Math.PI / 2);
    expect(quarter.startsWith("M90,50")).toBe(true);
    expect(quarter).toContain("50,10");
    // A whole ring still draws (two half arcs each way).
    expect(ringSegment(50, 50, 20, 40, 0, Math.PI * 2).match(/A/g)).toHaveLength(4);
  });
});
