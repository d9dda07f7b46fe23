// The default tables: API.md's list, the keyword constraints, and the original app's
// keyword map (shared/reference/seed-categories.md) as the floor.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NOISE_WORDS, STOP_WORDS } from "./bank-noise";
import { canonicalKeyword } from "./canonical-keyword";
import { defaultCategories, defaultDetector } from "./default-categories";

const categories = defaultCategories();
const detector = defaultDetector();
const keyOfName = new Map(categories.map((c) => [`${c.type}:${c.name}`, c.key]));
const expense = (text: string) => detector.detect(text, "expense").categoryId ?? "other";

/** What API.md allows per category, and what the defaults keep free for the user's own keywords. */
const API_MAX_PER_CATEGORY = 300;
const DEFAULT_MAX_PER_CATEGORY = 250;

describe("default categories", () => {
  it("are exactly API.md's set, in its order", () => {
    expect(categories.filter((c) => c.type === "expense").map((c) => c.name)).toEqual([
      "Food & Dining", "Groceries", "Transport", "Housing", "Utilities", "Shopping", "Entertainment", "Health",
      "Education", "Travel", "Subscriptions", "Personal Care", "Gifts & Donations", "Fees & Charges", "Other",
    ]);
    expect(categories.filter((c) => c.type === "income").map((c) => c.name)).toEqual([
      "Salary", "Freelance", "Investments", "Refunds", "Gifts", "Other Income",
    ]);
    expect(new Set(categories.map((c) => c.key)).size).toBe(categories.length);
  });

  it("are one JSON file each, with the region groups only", () => {
    const root = path.join(import.meta.dirname, "keywords");
    const files = ["expense", "income"].flatMap((type) => readdirSync(path.join(root, type)).map((f) => path.join(root, type, f)));
    expect(files).toHaveLength(categories.length);
    for (const file of files) {
      const data = JSON.parse(readFileSync(file, "utf8"));
      expect(Object.keys(data).sort(), file).toEqual(["key", "keywords", "name", "type"]);
      for (const region of Object.keys(data.keywords)) expect(["common", "in", "us", "uk", "eu"], file).toContain(region);
      expect(file.endsWith(`${data.type}${path.sep}${path.basename(file)}`)).toBe(true);
    }
  });

  it(`keep at most ${DEFAULT_MAX_PER_CATEGORY} keywords per category (API max ${API_MAX_PER_CATEGORY}) and at least 3,000 in all`, () => {
    const over = categories.filter((c) => c.keywords.length > DEFAULT_MAX_PER_CATEGORY).map((c) => `${c.name}: ${c.keywords.length}`);
    expect(over).toEqual([]);
    const total = categories.reduce((sum, c) => sum + c.keywords.length, 0);
    expect(total).toBeGreaterThanOrEqual(3000);
  });

  it("write each keyword in 1-60 characters, trimmed, with letters or digits", () => {
    for (const c of categories) {
      for (const keyword of c.keywords) {
        expect(keyword.length, `${c.name}: "${keyword}"`).toBeGreaterThanOrEqual(1);
        expect(keyword.length, `${c.name}: "${keyword}"`).toBeLessThanOrEqual(60);
        expect(keyword, `${c.name}: "${keyword}"`).toBe(keyword.trim());
        expect(canonicalKeyword(keyword), `${c.name}: "${keyword}"`).not.toBe("");
      }
    }
  });

  it("give each keyword (in canonical form) to one category of its type, once", () => {
    for (const type of ["expense", "income"] as const) {
      const owners = new Map<string, string[]>();
      for (const c of categories.filter((c) => c.type === type)) {
        for (const keyword of c.keywords) {
          const key = canonicalKeyword(keyword);
          owners.set(key, [...(owners.get(key) ?? []), `${c.name}: ${keyword}`]);
        }
      }
      expect([...owners.values()].filter((list) => list.length > 1), type).toEqual([]);
    }
  });

  it("never use bank noise or stop words as a keyword on their own", () => {
    const noisy = categories.flatMap((c) =>
      c.keywords.filter((k) => NOISE_WORDS.has(canonicalKeyword(k)) || STOP_WORDS.has(canonicalKeyword(k))).map((k) => `${c.name}: ${k}`),
    );
    expect(noisy).toEqual([]);
  });

  it("detect each keyword, on its own, as its own category", () => {
    const wrong: string[] = [];
    for (const c of categories) {
      for (const keyword of c.keywords) {
        const result = detector.detect(keyword, c.type);
        if (result.categoryId !== c.key || result.matched !== keyword) wrong.push(`${c.name}: "${keyword}" -> ${result.categoryId} (${result.matched})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

// seed-categories.md, rule by rule, with the default category each old category maps to
// (README.md explains the choices).
const SEED: readonly [oldCategory: string, defaultName: string, keywords: readonly string[]][] = [
  ["Netflix", "Subscriptions", ["netflix"]],
  ["Amazon Prime", "Subscriptions", ["amazon prime", "prime video", "primevideo"]],
  ["Claude", "Subscriptions", ["claude", "anthropic"]],
  ["ChatGPT", "Subscriptions", ["chatgpt", "openai"]],
  ["Cursor", "Subscriptions", ["cursor"]],
  ["Gemini", "Subscriptions", ["gemini"]],
  ["Google 1", "Subscriptions", ["google one", "google 1"]],
  ["Movie", "Entertainment", ["movie", "cinema", "theatre", "theater", "pvr", "inox"]],
  ["Entertainment", "Entertainment", ["entertainment", "concert", "show", "event"]],
  // Streaming music and video are charged like Netflix: Subscriptions (README.md).
  ["Entertainment", "Subscriptions", ["spotify", "youtube premium"]],
  ["Groceries", "Groceries", ["grocery", "groceries", "supermarket", "dmart", "bigbasket", "blinkit", "zepto", "swiggy instamart"]],
  ["Food", "Food & Dining", ["food", "restaurant", "swiggy", "zomato", "lunch", "dinner", "breakfast", "cafe", "coffee", "eat", "meal", "pizza", "burger", "biryani"]],
  ["Transport", "Transport", ["uber", "ola", "auto", "metro", "bus", "train", "fuel", "petrol", "diesel", "cab", "transport", "rapido"]],
  ["Shopping", "Shopping", ["shopping", "amazon", "flipkart", "myntra", "ajio", "clothes", "shoes", "fashion"]],
  ["WiFi", "Utilities", ["wifi", "broadband", "internet", "jio fiber", "airtel fiber"]],
  ["Electricity", "Utilities", ["electricity", "electric", "power bill", "bescom", "mseb"]],
  ["Water", "Utilities", ["water bill", "water board"]],
  ["Gas", "Utilities", ["gas", "cylinder", "lpg", "indane", "bharat gas"]],
  ["Utilities", "Utilities", ["utility", "utilities", "bill"]],
  ["Home Loan EMI", "Housing", ["home loan", "housing loan", "mortgage"]],
  ["Edu Loan EMI", "Education", ["edu loan", "education loan", "student loan"]],
  ["Personal Loan EMI", "Fees & Charges", ["personal loan"]],
  ["Other EMI", "Fees & Charges", ["emi", "loan"]],
  ["Rent", "Housing", ["rent", "pg", "hostel", "lease"]],
  ["Land tax", "Housing", ["land tax", "property tax"]],
  ["Gym", "Health", ["gym", "fitness", "cult.fit", "cultfit"]],
  ["Yoga", "Health", ["yoga"]],
  ["Salon", "Personal Care", ["salon", "haircut", "barber", "spa", "parlour", "parlor"]],
  ["Health", "Health", ["health", "doctor", "hospital", "medicine", "pharmacy", "medical", "clinic", "apollo", "1mg"]],
  ["Education", "Education", ["education", "course", "tuition", "coaching", "udemy", "coursera", "school", "college", "fee"]],
  // Saving and investing has no expense category of its own: Other keeps it out of spending.
  ["SIP", "Other", ["sip", "mutual fund", "mf"]],
  ["Stocks", "Other", ["stock", "shares", "zerodha", "groww", "nse", "bse"]],
  ["Investments", "Other", ["invest", "fd", "ppf", "nps", "gold bond"]],
  ["Travel", "Travel", ["travel", "flight", "hotel", "holiday", "trip", "makemytrip", "goibibo", "irctc", "booking"]],
  ["Repairs", "Housing", ["repair", "maintenance", "fix", "service"]],
  ["Gifts", "Gifts & Donations", ["gift", "present", "donation"]],
];

describe("the original app's keywords (the floor)", () => {
  it.each(SEED.map(([old, name, keywords]) => [old, name, keywords] as const))(
    "%s -> %s, as a whole word, alone, in capitals and inside a sentence",
    (_old, name, keywords) => {
      const key = keyOfName.get(`expense:${name}`);
      expect(key).toBeDefined();
      for (const keyword of keywords) {
        expect(detector.detect(keyword, "expense").categoryId, keyword).toBe(key);
        expect(detector.detect(keyword.toUpperCase(), "expense").categoryId, keyword.toUpperCase()).toBe(key);
        expect(detector.detect(`paid for ${keyword} 250`, "expense").categoryId, `paid for ${keyword} 250`).toBe(key);
      }
    },
  );

  it("does not bring back its substring false positives", () => {
    const notTransport = ["coca-cola", "granola", "business lunch", "Business class upgrade", "autopay setup", "GRANOLA BAR", "COCA COLA"];
    for (const note of notTransport) expect(expense(note), note).not.toBe("transport");
    for (const note of ["parent teacher meet", "current account", "PARENTAL", "CURRENT ACCT"]) expect(expense(note), note).not.toBe("housing");
    expect(expense("great deal")).not.toBe("food-dining");
    expect(expense("prefix")).not.toBe("housing");
    expect(expense("car showroom")).not.toBe("entertainment");
    expect(expense("SHOWROOM")).not.toBe("entertainment");
    expect(expense("gossip magazine")).not.toBe("other");
    expect(expense("las vegas")).not.toBe("utilities");
    expect(expense("LASVEGAS")).not.toBe("utilities");
    // "fd", "mf", "pg" inside any word: the short keyword must not be what decides.
    for (const note of ["upgrade", "pdfdocs", "mfg", "mfa code", "cfd", "sfdc", "UPGRADE", "SFDC", "PGROUP", "MFGCO", "lpg refill"]) {
      const matched = detector.detect(note, "expense").matched;
      expect(["fd", "mf", "pg"], `${note}: ${matched}`).not.toContain(matched);
    }
  });

  it("does not send every bill to Utilities", () => {
    expect(expense("restaurant bill")).toBe("food-dining");
    expect(expense("hospital bill")).toBe("health");
    expect(expense("hotel bill")).toBe("travel");
    expect(expense("amazon bill")).toBe("shopping");
    expect(expense("electricity bill")).toBe("utilities");
  });

  it("sends Swiggy Instamart to Groceries because it is the longer keyword, whatever the order", () => {
    expect(detector.detect("Swiggy Instamart", "expense")).toEqual({ categoryId: "groceries", matched: "swiggy instamart" });
    expect(expense("instamart via swiggy")).toBe("groceries");
    expect(expense("swiggy dinner")).toBe("food-dining");
  });
});

describe("default tables on bank-export forms", () => {
  it.each([
    ["SWIGGYINSTAMART", "groceries"],
    ["AMAZONPRIME", "subscriptions"],
    ["UPI/ZOMATO/4521", "food-dining"],
    ["UPI/DR/412398765432/ZOMATO LTD/HDFC/zomato.payu@hdfcbank", "food-dining"],
    ["POS 4512XXXXXXXX8891 DMART AVENUE", "groceries"],
    ["SQ *BLUE BOTTLE COFFEE", "food-dining"],
    ["PAYPAL *SPOTIFY", "subscriptions"],
    ["ACH DEBIT COMCAST CABLE", "utilities"],
    ["AMZN Mktp US*2K4LX9", "shopping"],
    ["NETFLIX.COM 866-579-7172 CA", "subscriptions"],
    ["DD BRITISH GAS 12345678", "utilities"],
    ["Kartenzahlung REWE Markt GmbH", "groceries"],
    ["PRLV SEPA EDF", "utilities"],
    ["recharge 299", "utilities"],
    ["BILLDESK*BESCOM", "utilities"],
    ["NETFLIX ENTERTAINMENT SERVICES INDIA", "subscriptions"],
  ])("%s -> %s", (note, key) => {
    expect(expense(note)).toBe(key);
  });
});
