// The singular form a word is indexed and looked up under, so that a keyword matches
// its plural and the reverse ("tickets" = "ticket", "classes" = "class", "charges" =
// "charge"), applied the same way to keywords and to notes. It is deliberately light:
// only plural endings and the two spellings of a final y/ie ("grocery" / "groceries",
// "movie" / "movies") are folded, never suffixes like -ing or -er, so that "parking" is
// not "park" and "trainer" is not "train".

// Words whose final s is not a plural ending (or whose plural is irregular). Words of
// three letters or fewer ("bus", "gas", "yes") and endings -ss, -us, -is ("class",
// "bonus", "tennis") are already left alone by the rule below.
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["buses", "bus"],
  ["gases", "gas"],
  ["taxis", "taxi"],
  ["bonuses", "bonus"],
  ["lenses", "lens"],
  ["campuses", "campus"],
  ["children", "child"],
  ["women", "woman"],
  ["men", "man"],
  ["teeth", "tooth"],
  ["feet", "foot"],
  ["knives", "knife"],
  ["wives", "wife"],
]);

const NOT_PLURAL: ReadonlySet<string> = new Set([
  "news", "series", "species", "lens", "canvas", "atlas", "always", "perhaps", "towards",
  "christmas", "xmas", "texas", "vegas", "kansas", "arkansas", "lucas", "thomas", "nicholas",
  "mercedes", "diabetes", "herpes", "rabies", "physics", "mathematics", "maths", "economics",
  "politics", "athletics", "aerobics", "gymnastics", "electronics", "genetics", "ethics",
  // Brands: singular names that end in s and would otherwise meet another keyword
  // ("Currys" the retailer vs "curry", "BSES" vs "BSE", "Thalys" vs "thali").
  "currys", "bses", "thalys",
]);

const HAS_DIGIT = /\p{N}/u;
const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT_ES = /(?:ch|sh|x|zz)es$/;
const NON_PLURAL_S = /(?:ss|us|is)$/;

/** The form `word` (lowercase letters, as produced by tokenizeNote) is compared under. */
export function singularForm(word: string): string {
  if (word.length <= 3 || HAS_DIGIT.test(word)) return word;
  let form = IRREGULAR.get(word) ?? word;
  if (form === word && !NOT_PLURAL.has(word)) {
    if (word.endsWith("ies") && word.length > 4) form = `${word.slice(0, -3)}i`;
    else if (word.endsWith("sses") || SIBILANT_ES.test(word)) form = word.slice(0, -2);
    else if (word.endsWith("s") && !NON_PLURAL_S.test(word)) form = word.slice(0, -1);
  }
  // Both spellings of the ending meet on "i": grocery/groceries -> groceri, movie/movies -> movi.
  if (form.length > 3 && CONSONANT_Y.test(form)) return `${form.slice(0, -1)}i`;
  if (form.length > 4 && form.endsWith("ie")) return form.slice(0, -1);
  if (form.length > 3 && form.endsWith("oe")) return form.slice(0, -1);
  return form;
}
