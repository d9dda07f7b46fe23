import { withoutMisleadingNoise } from "./bank-noise";
import { tokenizeNote, type NoteToken } from "./tokenize-note";

/** The words detection compares, for a note and for a keyword alike. */
export function detectionTokens(text: string): NoteToken[] {
  return withoutMisleadingNoise(tokenizeNote(text));
}

/**
 * The key a run of words is indexed and looked up under: the words written together,
 * the last one in its singular form. Writing them together makes "wi-fi", "wi fi" and
 * "wifi", or "swiggy instamart" and "SWIGGYINSTAMART", one key; only the last word is
 * made singular because English inflects the head of a phrase ("movie tickets",
 * "bank charges"), and so a glued "movieticket" keys like "movie ticket".
 */
export function keyOf(tokens: readonly Pick<NoteToken, "word" | "form">[]): string {
  let key = "";
  for (let i = 0; i < tokens.length - 1; i++) key += tokens[i]!.word;
  const last = tokens[tokens.length - 1];
  return last === undefined ? key : key + last.form;
}

/**
 * The form that decides whether two keywords are the same keyword (for "a keyword
 * belongs to one category" on user edits): case, accents, punctuation, spaces and
 * hyphens, apostrophes and a final plural don't count. "Wi-Fi" = "wifi",
 * "Domino's" = "dominos" = "domino", "Tickets" = "ticket", "Swiggy Instamart" =
 * "swiggyinstamart". Empty for a keyword with no letters or digits.
 */
export function canonicalKeyword(keyword: string): string {
  return keyOf(detectionTokens(keyword));
}
