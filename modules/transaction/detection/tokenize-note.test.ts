import { describe, expect, it } from "vitest";
import { tokenizeNote } from "./tokenize-note";

const words = (text: string) => tokenizeNote(text).map((t) => t.word);
const glued = (text: string) => tokenizeNote(text).filter((t) => t.glued).map((t) => t.word);

describe("tokenizeNote", () => {
  it("folds case, accents and apostrophes, and splits on everything else", () => {
    expect(words("Café  Crème")).toEqual(["cafe", "creme"]);
    expect(words("Domino's / McDonald’s")).toEqual(["dominos", "mcdonalds"]);
    expect(words("UPI/ZOMATO/4521")).toEqual(["upi", "zomato", "4521"]);
    expect(words("SQ *BLUE BOTTLE")).toEqual(["sq", "blue", "bottle"]);
    expect(words("wi-fi")).toEqual(["wi", "fi"]);
    expect(words("Straße Øre")).toEqual(["strasse", "ore"]);
  });

  it("reads + as plus", () => {
    expect(words("Disney+ Hotstar")).toEqual(["disney", "plus", "hotstar"]);
    expect(words("canal+")).toEqual(["canal", "plus"]);
  });

  it("splits references off a merchant but keeps codes and digit brands whole", () => {
    expect(words("SWIGGY8@YBL")).toEqual(["swiggy", "8", "ybl"]);
    expect(words("TESCO2931")).toEqual(["tesco", "2931"]);
    expect(words("zee5 1mg o2")).toEqual(["zee5", "1mg", "o2"]);
    expect(words("US*2K4LX9")).toEqual(["us", "2k4lx9"]);
    expect(words("4512XXXXXXXX8891")).toEqual(["4512xxxxxxxx8891"]);
  });

  it("marks capital blocks and handles as possibly glued, never lowercase words", () => {
    expect(glued("SWIGGYINSTAMART order")).toEqual(["swiggyinstamart"]);
    expect(glued("zomato.payu@hdfcbank")).toEqual(["zomato", "payu", "hdfcbank"]);
    expect(glued("swiggyinstamart registration")).toEqual([]);
    expect(glued("parental leave")).toEqual([]);
    expect(glued("BUS TAXI")).toEqual([]);
  });

  it("returns nothing for blank text", () => {
    expect(tokenizeNote("")).toEqual([]);
    expect(tokenizeNote(" *** / -- ")).toEqual([]);
  });
});
