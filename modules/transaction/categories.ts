// What every category has in common, whoever owns it. The categories
// themselves are each user's rows (user-categories.ts); the default set and
// its keywords are data files (detection/keywords).

export type TransactionType = "income" | "expense";

/** The default keys of Other and Other Income: where nothing else fits; never renamed or deleted. */
export const FALLBACK_KEYS: readonly string[] = ["other", "other-income"];

/** The order the default set is listed in (API.md's), before the user's own categories. */
export const DEFAULT_CATEGORY_ORDER: readonly string[] = [
  "food-dining", "groceries", "transport", "housing", "utilities", "shopping", "entertainment", "health", "education",
  "travel", "subscriptions", "personal-care", "gifts-donations", "fees-charges", "other",
  "salary", "freelance", "investments", "refunds", "gifts-income", "other-income",
];
