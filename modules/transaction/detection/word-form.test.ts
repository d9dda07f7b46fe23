import { describe, expect, it } from "vitest";
import { singularForm } from "./word-form";

const same = (a: string, b: string) => expect(singularForm(a), `${a} vs ${b}`).toBe(singularForm(b));

describe("singularForm", () => {
  it("gives a plural and its singular one form", () => {
    same("tickets", "ticket");
    same("classes", "class");
    same("medicines", "medicine");
    same("charges", "charge");
    same("fees", "fee");
    same("lunches", "lunch");
    same("taxes", "tax");
    same("shoes", "shoe");
    same("potatoes", "potato");
    same("days", "day");
  });

  it("meets both spellings of a final y / ie", () => {
    same("groceries", "grocery");
    same("utilities", "utility");
    same("movies", "movie");
    same("hoodies", "hoodie");
  });

  it("handles irregular plurals", () => {
    same("buses", "bus");
    same("taxis", "taxi");
    same("lenses", "lens");
  });

  it("leaves words whose s is not a plural alone", () => {
    for (const word of ["bus", "gas", "news", "plus", "bonus", "class", "tennis", "christmas", "vegas", "canvas"]) {
      expect(singularForm(word), word).toBe(word);
    }
    expect(singularForm("news")).not.toBe(singularForm("new"));
    expect(singularForm("canvas")).not.toBe(singularForm("canva"));
    expect(singularForm("currys")).not.toBe(singularForm("curry"));
  });

  it("never folds other suffixes", () => {
    expect(singularForm("parking")).not.toBe(singularForm("park"));
    expect(singularForm("trainer")).not.toBe(singularForm("train"));
    expect(singularForm("rental")).not.toBe(singularForm("rent"));
  });

  it("leaves words with digits and short words alone", () => {
    expect(singularForm("1mg")).toBe("1mg");
    expect(singularForm("zee5")).toBe("zee5");
    expect(singularForm("its")).toBe("its");
  });
});
