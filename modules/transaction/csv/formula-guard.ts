// API.md: a text cell starting with =, +, -, @, tab or CR gets a leading ' so
// a spreadsheet shows it as text instead of running it as a formula.
//
// For the round trip to be lossless the import removes that ' again. A note
// that really starts with ' followed by one of those characters ("'=x") would
// then lose its own ', so such a cell gets one more ' on export ("''=x"), and
// the import removes exactly one. A ' before anything else ("'tis") is left
// alone both ways, so ordinary text is written exactly as API.md says.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
