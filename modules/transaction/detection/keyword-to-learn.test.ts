import { describe, expect, it } from "vitest";
import { buildDetector } from "./build-detector";
import { keywordToLearn } from "./keyword-to-learn";

const detector = buildDetector([
  { id: "shopping", type: "expense", keywords: ["Amazon", "shoes"] },
  { id: "food", type: "expense", keywords: ["lunch"] },
]);
const learn = (note: string) => keywordToLearn(note, detector.detect(note, "expense"));

describe("keywordToLearn", () => {
  it("learns the keyword that decided, as written in the list", () => {
    expect(learn("AMAZON order 403-1234567")).toBe("Amazon");
    expect(keywordToLearn("anything", { matched: "swiggy instamart" })).toBe("swiggy instamart");
  });

  it("otherwise learns the merchant: the first run of significant words, at most two", () => {
    expect(learn("Payment to ACME Corp 1234")).toBe("acme");
    expect(learn("POS 4821 Blue Apron NY")).toBe("blue apron");
    expect(learn("bigbazaar weekly")).toBe("bigbazaar");
    expect(learn("CARD PAYMENT TO PETSMART STORE 0231 ON 12 NOV")).toBe("petsmart");
  });

  it("prefers words written with a capital in a note that mixes cases", () => {
    expect(learn("paid for stuff at Joe's Garage")).toBe("joes garage");
    expect(learn("weekly Pedigree order")).toBe("pedigree");
  });

  it("never learns numbers, codes, stop words or bank noise", () => {
    expect(learn("UPI/DR/412398765432/RAMESH KUMAR/SBIN/ramesh123@oksbi/Payment")).toBe("ramesh kumar");
    expect(learn("SQ *PHILZ 0123")).toBe("philz");
    expect(learn("NEFT IMPS 20240611 XXXX1234")).toBeNull();
    expect(learn("the of and 2024")).toBeNull();
    expect(learn("transfer 1234")).toBeNull();
    expect(learn("")).toBeNull();
  });

  it("keeps a learned keyword within 60 characters", () => {
    const learned = learn(`${"a".repeat(45)} ${"b".repeat(45)}`);
    expect(learned).not.toBeNull();
    expect(learned!.length).toBeLessThanOrEqual(60);
  });

  it("learns a keyword that detects the same note afterwards", () => {
    for (const note of ["POS 4821 Blue Apron NY", "paid at Joe's Garage", "RAZORPAY*CHAIPOINT 8899"]) {
      const keyword = learn(note)!;
      const taught = buildDetector([{ id: "mine", type: "expense", keywords: [keyword] }]);
      expect(taught.detect(note, "expense").categoryId, `${note} -> ${keyword}`).toBe("mine");
    }
  });
});
