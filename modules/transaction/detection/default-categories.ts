// The default categories and their keywords, read from keywords/<type>/<key>.json.
// Static imports so bundlers ship the tables with the code that calls this, and only
// with it: pages that only show names need not import this file.
import education from "./keywords/expense/education.json";
import entertainment from "./keywords/expense/entertainment.json";
import feesCharges from "./keywords/expense/fees-charges.json";
import foodDining from "./keywords/expense/food-dining.json";
import giftsDonations from "./keywords/expense/gifts-donations.json";
import groceries from "./keywords/expense/groceries.json";
import health from "./keywords/expense/health.json";
import housing from "./keywords/expense/housing.json";
import other from "./keywords/expense/other.json";
import personalCare from "./keywords/expense/personal-care.json";
import shopping from "./keywords/expense/shopping.json";
import subscriptions from "./keywords/expense/subscriptions.json";
import transport from "./keywords/expense/transport.json";
import travel from "./keywords/expense/travel.json";
import utilities from "./keywords/expense/utilities.json";
import freelance from "./keywords/income/freelance.json";
import giftsIncome from "./keywords/income/gifts.json";
import investments from "./keywords/income/investments.json";
import otherIncome from "./keywords/income/other-income.json";
import refunds from "./keywords/income/refunds.json";
import salary from "./keywords/income/salary.json";
import { buildDetector, type Detector, type TransactionType } from "./build-detector";

export type DefaultCategory = {
  /** Stable slug, unique across both types ("food-dining", "gifts-income"). */
  key: string;
  name: string;
  type: TransactionType;
  /** Every region's keywords, in file order: common, in, us, uk, eu. */
  keywords: string[];
};

/** A keyword file as written: regions are for maintainers, detection uses them all. */
type KeywordFile = {
  key: string;
  name: string;
  type: string;
  keywords: Readonly<Record<string, readonly string[]>>;
};

// API.md's order: it is the order the UI lists them in and the detector's last tie-break.
const FILES: readonly KeywordFile[] = [
  foodDining, groceries, transport, housing, utilities, shopping, entertainment, health, education, travel,
  subscriptions, personalCare, giftsDonations, feesCharges, other,
  salary, freelance, investments, refunds, giftsIncome, otherIncome,
];

const REGIONS = ["common", "in", "us", "uk", "eu"] as const;

function toCategory(file: KeywordFile): DefaultCategory {
  if (file.type !== "income" && file.type !== "expense") throw new Error(`${file.key}: unknown type ${file.type}`);
  const extra = Object.keys(file.keywords).filter((region) => !(REGIONS as readonly string[]).includes(region));
  if (extra.length > 0) throw new Error(`${file.key}: unknown region ${extra.join(", ")}`);
  return {
    key: file.key,
    name: file.name,
    type: file.type,
    keywords: REGIONS.flatMap((region) => file.keywords[region] ?? []),
  };
}

let categories: readonly DefaultCategory[] | null = null;

/** The default set, expense then income, each in API.md's order. Fresh arrays per call. */
export function defaultCategories(): DefaultCategory[] {
  categories ??= FILES.map(toCategory);
  return categories.map((category) => ({ ...category, keywords: [...category.keywords] }));
}

let detector: Detector | null = null;

/** A detector over the defaults, keyed by category key; built once. */
export function defaultDetector(): Detector {
  detector ??= buildDetector(defaultCategories().map(({ key, type, keywords }) => ({ id: key, type, keywords })));
  return detector;
}
