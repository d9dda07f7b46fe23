// Suggests a category for a transaction from its free-text note. Pure, synchronous and
// cheap (microseconds per note), so the browser form can call it on every keystroke and
// the server on every imported row.
//
// How a match is chosen, in order:
// 1. Text and keywords go through the same normalizeText, so case, accents and
//    punctuation never matter, and matching is on whole words only ("bar" does not
//    match "barber"; "uber eats" matches only the two words side by side).
// 2. Only keywords of the transaction's type are considered: an income note can never
//    land in an expense category.
// 3. The longest matching keyword wins, measured in characters of its normalized form:
//    "uber eats" (9) beats "uber" (4), so a more specific phrase beats a generic word.
//    Equal lengths go to the category listed first in CATEGORIES, then to the keyword
//    listed first, so results never depend on Map or object iteration quirks.
// 4. A learned (per-user) keyword that matches wins unless a built-in match is strictly
//    longer. Ties go to the user on purpose: keywordToLearn remembers exactly the
//    built-in keyword the detector matched, and the correction must override it.
//    Among learned keywords the longest wins, then the earliest in the array, so
//    callers should pass the most recent corrections first.
// 5. Nothing matched: the type's fallback category with matched = null.

import { CATEGORIES, FALLBACK_CATEGORY, type TransactionType } from "./categories";

/** A per-user correction: notes containing `keyword` go to `category`. */
export type LearnedKeyword = { keyword: string; category: string; type: TransactionType };

export type Detection = {
  category: string;
  /** The keyword that decided, as written in the keyword list or the learned keyword; null on fallback. */
  matched: string | null;
};

// Apostrophes are deleted rather than turned into spaces so that "McDonald's" and
// "mcdonalds" both become "mcdonalds". Includes the typographic and modifier forms
// phones and bank exports produce.
const APOSTROPHES = /['‘’`´ʼ]/g;
const COMBINING_MARKS = /\p{M}/gu;
const NON_ALPHANUMERIC_RUNS = /[^\p{L}\p{N}]+/gu;

/**
 * Canonical form used for every comparison: lowercase, accents stripped, apostrophes
 * removed, and every other run of non-letters/digits collapsed to one space, trimmed.
 * "Café  de Flore!" -> "cafe de flore", "UBER *TRIP" -> "uber trip", "McDonald's" -> "mcdonalds".
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(APOSTROPHES, "")
    .replace(NON_ALPHANUMERIC_RUNS, " ")
    .trim();
}

/** The words of normalizeText(text); empty for blank text. */
export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === "" ? [] : normalized.split(" ");
}

type Match = { category: string; keyword: string; length: number };

type IndexEntry = Match & { rank: number };

type KeywordIndex = {
  /** Normalized keyword phrase -> the category it points to. */
  byPhrase: ReadonlyMap<string, IndexEntry>;
  /** Every leading part of a multi-word keyword ("pret", "pret a" for "pret a manger"). */
  prefixes: ReadonlySet<string>;
};

const indexes = new Map<TransactionType, KeywordIndex>();

/** Built once per type on first use, so the module costs nothing until a detection runs. */
function keywordIndex(type: TransactionType): KeywordIndex {
  let index = indexes.get(type);
  if (!index) {
    index = buildIndex(type);
    indexes.set(type, index);
  }
  return index;
}

function buildIndex(type: TransactionType): KeywordIndex {
  const byPhrase = new Map<string, IndexEntry>();
  const prefixes = new Set<string>();
  let rank = 0;
  for (const category of CATEGORIES) {
    if (category.type !== type) continue;
    for (const keyword of category.keywords) {
      const phrase = normalizeText(keyword);
      rank += 1;
      // A duplicate would be a data bug (the test suite rejects it); the first one wins.
      if (phrase === "" || byPhrase.has(phrase)) continue;
      byPhrase.set(phrase, { category: category.name, keyword, length: phrase.length, rank });
      const words = phrase.split(" ");
      for (let count = 1; count < words.length; count++) prefixes.add(words.slice(0, count).join(" "));
    }
  }
  return { byPhrase, prefixes };
}

function isBetter(candidate: IndexEntry, best: IndexEntry | null): boolean {
  if (!best) return true;
  return candidate.length > best.length || (candidate.length === best.length && candidate.rank < best.rank);
}

/**
 * Looks up the phrases starting at each word, one Map lookup per phrase instead of one
 * regex per keyword, so the cost grows with the note, not with the keyword list. A phrase
 * is only extended by the next word while it is the start of some longer keyword, so most
 * words cost a single lookup.
 */
function findBuiltInMatch(words: readonly string[], index: KeywordIndex): IndexEntry | null {
  let best: IndexEntry | null = null;
  for (let start = 0; start < words.length; start++) {
    let phrase = words[start] ?? "";
    for (let next = start + 1; ; next++) {
      const entry = index.byPhrase.get(phrase);
      if (entry && isBetter(entry, best)) best = entry;
      const following = words[next];
      if (following === undefined || !index.prefixes.has(phrase)) break;
      phrase = `${phrase} ${following}`;
    }
  }
  return best;
}

/**
 * Learned keywords are few and change per user, so they are not indexed: each is
 * normalized and searched as a space-delimited phrase, which is still a whole-word match
 * because normalized text has exactly one space between words.
 */
function findLearnedMatch(
  normalizedText: string,
  type: TransactionType,
  learned: readonly LearnedKeyword[],
): Match | null {
  const padded = ` ${normalizedText} `;
  let best: Match | null = null;
  for (const entry of learned) {
    if (entry.type !== type) continue;
    const phrase = normalizeText(entry.keyword);
    if (phrase === "" || !padded.includes(` ${phrase} `)) continue;
    if (!best || phrase.length > best.length) {
      best = { category: entry.category, keyword: entry.keyword, length: phrase.length };
    }
  }
  return best;
}

/** Suggests a category of `type` for a note; see the rules at the top of this file. */
export function detectCategory(
  text: string | null | undefined,
  type: TransactionType,
  learned: readonly LearnedKeyword[] = [],
): Detection {
  const normalized = normalizeText(text ?? "");
  if (normalized === "") return { category: FALLBACK_CATEGORY[type], matched: null };

  const builtIn = findBuiltInMatch(normalized.split(" "), keywordIndex(type));
  const userMatch = findLearnedMatch(normalized, type, learned);
  const winner = userMatch && (!builtIn || userMatch.length >= builtIn.length) ? userMatch : builtIn;

  return winner
    ? { category: winner.category, matched: winner.keyword }
    : { category: FALLBACK_CATEGORY[type], matched: null };
}
