// The engine on small hand-made category lists, so each rule is seen on its own and a
// test fails for the rule it names, not because the default tables changed.
import { describe, expect, it } from "vitest";
import { buildDetector, GLUE_MIN_KEYWORD_LENGTH, type CategoryKeywords } from "./build-detector";

const CATEGORIES: CategoryKeywords[] = [
  { id: "food", type: "expense", keywords: ["restaurant", "swiggy", "zomato", "lunch", "eat", "pizza"] },
  { id: "groceries", type: "expense", keywords: ["swiggy instamart", "grocery", "milk"] },
  { id: "transport", type: "expense", keywords: ["ola", "bus", "uber", "auto", "metro card", "ticket", "train"] },
  { id: "housing", type: "expense", keywords: ["rent", "fix", "maintenance charges", "pg"] },
  { id: "utilities", type: "expense", keywords: ["wifi", "bill", "e-bill", "gas", "recharge", "electricity"] },
  { id: "education", type: "expense", keywords: ["class", "fee"] },
  { id: "health", type: "expense", keywords: ["medicine", "doctor appointment", "pharmacy", "1mg"] },
  { id: "entertainment", type: "expense", keywords: ["show", "movie ticket"] },
  { id: "subscriptions", type: "expense", keywords: ["amazon prime", "google 1", "netflix"] },
  { id: "shopping", type: "expense", keywords: ["amazon", "shoes"] },
  { id: "fees", type: "expense", keywords: ["charge"] },
  { id: "other", type: "expense", keywords: ["sip", "fd", "mf"] },
  { id: "salary", type: "income", keywords: ["salary"] },
  { id: "investments", type: "income", keywords: ["interest", "dividend"] },
];

const detector = buildDetector(CATEGORIES);
const detect = (text: string, type: "income" | "expense" = "expense") => detector.detect(text, type);
const categoryOf = (text: string, type: "income" | "expense" = "expense") => detect(text, type).categoryId;

describe("buildDetector: whole words", () => {
  it("answers the category and the keyword as written", () => {
    expect(detect("Lunch at work")).toEqual({ categoryId: "food", matched: "lunch" });
    expect(detect("E-Bill June")).toEqual({ categoryId: "utilities", matched: "e-bill" });
  });

  it("answers null, null when nothing matches or the note is blank", () => {
    expect(detect("paid Rahul back")).toEqual({ categoryId: null, matched: null });
    expect(detect("")).toEqual({ categoryId: null, matched: null });
    expect(detect("  -- ")).toEqual({ categoryId: null, matched: null });
  });

  it("is case- and accent-insensitive", () => {
    expect(categoryOf("RESTAURANT")).toBe("food");
    expect(categoryOf("Réstaurant")).toBe("food");
  });

  it("matches singular and plural forms both ways", () => {
    expect(detect("movie tickets")).toEqual({ categoryId: "entertainment", matched: "movie ticket" });
    expect(detect("coaching classes")).toEqual({ categoryId: "education", matched: "class" });
    expect(detect("medicines")).toEqual({ categoryId: "health", matched: "medicine" });
    expect(detect("bank charges")).toEqual({ categoryId: "fees", matched: "charge" });
    expect(detect("school fees")).toEqual({ categoryId: "education", matched: "fee" });
    expect(categoryOf("groceries")).toBe("groceries");
    expect(categoryOf("pizzas")).toBe("food");
  });

  it("does not turn bus, gas or news into other words", () => {
    expect(categoryOf("buses")).toBe("transport");
    expect(categoryOf("gas")).toBe("utilities");
    const withNew = buildDetector([{ id: "x", type: "expense", keywords: ["new"] }]);
    expect(withNew.detect("news", "expense").categoryId).toBeNull();
  });

  it("treats hyphen and space variants as one", () => {
    expect(detect("wi-fi")).toEqual({ categoryId: "utilities", matched: "wifi" });
    expect(detect("Wi Fi")).toEqual({ categoryId: "utilities", matched: "wifi" });
    expect(detect("ebill")).toEqual({ categoryId: "utilities", matched: "e-bill" });
  });

  it("matches whole words only", () => {
    for (const text of ["granola", "coca-cola", "business", "parent", "current", "great", "autopay", "prefix",
      "showroom", "gossip", "vegas", "dfd", "mfa", "pgs"]) {
      expect(detect(text), text).toEqual({ categoryId: null, matched: null });
    }
  });

  it("ignores numbers, except inside keywords that have them", () => {
    expect(detect("recharge 299")).toEqual({ categoryId: "utilities", matched: "recharge" });
    expect(detect("Jio 299 recharge 2024-06-01")).toEqual({ categoryId: "utilities", matched: "recharge" });
    expect(detect("Google 1 storage")).toEqual({ categoryId: "subscriptions", matched: "google 1" });
    expect(detect("Tata 1mg")).toEqual({ categoryId: "health", matched: "1mg" });
    expect(detect("299")).toEqual({ categoryId: null, matched: null });
  });

  it("keeps the two types apart", () => {
    expect(categoryOf("salary", "expense")).toBeNull();
    expect(categoryOf("lunch", "income")).toBeNull();
    expect(categoryOf("interest credit", "income")).toBe("investments");
  });
});

describe("buildDetector: bank-export noise", () => {
  it("finds the merchant behind card-processor and transfer prefixes", () => {
    expect(categoryOf("SQ *ZOMATO")).toBe("food");
    expect(categoryOf("POS 4512XXXXXXXX8891 SWIGGY BANGALORE")).toBe("food");
    expect(categoryOf("UPI/ZOMATO/4521")).toBe("food");
    expect(categoryOf("UPI-SWIGGY-SWIGGY8@YBL-YESB0YBLUPI-412345678912-PAYMENT")).toBe("food");
    expect(categoryOf("PAYPAL *NETFLIX 402-935-7733")).toBe("subscriptions");
    expect(categoryOf("NEFT/N123456789/RAMESH KUMAR/rent")).toBe("housing");
    expect(categoryOf("ACH DEBIT NETFLIX.COM")).toBe("subscriptions");
  });

  it("does not read a statement's DR (debit) as doctor, nor AUTO DEBIT as an auto rickshaw", () => {
    const withDoctor = buildDetector([...CATEGORIES, { id: "dr", type: "expense", keywords: ["doctor"] }]);
    expect(withDoctor.detect("Dr Shah", "expense")).toEqual({ categoryId: "dr", matched: "doctor" });
    expect(withDoctor.detect("UPI/DR/412398765432/RAMESH/SBIN", "expense").categoryId).toBeNull();
    expect(categoryOf("NACH AUTO DEBIT 123456789")).toBeNull();
    expect(categoryOf("auto to station")).toBe("transport");
  });

  it("does not read a company's SERVICES suffix as a word", () => {
    const withService = buildDetector([...CATEGORIES, { id: "repairs", type: "expense", keywords: ["service"] }]);
    expect(withService.detect("AMAZON SELLER SERVICES", "expense").categoryId).toBe("shopping");
    expect(withService.detect("AC service", "expense").categoryId).toBe("repairs");
  });
});

describe("buildDetector: glued merchant names", () => {
  it("matches a merchant glued into one word, in capitals or not, when that is the keyword written together", () => {
    expect(detect("SWIGGYINSTAMART")).toEqual({ categoryId: "groceries", matched: "swiggy instamart" });
    expect(detect("swiggyinstamart")).toEqual({ categoryId: "groceries", matched: "swiggy instamart" });
    expect(detect("AMAZONPRIME")).toEqual({ categoryId: "subscriptions", matched: "amazon prime" });
    expect(detect("metrocard recharge")).toEqual({ categoryId: "transport", matched: "metro card" });
    const gas = buildDetector([{ id: "utilities", type: "expense", keywords: ["british gas", "city bus"] }]);
    expect(gas.detect("DD BRITISHGAS", "expense")).toEqual({ categoryId: "utilities", matched: "british gas" });
    expect(gas.detect("citybus", "expense")).toEqual({ categoryId: "utilities", matched: "city bus" });
  });

  it("finds long keywords inside capital blocks and handles", () => {
    expect(detect("PAYUZOMATOLTD")).toEqual({ categoryId: "food", matched: "zomato" });
    expect(detect("RAZPSWIGGYBLR")).toEqual({ categoryId: "food", matched: "swiggy" });
    expect(detect("NETFLIXCOM")).toEqual({ categoryId: "subscriptions", matched: "netflix" });
    expect(detect("pay to paytmzomato@paytm")).toEqual({ categoryId: "food", matched: "zomato" });
  });

  it(`never matches a keyword shorter than ${GLUE_MIN_KEYWORD_LENGTH} characters inside a word`, () => {
    for (const text of ["GRANOLABAR", "COCACOLA", "BUSINESSCLASS", "PARENTAL", "CURRENTACCT", "GREATDEAL", "PREFIXED",
      "SHOWROOMS", "GOSSIPGIRL", "LASVEGASTRIP", "AUTOPAY", "PGROUP"]) {
      const result = detect(text);
      expect(result.matched === null || result.matched.length >= GLUE_MIN_KEYWORD_LENGTH, `${text}: ${result.matched}`).toBe(true);
    }
    expect(categoryOf("GRANOLABAR")).toBeNull();
    expect(categoryOf("PARENTAL")).toBeNull();
  });

  it("counts a keyword inside a glued word only when the rest is made of known parts", () => {
    const withRation = buildDetector([...CATEGORIES, { id: "ration", type: "expense", keywords: ["ration"] }]);
    expect(withRation.detect("REGISTRATION", "expense").categoryId).toBeNull();
    expect(withRation.detect("MONTHLYRATION", "expense").categoryId).toBeNull();
    expect(withRation.detect("PAYURATIONLTD", "expense").categoryId).toBe("ration");
    expect(detect("SWIGGYZOMATO")).toEqual({ categoryId: "food", matched: "swiggy" });
    expect(detect("ZOMATOGURGAON").categoryId).toBeNull();
  });

  it("does not look inside ordinary lowercase words", () => {
    const withRental = buildDetector([{ id: "housing", type: "expense", keywords: ["rental"] }]);
    expect(withRental.detect("parental leave", "expense").categoryId).toBeNull();
    expect(withRental.detect("PARENTALS", "expense").categoryId).toBeNull();
    expect(withRental.detect("RENTALBLR", "expense").categoryId).toBe("housing");
  });
});

describe("buildDetector: abbreviations and typos", () => {
  it("indexes abbreviations of keyword words", () => {
    expect(detect("dr appt")).toEqual({ categoryId: "health", matched: "doctor appointment" });
    expect(detect("maint charges apt 4B")).toEqual({ categoryId: "housing", matched: "maintenance charges" });
    expect(detect("elec")).toEqual({ categoryId: "utilities", matched: "electricity" });
    expect(detect("pharm")).toEqual({ categoryId: "health", matched: "pharmacy" });
  });

  it("counts an abbreviation by its own length, so it never out-ranks a written keyword", () => {
    // "chgs" (alias of charge, 4) loses to "pizza" (5); "charges" (6) would win.
    expect(categoryOf("pizza chgs")).toBe("food");
    expect(categoryOf("pizza charges")).toBe("fees");
  });

  it("tolerates one typo in long words when nothing else matched", () => {
    expect(detect("resturant")).toEqual({ categoryId: "food", matched: "restaurant" });
    expect(detect("electricty")).toEqual({ categoryId: "utilities", matched: "electricity" });
    expect(detect("pharmcy")).toEqual({ categoryId: "health", matched: "pharmacy" });
    expect(detect("electircity")).toEqual({ categoryId: "utilities", matched: "electricity" });
    expect(categoryOf("resturant bill")).toBe("utilities");
  });

  it("does not stretch typos further than one edit, nor to short words", () => {
    expect(categoryOf("resturnt")).toBeNull();
    expect(categoryOf("salry", "income")).toBeNull();
    expect(categoryOf("pizzza")).toBeNull();
  });

  it("skips a typo that two categories could mean", () => {
    const ambiguous = buildDetector([
      { id: "a", type: "expense", keywords: ["charger"] },
      { id: "b", type: "expense", keywords: ["charter"] },
    ]);
    expect(ambiguous.detect("charier", "expense").categoryId).toBeNull();
    expect(ambiguous.detect("chargr", "expense").categoryId).toBe("a");
  });
});

describe("buildDetector: which keyword wins", () => {
  it("prefers the longest keyword", () => {
    expect(detect("swiggy instamart")).toEqual({ categoryId: "groceries", matched: "swiggy instamart" });
    expect(detect("Amazon Prime Video")).toEqual({ categoryId: "subscriptions", matched: "amazon prime" });
    expect(detect("amazon shoes")).toEqual({ categoryId: "shopping", matched: "amazon" });
    expect(detect("restaurant bill")).toEqual({ categoryId: "food", matched: "restaurant" });
  });

  it("breaks equal lengths by position in the note, then category order, then keyword order", () => {
    expect(detect("rent bill")).toEqual({ categoryId: "housing", matched: "rent" });
    expect(detect("bill rent")).toEqual({ categoryId: "utilities", matched: "bill" });
    const tie = buildDetector([
      { id: "first", type: "expense", keywords: ["abc def"] },
      { id: "second", type: "expense", keywords: ["abcdef", "xyz"] },
    ]);
    // One key ("abcdef") in two categories: the first category listed keeps it.
    expect(tie.detect("ABC-DEF", "expense")).toEqual({ categoryId: "first", matched: "abc def" });
  });

  it("prefers a whole-word match to an equally long one inside a glued word", () => {
    const both = buildDetector([
      { id: "glued", type: "expense", keywords: ["zomato"] },
      { id: "whole", type: "expense", keywords: ["barber"] },
    ]);
    expect(both.detect("PAYUZOMATO barber", "expense").categoryId).toBe("whole");
  });

  it("is deterministic for the same input", () => {
    const again = buildDetector(CATEGORIES);
    for (const text of ["rent bill", "swiggy instamart", "SWIGGYZOMATO", "ticket show"]) {
      expect(again.detect(text, "expense")).toEqual(detect(text));
    }
  });
});

describe("buildDetector: user categories", () => {
  it("detects from whatever categories it is given, including renamed ids and new keywords", () => {
    const mine = buildDetector([
      { id: "c-17", type: "expense", keywords: ["Pedigree", "vet visit"] },
      { id: "c-18", type: "expense", keywords: ["rent"] },
    ]);
    expect(mine.detect("PEDIGREE dog food", "expense")).toEqual({ categoryId: "c-17", matched: "Pedigree" });
    expect(mine.detect("vet visits", "expense")).toEqual({ categoryId: "c-17", matched: "vet visit" });
    expect(mine.detect("rent", "income")).toEqual({ categoryId: null, matched: null });
  });

  it("detects nothing from an empty list", () => {
    expect(buildDetector([]).detect("rent", "expense")).toEqual({ categoryId: null, matched: null });
  });
});
