import { describe, expect, it } from "vitest";
import { crossedThresholds } from "./threshold-crossings";

describe("crossedThresholds", () => {
  it.each([
    ["ok", "ok", []],
    ["ok", "warning", ["80"]],
    ["ok", "over", ["80", "100"]],
    ["warning", "over", ["100"]],
    ["warning", "warning", []],
    ["over", "warning", []],
    ["over", "ok", []],
  ] as const)("from %s to %s crosses %j", (before, after, thresholds) => {
    expect(crossedThresholds(before, after)).toEqual(thresholds);
  });
});
