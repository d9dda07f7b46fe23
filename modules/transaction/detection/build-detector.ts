// The category detector: compiled once from a list of categories and their keywords
// (the defaults, or a user's own), then asked for each note. Pure and synchronous, for
// the browser form on every keystroke and the server on every imported row.
//
// How a note is matched (README.md has the examples):
// 1. The note and every keyword go through tokenizeNote (case, accents, punctuation,
//    "+"), and bank-statement noise that reads as words is dropped ("UPI/DR/" is not
//    a doctor). Numbers stay but only match keywords that contain them ("google 1").
// 2. Whole words: each run of consecutive words is looked up under keyOf (words
//    written together, last word singular), so plurals, "wi-fi"/"wifi" and a merchant
//    glued into one word ("AMAZONPRIME") find their keyword. Abbreviations of keyword
//    words ("dr appt", "maint") are indexed as aliases of the keyword.
// 3. Inside glued words: a capitalised block or a UPI handle ("PAYUZOMATOLTD",
//    "zomato.payu@hdfcbank") is also searched for keywords of at least
//    GLUE_MIN_KEYWORD_LENGTH characters, and such a keyword counts only when the rest
//    of the word is made of known parts: bank noise ("PAYU", "LTD"), other whole
//    keywords ("SWIGGYZOMATO"), or a short trailing code ("BLR") that is not an English
//    suffix. Short keywords never match inside a word, which keeps "ola" out of
//    "granola" and "rent" out of "parent"; the known-parts rule keeps "ration" out of
//    "REGISTRATION" and "butcher" out of "BUTCHERED".
// 4. The longest keyword wins, counted in letters and digits as written in the note
//    (so an alias counts its abbreviation). Ties, in order: a whole-word match before
//    one inside a glued word, the match that starts earlier in the note, the category
//    listed first, the keyword listed first.
// 5. Only when nothing matched: a word of 6+ letters one typo away (one letter added,
//    missing, changed or two swapped) from a single-word keyword of 7+ letters counts,
//    when that spelling points to one category only ("resturant", "electricty").
// 6. Nothing: categoryId and matched are null; the caller applies Other / Other Income.
import { ABBREVIATIONS } from "./abbreviations";
import { NOISE_WORDS, STOP_WORDS } from "./bank-noise";
import { detectionTokens, keyOf } from "./canonical-keyword";
import type { NoteToken } from "./tokenize-note";
import { singularForm } from "./word-form";

export type TransactionType = "income" | "expense";

export type CategoryKeywords = {
  id: string;
  type: TransactionType;
  keywords: readonly string[];
};

export type Detection = {
  /** The id of the category whose keyword decided; null when nothing matched. */
  categoryId: string | null;
  /** That keyword exactly as written in the category's list; null when nothing matched. */
  matched: string | null;
};

export type Detector = {
  detect(text: string, type: TransactionType): Detection;
};

/** Keywords shorter than this never match inside a longer word. */
export const GLUE_MIN_KEYWORD_LENGTH = 6;
/** A glued word may end in an unknown code of this length ("BLR", "HYD"), unless it is an English suffix. */
const GLUE_UNKNOWN_TAIL_LENGTH = 3;
// Endings that make another English word of a keyword ("BUTCHERED", "ARRIVAL",
// "CIRCUSES", "BARBERRY"): such a word is not a glued merchant.
const ENGLISH_SUFFIXES: ReadonlySet<string> = new Set([
  "s", "es", "d", "ed", "er", "ers", "ing", "ly", "al", "als", "ic", "ics", "ian", "ist", "ism", "ity", "ive", "man",
  "men", "ry", "ery", "ary", "ory", "y", "ie", "ies", "ish", "est", "ful", "ous", "ant", "ent", "ise", "ize", "ion",
  "age", "ure", "ee", "ees", "ess", "ine", "ite", "ate", "let", "ess", "ite", "oid", "ial", "ier", "or", "ors", "on",
  "e", "n", "r", "t", "a", "o", "ae", "en", "ette", "lly", "ble", "ile", "ast", "ail", "ing", "ism", "ual", "ial",
  "ls", "rs", "ts", "ns", "ds",
]);
const GLUE_MAX_PARTS = 4;
/** Two-letter codes ("DE", "CO", "IN") are English prefixes too often to count as parts. */
const MIN_PART_LENGTH = 3;
const FUZZY_MIN_KEYWORD_LENGTH = 7;
const FUZZY_MIN_WORD_LENGTH = 6;
const MAX_KEYWORD_LENGTH = 60;
const MAX_ALIASES_PER_KEYWORD = 16;
const LETTERS_ONLY = /^\p{L}+$/u;

type Entry = {
  categoryId: string;
  keyword: string;
  /** Letters and digits of the keyword (or of the alias) as it appears in a note. */
  length: number;
  /** Category position, then keyword position: the last tie-break. */
  rank: number;
  alias: boolean;
};

type FuzzySource = { form: string; entry: Entry };

type TypeIndex = {
  exact: Map<string, Entry>;
  glued: Map<string, Entry>;
  /** Every keyword written together: with bank noise, the parts a glued word may be made of. */
  parts: Set<string>;
  maxWords: number;
  fuzzySources: FuzzySource[];
  /** Built on the first note that needs it; null marks a spelling two categories share. */
  fuzzy: Map<string, FuzzySource | null> | null;
};

type Candidate = { entry: Entry; start: number; inside: boolean };

const NO_MATCH: Detection = Object.freeze({ categoryId: null, matched: null });

const ABBREVIATIONS_BY_FORM: ReadonlyMap<string, readonly string[]> = new Map(
  [...ABBREVIATIONS].map(([word, short]) => [singularForm(word), short]),
);

function compactLength(tokens: readonly NoteToken[]): number {
  let length = 0;
  for (const token of tokens) length += token.word.length;
  return length;
}

/** The keyword with abbreviations in place of its words ("doctor appointment" -> "dr appt", ...). */
function aliasesOf(tokens: readonly NoteToken[]): NoteToken[][] {
  if (!tokens.some((token) => ABBREVIATIONS_BY_FORM.has(token.form))) return [];
  let variants: NoteToken[][] = [[]];
  for (const token of tokens) {
    const short = ABBREVIATIONS_BY_FORM.get(token.form) ?? [];
    const options = [token, ...short.map((word) => ({ ...token, word, form: singularForm(word) }))];
    variants = variants.flatMap((variant) => options.map((option) => [...variant, option]));
    if (variants.length > MAX_ALIASES_PER_KEYWORD) variants = variants.slice(0, MAX_ALIASES_PER_KEYWORD);
  }
  return variants.slice(1);
}

function emptyIndex(): TypeIndex {
  return { exact: new Map(), glued: new Map(), parts: new Set(), maxWords: 1, fuzzySources: [], fuzzy: null };
}

/** What a keyword compiles to, independent of its category: cached across builds. */
type CompiledKeyword = {
  key: string;
  /** The keyword's words written together: looked for inside glued words. */
  surface: string;
  length: number;
  words: number;
  /** Its singular form when it may match a one-typo spelling, else null. */
  typoForm: string | null;
  aliases: readonly { key: string; length: number; words: number }[];
};

// Users' lists are mostly the defaults plus a few of their own, so a server that builds
// one detector per user compiles each distinct keyword once. Bounded: cleared when full.
const compiledKeywords = new Map<string, CompiledKeyword | null>();
const MAX_COMPILED_KEYWORDS = 50_000;

function compileKeyword(keyword: string): CompiledKeyword | null {
  const cached = compiledKeywords.get(keyword);
  if (cached !== undefined) return cached;
  const tokens = detectionTokens(keyword);
  let compiled: CompiledKeyword | null = null;
  if (tokens.length > 0) {
    let surface = "";
    for (const token of tokens) surface += token.word;
    const only = tokens[0]!;
    compiled = {
      key: keyOf(tokens),
      surface,
      length: surface.length,
      words: tokens.length,
      typoForm:
        tokens.length === 1 && only.form.length >= FUZZY_MIN_KEYWORD_LENGTH && LETTERS_ONLY.test(only.word) ? only.form : null,
      aliases: aliasesOf(tokens).map((alias) => ({ key: keyOf(alias), length: compactLength(alias), words: alias.length })),
    };
  }
  if (compiledKeywords.size >= MAX_COMPILED_KEYWORDS) compiledKeywords.clear();
  compiledKeywords.set(keyword, compiled);
  return compiled;
}

function addKeyword(index: TypeIndex, categoryId: string, keyword: string, rank: number): void {
  const compiled = compileKeyword(keyword);
  if (compiled === null) return;
  const entry: Entry = { categoryId, keyword, length: compiled.length, rank, alias: false };
  const existing = index.exact.get(compiled.key);
  // The first category to list a keyword keeps it (the API refuses duplicates anyway);
  // a keyword written out beats another keyword's alias.
  if (existing !== undefined && !existing.alias) return;
  index.exact.set(compiled.key, entry);
  if (compiled.words > index.maxWords) index.maxWords = compiled.words;

  if (compiled.surface.length >= GLUE_MIN_KEYWORD_LENGTH && !index.glued.has(compiled.surface)) {
    index.glued.set(compiled.surface, entry);
  }
  index.parts.add(compiled.surface);
  if (compiled.typoForm !== null) index.fuzzySources.push({ form: compiled.typoForm, entry });

  for (const alias of compiled.aliases) {
    if (index.exact.has(alias.key)) continue;
    index.exact.set(alias.key, { ...entry, length: alias.length, alias: true });
    if (alias.words > index.maxWords) index.maxWords = alias.words;
  }
}

function isBetter(candidate: Candidate, best: Candidate | null): boolean {
  if (best === null) return true;
  const a = candidate.entry;
  const b = best.entry;
  if (a.length !== b.length) return a.length > b.length;
  if (candidate.inside !== best.inside) return !candidate.inside;
  if (candidate.start !== best.start) return candidate.start < best.start;
  return a.rank < b.rank;
}

function findWholeWords(tokens: readonly NoteToken[], index: TypeIndex): Candidate | null {
  let best: Candidate | null = null;
  for (let start = 0; start < tokens.length; start++) {
    let prefix = "";
    for (let end = start; end < tokens.length && end - start < index.maxWords; end++) {
      const token = tokens[end]!;
      // Keys end in a singular form; a glued word is made singular as a whole, so
      // "BRITISHGAS" (-> "britishga") is also looked up as written.
      let entry = index.exact.get(prefix + token.form);
      if (entry === undefined && token.form !== token.word) entry = index.exact.get(prefix + token.word);
      if (entry !== undefined) {
        const candidate = { entry, start, inside: false };
        if (isBetter(candidate, best)) best = candidate;
      }
      prefix += token.word;
      if (prefix.length > MAX_KEYWORD_LENGTH) break;
    }
  }
  return best;
}

function isKnownPart(part: string, index: TypeIndex): boolean {
  return index.parts.has(part) || NOISE_WORDS.has(part);
}

/**
 * Whether `piece` splits into known parts: whole keywords and bank noise. After the
 * keyword (`tail`), the last part may also be a short unknown code, but never an
 * English suffix.
 */
function isMadeOfKnownParts(piece: string, index: TypeIndex, tail: boolean, budget = GLUE_MAX_PARTS): boolean {
  if (piece === "") return true;
  if (tail && ENGLISH_SUFFIXES.has(piece)) return false;
  // A country or company code after the merchant ("SWIGGYIN", "ZOMATOLTD", "SWIGGYBLR").
  if (tail && (NOISE_WORDS.has(piece) || piece.length === GLUE_UNKNOWN_TAIL_LENGTH)) return true;
  if (budget === 0) return false;
  for (let end = Math.min(piece.length, MAX_KEYWORD_LENGTH); end >= MIN_PART_LENGTH; end--) {
    if (isKnownPart(piece.slice(0, end), index) && isMadeOfKnownParts(piece.slice(end), index, tail, budget - 1)) return true;
  }
  return false;
}

function findInsideGluedWords(tokens: readonly NoteToken[], index: TypeIndex, best: Candidate | null): Candidate | null {
  for (let position = 0; position < tokens.length; position++) {
    const { word, form, glued } = tokens[position]!;
    if (!glued || word.length <= GLUE_MIN_KEYWORD_LENGTH || !LETTERS_ONLY.test(word)) continue;
    if (index.exact.has(form) || NOISE_WORDS.has(word)) continue;
    for (let from = 0; from + GLUE_MIN_KEYWORD_LENGTH <= word.length; from++) {
      if (from > 0 && !isMadeOfKnownParts(word.slice(0, from), index, false)) continue;
      const longest = Math.min(word.length, from + MAX_KEYWORD_LENGTH);
      for (let to = longest; to - from >= GLUE_MIN_KEYWORD_LENGTH; to--) {
        if (from === 0 && to === word.length) continue;
        const entry = index.glued.get(word.slice(from, to));
        if (entry === undefined || !isMadeOfKnownParts(word.slice(to), index, true)) continue;
        const candidate = { entry, start: position, inside: true };
        if (isBetter(candidate, best)) best = candidate;
        break;
      }
    }
  }
  return best;
}

function deletions(form: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < form.length; i++) result.push(form.slice(0, i) + form.slice(i + 1));
  return result;
}

function fuzzyIndex(index: TypeIndex): Map<string, FuzzySource | null> {
  if (index.fuzzy !== null) return index.fuzzy;
  const fuzzy = new Map<string, FuzzySource | null>();
  for (const source of index.fuzzySources) {
    for (const spelling of [source.form, ...deletions(source.form)]) {
      const existing = fuzzy.get(spelling);
      if (existing === undefined) fuzzy.set(spelling, source);
      else if (existing !== null && existing.entry.categoryId !== source.entry.categoryId) fuzzy.set(spelling, null);
    }
  }
  index.fuzzy = fuzzy;
  return fuzzy;
}

/** At most one insertion, deletion, substitution or swap of neighbours between a and b. */
function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function findTypo(tokens: readonly NoteToken[], index: TypeIndex): Candidate | null {
  let best: Candidate | null = null;
  for (let position = 0; position < tokens.length; position++) {
    const { word, form } = tokens[position]!;
    if (form.length < FUZZY_MIN_WORD_LENGTH || !LETTERS_ONLY.test(word)) continue;
    if (NOISE_WORDS.has(word) || STOP_WORDS.has(word)) continue;
    const fuzzy = fuzzyIndex(index);
    for (const spelling of [form, ...deletions(form)]) {
      const source = fuzzy.get(spelling);
      if (!source || !isOneEditApart(form, source.form)) continue;
      const candidate = { entry: source.entry, start: position, inside: true };
      if (isBetter(candidate, best)) best = candidate;
    }
  }
  return best;
}

/** Compiles `categories` (in their tie-break order) into a detector. */
export function buildDetector(categories: readonly CategoryKeywords[]): Detector {
  const indexes: Record<TransactionType, TypeIndex> = { expense: emptyIndex(), income: emptyIndex() };
  categories.forEach((category, categoryPosition) => {
    const index = indexes[category.type];
    if (index === undefined) return;
    category.keywords.forEach((keyword, keywordPosition) => {
      addKeyword(index, category.id, keyword, categoryPosition * 100_000 + keywordPosition);
    });
  });

  return {
    detect(text: string, type: TransactionType): Detection {
      const index = indexes[type];
      if (index === undefined || typeof text !== "string") return NO_MATCH;
      const tokens = detectionTokens(text);
      if (tokens.length === 0) return NO_MATCH;
      const match =
        findInsideGluedWords(tokens, index, findWholeWords(tokens, index)) ?? findTypo(tokens, index);
      return match === null ? NO_MATCH : { categoryId: match.entry.categoryId, matched: match.entry.keyword };
    },
  };
}
