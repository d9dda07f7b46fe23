// Checks a category's new keyword list against the user's others (API.md: a
// keyword belongs to one category within a type) and works out the stored
// keyword changes that make it so.
import { AppError, invalidField } from "@/lib/http";
import type { TransactionType } from "./categories";
import type { KeywordOverrideRow } from "./category-repository";
import { canonicalKeyword } from "./detection";
import type { UserCategories, UserCategory } from "./user-categories";

export type KeywordPlan = { type: TransactionType; upsert: KeywordOverrideRow[]; remove: string[] };

/** The list with duplicates (in any written form) dropped; 400 for a keyword with nothing to match. */
export function distinctKeywords(keywords: readonly string[]): Array<{ written: string; canonical: string }> {
  const seen = new Set<string>();
  const out: Array<{ written: string; canonical: string }> = [];
  keywords.forEach((written, index) => {
    const canonical = canonicalKeyword(written);
    if (!canonical) throw invalidField(`keywords.${index}`, "must contain a letter or a digit");
    if (seen.has(canonical)) return;
    seen.add(canonical);
    out.push({ written, canonical });
  });
  return out;
}

/**
 * The changes that give `category` exactly `keywords`: 409 keyword_taken when
 * another category holds one of them. A default keyword the category lets go
 * is remembered as removed, so no other category gets it back by accident.
 */
export function planKeywords(categories: UserCategories, category: Pick<UserCategory, "id" | "type" | "builtinKey" | "keywords">, keywords: readonly string[]): KeywordPlan {
  const wanted = distinctKeywords(keywords);
  for (const { written } of wanted) {
    const owner = categories.ownerOf(written, category.type);
    if (owner && owner.id !== category.id) {
      throw new AppError("keyword_taken", `"${written}" already belongs to ${owner.name}; remove it there first.`, {
        errors: [{ path: "keywords", message: `"${written}" belongs to ${owner.name}` }],
      });
    }
  }
  const wantedByCanonical = new Map(wanted.map((k) => [k.canonical, k.written]));
  const type = category.type;
  const plan: KeywordPlan = { type, upsert: [], remove: [] };
  for (const { keyword } of category.keywords) {
    const canonical = canonicalKeyword(keyword);
    if (wantedByCanonical.has(canonical)) continue;
    if (categories.defaultOwnerKey(keyword, type)) plan.upsert.push({ type, keyword: canonical, written: keyword, categoryId: null, learned: false });
    else plan.remove.push(canonical);
  }
  const current = new Set(category.keywords.map((k) => canonicalKeyword(k.keyword)));
  for (const [canonical, written] of wantedByCanonical) {
    if (current.has(canonical)) continue;
    const ownDefault = category.builtinKey !== null && categories.defaultOwnerKey(written, type) === category.builtinKey;
    // One of its own defaults coming back: forget that it was removed.
    if (ownDefault) plan.remove.push(canonical);
    else plan.upsert.push({ type, keyword: canonical, written, categoryId: category.id, learned: false });
  }
  return plan;
}
