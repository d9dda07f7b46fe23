// Turns a note (or a keyword) into the words detection compares: accents and case
// folded, apostrophes deleted ("Domino's" -> "dominos"), every other non-letter or
// digit a separator ("UPI/ZOMATO/4521", "SQ *BLUE BOTTLE", "wi-fi" -> words), "+" read
// as "plus" ("Disney+", "Canal+"). Card numbers and references glued to a merchant
// ("SWIGGY8@YBL", "TESCO2931") are split off; short letter runs inside codes
// ("2K4LX9", "HDFC0000001") are not words and stay one harmless token.
import { singularForm } from "./word-form";

export type NoteToken = {
  /** Lowercase, accent-free letters and digits. */
  word: string;
  /** singularForm(word): what the keyword index is keyed on. */
  form: string;
  /**
   * Written as one capitalised block ("SWIGGYINSTAMART") or part of a UPI handle or
   * e-mail-like id ("zomato.payu@hdfcbank"): merchant names may be glued inside it, so
   * long keywords are also looked for within it. People typing in lowercase write words,
   * and looking inside those finds "ration" in "registration".
   */
  glued: boolean;
  /** Began with a capital letter in the note (keywordToLearn prefers proper nouns). */
  capitalised: boolean;
};

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['‘’`´ʼ]/g;
const LETTERS_NOT_DECOMPOSED = /[ßæœøłđı]/gi;
const LETTER_REPLACEMENTS: Readonly<Record<string, string>> = {
  ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i",
};
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const WHITESPACE = /\s+/u;
const PLUS = /\+/g;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const RUNS = /\p{L}+|\p{N}+/gu;
const ONLY_X = /^x+$/i;
const NOT_LETTERS = /\P{L}+/gu;

/** A glued merchant is longer than the keyword inside it (GLUE_MIN_KEYWORD_LENGTH + 1). */
const GLUED_CAPITALS_MIN_LENGTH = 7;
/** A letter run of a code shorter than this is not a word ("2K4LX9" has none). */
const MIN_LETTER_RUN = 4;

/** Case kept: capitals tell glued bank-export names and proper nouns apart. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function foldCharacters(text: string): string {
  // Most notes and keywords are plain ASCII: nothing to decompose.
  if (PLAIN_ASCII.test(text)) return text.replace(APOSTROPHES, "");
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(LETTERS_NOT_DECOMPOSED, (c) => LETTER_REPLACEMENTS[c] ?? c)
    .replace(APOSTROPHES, "");
}

function isCapitalBlock(raw: string): boolean {
  if (raw.length < GLUED_CAPITALS_MIN_LENGTH || raw === raw.toLowerCase()) return false;
  const letters = raw.replace(NOT_LETTERS, "");
  return letters.length >= GLUED_CAPITALS_MIN_LENGTH && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "swiggy8" -> swiggy, 8; "tesco2931" -> tesco, 2931; "zee5", "1mg", "2k4lx9" stay whole. */
function splitCode(raw: string): string[] {
  if (!LETTER.test(raw) || !DIGIT.test(raw)) return [raw];
  const runs = raw.match(RUNS) ?? [raw];
  const hasWord = runs.some((run) => LETTER.test(run) && run.length >= MIN_LETTER_RUN && !ONLY_X.test(run));
  if (!hasWord) return [raw];
  return runs.filter((run) => DIGIT.test(run) || (run.length >= MIN_LETTER_RUN && !ONLY_X.test(run)));
}

export function tokenizeNote(text: string): NoteToken[] {
  const tokens: NoteToken[] = [];
  for (const chunk of foldCharacters(text).split(WHITESPACE)) {
    if (chunk === "") continue;
    const handle = chunk.includes("@");
    for (const raw of (chunk.includes("+") ? chunk.replace(PLUS, " plus ") : chunk).split(SEPARATORS)) {
      if (raw === "") continue;
      const capitalBlock = isCapitalBlock(raw);
      const capitalised = raw[0] !== undefined && raw[0] !== raw[0].toLowerCase();
      for (const part of splitCode(raw)) {
        const word = part.toLowerCase();
        tokens.push({ word, form: singularForm(word), glued: handle || capitalBlock, capitalised });
      }
    }
  }
  return tokens;
}
