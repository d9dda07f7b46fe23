import { describe, expect, it } from "vitest";
import { canonicalKeyword } from "./canonical-keyword";

describe("canonicalKeyword", () => {
  it("makes spellings of one keyword the same", () => {
    expect(canonicalKeyword("Wi-Fi")).toBe(canonicalKeyword("wifi"));
    expect(canonicalKeyword("wi fi")).toBe(canonicalKeyword("WIFI"));
    expect(canonicalKeyword("Domino's")).toBe(canonicalKeyword("dominos"));
    expect(canonicalKeyword("Tickets")).toBe(canonicalKeyword("ticket"));
    expect(canonicalKeyword("Movie Tickets")).toBe(canonicalKeyword("movie ticket"));
    expect(canonicalKeyword("Swiggy Instamart")).toBe(canonicalKeyword("SWIGGYINSTAMART"));
    expect(canonicalKeyword("Café")).toBe(canonicalKeyword("cafe"));
    expect(canonicalKeyword("cult.fit")).toBe(canonicalKeyword("cultfit"));
  });

  it("keeps different keywords apart", () => {
    expect(canonicalKeyword("rent")).not.toBe(canonicalKeyword("rental"));
    expect(canonicalKeyword("gas")).not.toBe(canonicalKeyword("gas station"));
    expect(canonicalKeyword("bus")).not.toBe(canonicalKeyword("business"));
    expect(canonicalKeyword("google 1")).not.toBe(canonicalKeyword("google"));
  });

  it("is empty when nothing is left", () => {
    expect(canonicalKeyword("  *** ")).toBe("");
  });
});
