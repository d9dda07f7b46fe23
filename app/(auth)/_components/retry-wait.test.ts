import { describe, expect, it } from "vitest";
import { retryWaitInWords } from "./retry-wait";

describe("retryWaitInWords", () => {
  it.each([
    [0, "in 1 second"],
    [1, "in 1 second"],
    [45, "in 45 seconds"],
    [59.2, "in 1 minute"],
    [60, "in 1 minute"],
    [61, "in 2 minutes"],
    [15 * 60, "in 15 minutes"],
    [119 * 60, "in 119 minutes"],
    [2 * 3600, "in 2 hours"],
    [3 * 3600 - 5, "in 3 hours"],
  ])("says %s s as %j", (seconds, words) => {
    expect(retryWaitInWords(seconds)).toBe(words);
  });
});
