import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CATEGORIES,
  EXPENSE_CATEGORY_NAMES,
  FALLBACK_CATEGORY,
  INCOME_CATEGORY_NAMES,
  findCategory,
  isCategoryOfType,
  type TransactionType,
} from "./categories";
import { detectCategory, normalizeText, tokenize, type LearnedKeyword } from "./detect-category";
import { keywordToLearn } from "./learn-keyword";

const categoriesOf = (type: TransactionType) => CATEGORIES.filter((c) => c.type === type);

describe("categories", () => {
  it("lists exactly the starting categories, in order", () => {
    expect(categoriesOf("expense").map((c) => c.name)).toEqual([...EXPENSE_CATEGORY_NAMES]);
    expect(categoriesOf("income").map((c) => c.name)).toEqual([...INCOME_CATEGORY_NAMES]);
    expect(EXPENSE_CATEGORY_NAMES).toHaveLength(15);
    expect(INCOME_CATEGORY_NAMES).toHaveLength(6);
  });

  it("gives every category a unique slug id", () => {
    const ids = CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(findCategory("Food & Dining")?.id).toBe("food-dining");
    expect(findCategory("Other Income")?.id).toBe("other-income");
  });

  it("falls back to Other / Other Income", () => {
    expect(FALLBACK_CATEGORY).toEqual({ expense: "Other", income: "Other Income" });
    expect(isCategoryOfType(FALLBACK_CATEGORY.expense, "expense")).toBe(true);
    expect(isCategoryOfType(FALLBACK_CATEGORY.income, "income")).toBe(true);
  });

  it("finds categories by exact name and checks their type", () => {
    expect(findCategory("Groceries")?.type).toBe("expense");
    expect(findCategory("groceries")).toBeUndefined();
    expect(findCategory("Pets")).toBeUndefined();
    expect(isCategoryOfType("Salary", "income")).toBe(true);
    expect(isCategoryOfType("Salary", "expense")).toBe(false);
    expect(isCategoryOfType("Nope", "income")).toBe(false);
  });

  it("exposes name tuples usable with z.enum", () => {
    expect(z.enum(EXPENSE_CATEGORY_NAMES).parse("Travel")).toBe("Travel");
    expect(z.enum(INCOME_CATEGORY_NAMES).safeParse("Travel").success).toBe(false);
  });

  it("never gives one keyword to two categories of the same type", () => {
    for (const type of ["expense", "income"] as const) {
      const owners = new Map<string, string[]>();
      for (const category of categoriesOf(type)) {
        for (const keyword of category.keywords) {
          const phrase = normalizeText(keyword);
          owners.set(phrase, [...(owners.get(phrase) ?? []), `${category.name}: ${keyword}`]);
        }
      }
      const duplicates = [...owners.values()].filter((list) => list.length > 1);
      expect(duplicates, `${type} keywords listed more than once`).toEqual([]);
    }
  });

  it("has rich keyword lists: 25+ per expense category but Other, 10+ per income category", () => {
    const thin = CATEGORIES.filter((c) => c.name !== "Other")
      .filter((c) => c.keywords.length < (c.type === "expense" ? 25 : 10))
      .map((c) => `${c.name} (${c.keywords.length})`);
    expect(thin).toEqual([]);
  });

  it("writes keywords in a form that survives normalization", () => {
    for (const category of CATEGORIES) {
      for (const keyword of category.keywords) {
        expect(keyword, `${category.name}: "${keyword}"`).toBe(keyword.toLowerCase().trim());
        expect(normalizeText(keyword), `${category.name}: "${keyword}"`).not.toBe("");
      }
    }
  });

  it("detects each keyword, on its own, as its own category", () => {
    for (const category of CATEGORIES) {
      for (const keyword of category.keywords) {
        expect(detectCategory(keyword, category.type), keyword).toEqual({ category: category.name, matched: keyword });
      }
    }
  });
});

describe("normalizeText", () => {
  it("lowercases and trims", () => {
    expect(normalizeText("  NETFLIX  ")).toBe("netflix");
  });

  it("strips accents", () => {
    expect(normalizeText("Café Crème Brûlée")).toBe("cafe creme brulee");
    expect(normalizeText("São Paulo Açaí")).toBe("sao paulo acai");
  });

  it("deletes apostrophes, straight or typographic, so possessives match both spellings", () => {
    expect(normalizeText("McDonald's")).toBe("mcdonalds");
    expect(normalizeText("McDonald’s")).toBe("mcdonalds");
    expect(normalizeText("mcdonalds")).toBe("mcdonalds");
  });

  it("collapses runs of other characters to single spaces", () => {
    expect(normalizeText("UBER   *TRIP")).toBe("uber trip");
    expect(normalizeText("Netflix.com")).toBe("netflix com");
    expect(normalizeText("AMZN Mktp US*2K4J91")).toBe("amzn mktp us 2k4j91");
    expect(normalizeText("Food & Dining\n\t-- 12,50€")).toBe("food dining 12 50");
  });

  it("keeps non-Latin letters and digits", () => {
    expect(normalizeText("Кафе №5")).toBe("кафе 5");
  });

  it("returns an empty string when nothing is left", () => {
    expect(normalizeText("")).toBe("");
    expect(normalizeText(" *** ")).toBe("");
    expect(tokenize(" *** ")).toEqual([]);
    expect(tokenize("Tesco Express 4521")).toEqual(["tesco", "express", "4521"]);
  });
});

describe("detectCategory", () => {
  it("matches whole words only", () => {
    expect(detectCategory("Barbara", "expense")).toEqual({ category: "Other", matched: null });
    expect(detectCategory("barber", "expense")).toEqual({ category: "Personal Care", matched: "barber" });
    expect(detectCategory("drinks at the bar", "expense").matched).toBe("drinks");
    expect(detectCategory("subwayfare", "expense").category).toBe("Other");
  });

  it("matches multi-word keywords only as a whole phrase", () => {
    expect(detectCategory("Uber Eats", "expense")).toEqual({ category: "Food & Dining", matched: "uber eats" });
    expect(detectCategory("eats before uber", "expense")).toEqual({ category: "Transport", matched: "uber" });
    expect(detectCategory("gas", "expense").category).toBe("Other");
    expect(detectCategory("gas station", "expense").category).toBe("Transport");
    expect(detectCategory("gas bill", "expense").category).toBe("Utilities");
  });

  it("ignores case, accents and punctuation", () => {
    expect(detectCategory("Café de Flore", "expense")).toEqual({ category: "Food & Dining", matched: "cafe" });
    expect(detectCategory("CAFÉ", "expense").category).toBe("Food & Dining");
    expect(detectCategory("NETFLIX.COM", "expense").category).toBe("Subscriptions");
    expect(detectCategory("McDonald’s", "expense").category).toBe("Food & Dining");
    expect(detectCategory("MCDONALDS F123", "expense").category).toBe("Food & Dining");
  });

  it("reports the keyword as written in the list", () => {
    expect(detectCategory("MCDONALDS", "expense").matched).toBe("mcdonald's");
    expect(detectCategory("Disney", "expense").matched).toBe("disney+");
    expect(detectCategory("TRADER JOES #552", "expense").matched).toBe("trader joe's");
  });

  it("prefers the longest matching keyword", () => {
    expect(detectCategory("Amazon Prime", "expense")).toEqual({ category: "Subscriptions", matched: "amazon prime" });
    expect(detectCategory("Amazon order", "expense").category).toBe("Shopping");
    expect(detectCategory("gym membership", "expense").category).toBe("Health");
    expect(detectCategory("apple music", "expense").category).toBe("Subscriptions");
    expect(detectCategory("apple store", "expense").category).toBe("Shopping");
    expect(detectCategory("Ryanair baggage fee", "expense").matched).toBe("baggage fee");
  });

  it("breaks equal-length ties by category order, whatever the word order", () => {
    // "cafe" (Food & Dining) and "taxi" (Transport) are both 4 characters.
    expect(detectCategory("cafe taxi", "expense").category).toBe("Food & Dining");
    expect(detectCategory("taxi cafe", "expense").category).toBe("Food & Dining");
  });

  it("keeps income and expense categories apart", () => {
    expect(detectCategory("interest", "income").category).toBe("Investments");
    expect(detectCategory("interest", "expense").category).toBe("Fees & Charges");
    expect(detectCategory("salary", "expense")).toEqual({ category: "Other", matched: null });
    expect(detectCategory("netflix", "income")).toEqual({ category: "Other Income", matched: null });
    expect(detectCategory("Refund Amazon", "income").category).toBe("Refunds");
    expect(detectCategory("Refund Amazon", "expense").category).toBe("Shopping");
  });

  it("falls back when nothing matches or there is no text", () => {
    for (const text of [null, undefined, "", "   ", "!!!", "ATM withdrawal 1234"]) {
      expect(detectCategory(text, "expense")).toEqual({ category: "Other", matched: null });
      expect(detectCategory(text, "income")).toEqual({ category: "Other Income", matched: null });
    }
  });
});

describe("detectCategory with learned keywords", () => {
  const learned = (keyword: string, category: string, type: TransactionType = "expense"): LearnedKeyword => ({
    keyword,
    category,
    type,
  });

  it("uses a learned keyword when no built-in matches, returning it as given", () => {
    expect(detectCategory("ACME Corp 1234", "expense", [learned("Acme", "Shopping")])).toEqual({
      category: "Shopping",
      matched: "Acme",
    });
  });

  it("allows categories outside the built-in set", () => {
    expect(detectCategory("Rover dog walking", "expense", [learned("rover", "Pets")]).category).toBe("Pets");
  });

  it("matches learned keywords as whole words, ignoring case and accents", () => {
    const keywords = [learned("crème", "Shopping")];
    expect(detectCategory("CREME shop", "expense", keywords).category).toBe("Shopping");
    expect(detectCategory("cremeria", "expense", keywords).category).toBe("Other");
  });

  it("beats a built-in keyword of the same length", () => {
    // keywordToLearn stores the matched built-in keyword itself, so the tie must go to the user.
    expect(detectCategory("UBER *TRIP", "expense", [learned("uber", "Food & Dining")])).toEqual({
      category: "Food & Dining",
      matched: "uber",
    });
  });

  it("beats a shorter built-in keyword", () => {
    expect(detectCategory("Rosie's bar", "expense", [learned("rosies", "Entertainment")]).category).toBe(
      "Entertainment",
    );
  });

  it("loses to a strictly longer built-in keyword", () => {
    expect(detectCategory("Uber Eats", "expense", [learned("uber", "Travel")])).toEqual({
      category: "Food & Dining",
      matched: "uber eats",
    });
  });

  it("ignores learned keywords of the other type and blank ones", () => {
    const keywords = [learned("acme", "Freelance", "income"), learned(" ** ", "Shopping")];
    expect(detectCategory("acme", "expense", keywords).category).toBe("Other");
    expect(detectCategory("acme", "income", keywords).category).toBe("Freelance");
  });

  it("prefers the longest learned keyword, then the earliest in the list", () => {
    const keywords = [learned("acme", "Shopping"), learned("acme labs", "Education"), learned("acme", "Health")];
    expect(detectCategory("Acme Labs", "expense", keywords).category).toBe("Education");
    expect(detectCategory("Acme", "expense", keywords).category).toBe("Shopping");
  });
});

describe("keywordToLearn", () => {
  it("learns the built-in keyword the detector matched, normalized", () => {
    expect(keywordToLearn("McDonald's Oxford St", "expense")).toBe("mcdonalds");
    expect(keywordToLearn("UBER *EATS PENDING", "expense")).toBe("uber eats");
  });

  it("otherwise learns up to two leading significant words", () => {
    expect(keywordToLearn("Payment to ACME Corp 1234", "expense")).toBe("acme");
    expect(keywordToLearn("POS 4821 Blue Apron NY", "expense")).toBe("blue apron");
    expect(keywordToLearn("Rover dog walking 12 Nov", "expense")).toBe("rover dog");
  });

  it("skips stop words, numbers, card references and single letters", () => {
    expect(keywordToLearn("CARD PAYMENT TO 4521 X GLOBEX LTD", "expense")).toBe("globex");
    expect(keywordToLearn("PAYPAL *GLOBEX", "expense")).toBe("globex");
  });

  it("only considers built-in keywords of the given type", () => {
    // "salary" is an income keyword, so for an expense it is just a significant word.
    expect(keywordToLearn("salary advance Globex", "expense")).toBe("salary advance");
    expect(keywordToLearn("salary advance Globex", "income")).toBe("salary");
  });

  it("returns null when nothing is worth remembering", () => {
    expect(keywordToLearn("", "expense")).toBeNull();
    expect(keywordToLearn("Transfer 1234 ref 5678", "income")).toBeNull();
  });

  it("produces a keyword that makes the correction stick", () => {
    for (const note of ["UBER *TRIP", "Payment to ACME Corp 1234"]) {
      const keyword = keywordToLearn(note, "expense");
      expect(keyword).not.toBeNull();
      const keywords: LearnedKeyword[] = [{ keyword: keyword ?? "", category: "Gifts & Donations", type: "expense" }];
      expect(detectCategory(note, "expense", keywords).category).toBe("Gifts & Donations");
    }
  });
});
