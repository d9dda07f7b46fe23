import { describe, expect, it, vi } from "vitest";
import { fieldProblem, problemMessage, retryWaitInWords, showFieldProblems } from "./api-problem";

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

const problem = (errors: { path: string; message: string }[]) => ({
  status: 400,
  code: "validation_failed",
  title: "Invalid request",
  detail: "Some fields are invalid.",
  errors,
});

describe("fieldProblem", () => {
  it("finds a field's message, a list item's included", () => {
    const found = problem([{ path: "keywords.2", message: "is taken" }, { path: "name", message: "is required" }]);
    expect(fieldProblem(found, "name")).toBe("is required");
    expect(fieldProblem(found, "keywords")).toBe("is taken");
    expect(fieldProblem(found, "key")).toBeUndefined();
  });
});

describe("showFieldProblems", () => {
  it("puts the named fields' messages on them, focuses the first and says whether any matched", () => {
    const setError = vi.fn();
    const shown = showFieldProblems<{ email: string; currency: string }>(
      problem([{ path: "other", message: "x" }, { path: "email", message: "is invalid" }, { path: "timezone", message: "is unknown" }]),
      ["email", "currency"],
      setError,
      { timezone: "currency" },
    );
    expect(shown).toBe(true);
    expect(setError.mock.calls).toEqual([
      ["email", { type: "server", message: "is invalid" }, { shouldFocus: true }],
      ["currency", { type: "server", message: "is unknown" }, { shouldFocus: false }],
    ]);
  });

  it("answers false when no field matched", () => {
    const setError = vi.fn();
    expect(showFieldProblems<{ email: string }>(problem([{ path: "x", message: "y" }]), ["email"], setError)).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});

describe("problemMessage", () => {
  it("says when to try again after a rate limit", () => {
    const limited = { status: 429, code: "rate_limited", title: "Too many requests", detail: "Slow down." };
    expect(problemMessage({ problem: limited, retryAfterSeconds: 45 }, "sign-in attempts")).toBe(
      "Too many sign-in attempts. Try again in 45 seconds.",
    );
    expect(problemMessage({ problem: limited, retryAfterSeconds: null })).toBe("Too many attempts. Wait a little, then try again.");
  });

  it("spells out field problems no field showed, and hides a 500's detail", () => {
    expect(problemMessage({ problem: problem([{ path: "scope", message: "is invalid" }]), retryAfterSeconds: null })).toBe(
      "Please check: scope is invalid.",
    );
    const broken = { status: 500, code: "internal", title: "Internal error", detail: "boom" };
    expect(problemMessage({ problem: broken, retryAfterSeconds: null })).toBe("Something went wrong on our side. Try again in a moment.");
  });
});
