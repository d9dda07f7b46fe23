// Chooses what to remember when a user overrides the suggested category of a note,
// so that the next note from the same merchant gets the user's category.
//
// Rule:
// 1. If the detector matched a built-in keyword, learn that keyword (normalized). It is
//    what made the suggestion wrong, and a learned keyword of equal length beats the
//    built-in one (see detect-category.ts), so the correction takes effect.
// 2. Otherwise learn the first "significant" words of the normalized note: skip leading
//    stop words, then take up to MAX_LEARNED_WORDS consecutive significant words,
//    stopping at the first insignificant one. Two words keep a merchant name specific
//    ("blue apron", not "blue") without dragging in the rest of the sentence.
//    A word is insignificant if it is a stop word (grammar, banking boilerplate,
//    company suffixes, months and weekdays), contains a digit (store numbers, card
//    refs, dates, amounts) or is a single character.
//    "Payment to ACME Corp 1234" -> "acme"; "POS 4821 Blue Apron NY" -> "blue apron".
// 3. Nothing significant left (e.g. "transfer 1234"): null, learn nothing.

import type { TransactionType } from "./categories";
import { detectCategory, normalizeText, tokenize } from "./detect-category";

const MAX_LEARNED_WORDS = 2;

// Written normalized (lowercase, no accents or apostrophes) because they are compared
// with normalized tokens.
const STOP_WORDS: ReadonlySet<string> = new Set([
  // Grammar
  "a", "an", "the", "to", "from", "for", "at", "in", "on", "of", "and", "with", "by", "via", "my", "our", "me",
  // Payment and bank-statement boilerplate
  "payment", "paid", "pay", "purchase", "pos", "card", "debit", "credit", "visa", "mastercard", "amex",
  "contactless", "transfer", "trf", "xfer", "ref", "reference", "txn", "transaction", "online", "direct",
  "dd", "so", "bill", "order", "recurring", "pending", "auth", "intl", "international", "sq", "tst", "pp",
  "paypal", "zelle", "venmo", "www", "com", "net", "org", "uk", "monthly", "weekly",
  // Company suffixes
  "ltd", "limited", "inc", "corp", "corporation", "llc", "plc", "gmbh", "sarl", "bv", "co",
  // Dates
  "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
  "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
  "mon", "monday", "tue", "tuesday", "wed", "wednesday", "thu", "thursday", "fri", "friday", "sat", "saturday",
  "sun", "sunday",
]);

const HAS_DIGIT = /\p{N}/u;

function isSignificant(word: string): boolean {
  return word.length > 1 && !HAS_DIGIT.test(word) && !STOP_WORDS.has(word);
}

/** The first run of up to MAX_LEARNED_WORDS consecutive significant words. */
function firstSignificantWords(words: readonly string[]): string[] {
  const start = words.findIndex(isSignificant);
  if (start === -1) return [];
  const run: string[] = [];
  for (const word of words.slice(start, start + MAX_LEARNED_WORDS)) {
    if (!isSignificant(word)) break;
    run.push(word);
  }
  return run;
}

/**
 * The keyword to store as a LearnedKeyword after the user corrected the category of
 * `note`, normalized; null when the note has nothing worth remembering.
 */
export function keywordToLearn(note: string, type: TransactionType): string | null {
  const { matched } = detectCategory(note, type);
  if (matched !== null) return normalizeText(matched);
  const words = firstSignificantWords(tokenize(note));
  return words.length > 0 ? words.join(" ") : null;
}
