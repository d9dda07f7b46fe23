// What to remember when a user files a note under another category than detected, so
// that the next note from the same merchant goes where the user put this one.
//
// 1. A keyword decided: that keyword, as written. Moving it to the user's category is
//    what makes the correction stick (a keyword belongs to one category).
// 2. Nothing decided: the most merchant-like run of the note: up to MAX_WORDS
//    consecutive significant words, preferring words written with a capital in a note
//    that mixes cases ("paid Joe's Garage" -> "joes garage"), else the first run.
//    Not significant: numbers and codes, single letters, stop words, months, and bank
//    noise (UPI, POS, card processors, bank names, company suffixes).
// 3. Nothing significant ("UPI/DR/4123/1234"): null, learn nothing.
import { NOISE_WORDS, STOP_WORDS } from "./bank-noise";
import type { Detection } from "./build-detector";
import { tokenizeNote, type NoteToken } from "./tokenize-note";

const MAX_WORDS = 2;
const MAX_LENGTH = 60;
const DIGIT = /\p{N}/u;
const ONLY_X = /^x+$/;

function isSignificant(token: NoteToken): boolean {
  const { word } = token;
  return word.length > 1 && !DIGIT.test(word) && !ONLY_X.test(word) && !STOP_WORDS.has(word) && !NOISE_WORDS.has(word);
}

/** Consecutive tokens that pass `keep`, each run at most MAX_WORDS long. */
function runs(tokens: readonly NoteToken[], keep: (token: NoteToken) => boolean): NoteToken[][] {
  const result: NoteToken[][] = [];
  let current: NoteToken[] = [];
  for (const token of tokens) {
    if (keep(token) && current.length < MAX_WORDS) {
      current.push(token);
      continue;
    }
    if (current.length > 0) result.push(current);
    current = keep(token) ? [token] : [];
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * The keyword to add to the user's chosen category after they corrected the category
 * of `note`; `detection` is what the detector answered for that note. Null when the
 * note holds nothing worth remembering.
 */
export function keywordToLearn(note: string, detection: Pick<Detection, "matched">): string | null {
  if (detection.matched !== null) return detection.matched;
  const tokens = tokenizeNote(note);
  const mixedCase = tokens.some((t) => t.capitalised) && tokens.some((t) => !t.capitalised && /\p{L}/u.test(t.word));
  const properNouns = mixedCase ? runs(tokens, (t) => t.capitalised && isSignificant(t)) : [];
  const chosen = properNouns[0] ?? runs(tokens, isSignificant)[0];
  if (chosen === undefined) return null;
  let keyword = chosen.map((t) => t.word).join(" ");
  if (keyword.length > MAX_LENGTH) keyword = keyword.slice(0, MAX_LENGTH).trimEnd();
  return keyword;
}
