// A user's categories as the rest of the module uses them: names and types,
// the keywords detection uses for each (the defaults from the keyword files,
// less what the user removed or moved, plus what they added or the detector
// learned), who owns a keyword, and the compiled detector.
//
// Compiling ~3,000 keywords costs milliseconds, so each instance keeps the
// last compiled set per user and reuses it while the user's category revision
// (one indexed read, raised with every change) is unchanged.
import { DEFAULT_CATEGORY_ORDER, FALLBACK_KEYS, type TransactionType } from "./categories";
import {
  bumpCategoryRevision,
  lockCategories,
  readCategoryRevision,
  readCategorySnapshot,
  seedCategories,
  type CategoryRow,
  type CategorySnapshot,
} from "./category-repository";
import { buildDetector, canonicalKeyword, defaultCategories, type Detector } from "./detection";
import type { Db } from "./transaction-repository";

export type CategoryKeyword = { keyword: string; learned: boolean };

export type UserCategory = CategoryRow & {
  builtin: boolean;
  /** Other and Other Income: can't be renamed or deleted. */
  protected: boolean;
  keywords: CategoryKeyword[];
};

export type CategoryDetection = { category: UserCategory; matched: string | null };

export type UserCategories = {
  revision: number;
  all: readonly UserCategory[];
  ofType(type: TransactionType): UserCategory[];
  byId(id: string): UserCategory | undefined;
  /** Case-insensitive; within a type when one is given. */
  byName(name: string, type?: TransactionType): UserCategory[];
  fallback(type: TransactionType): UserCategory;
  /** The category that holds a keyword (any written form of it) within a type. */
  ownerOf(keyword: string, type: TransactionType): UserCategory | undefined;
  /** Whether the keyword is one of the default tables' (its canonical form), and whose. */
  defaultOwnerKey(keyword: string, type: TransactionType): string | undefined;
  detect(text: string, type: TransactionType): CategoryDetection;
};

type DefaultKeywords = { byKey: Map<string, string[]>; ownerByCanonical: Map<string, string> };

let defaults: DefaultKeywords | null = null;

/** The default tables, indexed once per process. */
function defaultKeywords(): DefaultKeywords {
  if (defaults) return defaults;
  const byKey = new Map<string, string[]>();
  const ownerByCanonical = new Map<string, string>();
  for (const category of defaultCategories()) {
    byKey.set(category.key, [...category.keywords]);
    for (const keyword of category.keywords) ownerByCanonical.set(`${category.type}:${canonicalKeyword(keyword)}`, category.key);
  }
  defaults = { byKey, ownerByCanonical };
  return defaults;
}

/** Pure: a snapshot of rows as the model the module works with (tests build one without a database). */
export function compileCategories(revision: number, snapshot: CategorySnapshot): UserCategories {
  const { byKey, ownerByCanonical } = defaultKeywords();
  const overrides = new Map(snapshot.overrides.map((o) => [`${o.type}:${o.keyword}`, o]));
  // The default set in API.md's order, then the user's own in the order they were added.
  const rank = (row: CategoryRow) => (row.builtinKey === null ? DEFAULT_CATEGORY_ORDER.length : DEFAULT_CATEGORY_ORDER.indexOf(row.builtinKey));
  const rows = snapshot.categories.map((row, index) => ({ row, index })).sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index);
  const all: UserCategory[] = rows.map(({ row }) => {
    const keywords: CategoryKeyword[] = [];
    for (const keyword of row.builtinKey ? (byKey.get(row.builtinKey) ?? []) : []) {
      if (!overrides.has(`${row.type}:${canonicalKeyword(keyword)}`)) keywords.push({ keyword, learned: false });
    }
    for (const o of snapshot.overrides) if (o.categoryId === row.id) keywords.push({ keyword: o.written, learned: o.learned });
    return {
      ...row,
      builtin: row.builtinKey !== null,
      protected: row.builtinKey !== null && FALLBACK_KEYS.includes(row.builtinKey),
      keywords,
    };
  });
  const byId = new Map(all.map((c) => [c.id, c]));
  const byBuiltinKey = new Map(all.flatMap((c) => (c.builtinKey ? [[`${c.type}:${c.builtinKey}`, c] as const] : [])));
  let detector: Detector | null = null;

  const ownerOf = (keyword: string, type: TransactionType): UserCategory | undefined => {
    const canonical = canonicalKeyword(keyword);
    const override = overrides.get(`${type}:${canonical}`);
    if (override) return override.categoryId ? byId.get(override.categoryId) : undefined;
    const key = ownerByCanonical.get(`${type}:${canonical}`);
    return key ? byBuiltinKey.get(`${type}:${key}`) : undefined;
  };

  return {
    revision,
    all,
    ofType: (type) => all.filter((c) => c.type === type),
    byId: (id) => byId.get(id),
    byName: (name, type) => {
      const key = name.trim().toLowerCase();
      return all.filter((c) => c.name.toLowerCase() === key && (!type || c.type === type));
    },
    fallback: (type) => {
      const found = byBuiltinKey.get(`${type}:${type === "income" ? "other-income" : "other"}`);
      if (!found) throw new Error(`the user has no fallback ${type} category`);
      return found;
    },
    ownerOf,
    defaultOwnerKey: (keyword, type) => ownerByCanonical.get(`${type}:${canonicalKeyword(keyword)}`),
    detect(text, type) {
      detector ??= buildDetector(all.map((c) => ({ id: c.id, type: c.type, keywords: c.keywords.map((k) => k.keyword) })));
      const { categoryId, matched } = detector.detect(text, type);
      const category = (categoryId && byId.get(categoryId)) || this.fallback(type);
      return { category, matched: categoryId ? matched : null };
    },
  };
}

const cache = globalThis as unknown as { __ledgerlyCategories?: Map<string, UserCategories> };
const MAX_CACHED_USERS = 2_000;

/** The user's categories at their current revision (seeding the defaults on first use), from this instance's cache when still current. */
export async function userCategories(userId: string): Promise<UserCategories> {
  cache.__ledgerlyCategories ??= new Map();
  const cached = cache.__ledgerlyCategories.get(userId);
  let revision = await readCategoryRevision(userId);
  if (revision === null) {
    await seedCategories(userId, defaultCategories());
    revision = (await readCategoryRevision(userId))!;
  }
  if (cached && cached.revision === revision) return cached;
  const snapshot = await readCategorySnapshot(userId);
  const compiled = compileCategories(snapshot.revision ?? revision, snapshot);
  // Oldest first out: a Map iterates in insertion order.
  cache.__ledgerlyCategories.delete(userId);
  cache.__ledgerlyCategories.set(userId, compiled);
  if (cache.__ledgerlyCategories.size > MAX_CACHED_USERS) {
    cache.__ledgerlyCategories.delete(cache.__ledgerlyCategories.keys().next().value!);
  }
  return compiled;
}

/**
 * For a change to the user's categories inside `tx`: locks them until the
 * transaction ends (two edits can't both take one keyword) and reads them
 * fresh. Never cached: the transaction may still roll back.
 */
export async function lockedUserCategories(tx: Db, userId: string): Promise<UserCategories> {
  await userCategories(userId); // seeds on first use, outside the lock
  await lockCategories(tx, userId);
  const snapshot = await readCategorySnapshot(userId, tx);
  return compileCategories(snapshot.revision!, snapshot);
}

/** After a change inside `tx`: raise the revision so every instance recompiles. */
export async function categoriesChanged(tx: Db, userId: string): Promise<void> {
  await bumpCategoryRevision(tx, userId);
}
