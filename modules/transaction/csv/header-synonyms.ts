import type { MappedField } from "./csv-format";

// Header names banks and finance apps write, normalized (see normalizeHeader),
// best first: when a file has two (Buchungstag and Valuta), the earlier one wins.
export const HEADER_SYNONYMS: Record<MappedField, readonly string[]> = {
  date: [
    "date", "transaction date", "trans date", "txn date", "tran date", "booking date", "posting date",
    "posted date", "post date", "buchungstag", "buchungsdatum", "datum", "completed date", "started date",
    "fecha", "fecha operacion", "date operation", "data", "datum transactie", "value date", "value dt",
    "valuta", "valutadatum", "wertstellung", "date valeur",
  ],
  amount: [
    "amount", "transaction amount", "txn amount", "amt", "betrag", "umsatz", "montant", "importe", "bedrag",
    "importo", "valor", "value", "net amount",
  ],
  debit: [
    "debit", "debits", "debit amount", "debit amt", "withdrawal", "withdrawals", "withdrawal amt",
    "withdrawal amount", "paid out", "money out", "out", "dr", "soll", "ausgabe", "ausgaben", "belastung",
    "debe", "debit montant",
  ],
  credit: [
    "credit", "credits", "credit amount", "credit amt", "deposit", "deposits", "deposit amt", "deposit amount",
    "paid in", "money in", "in", "cr", "haben", "einnahme", "einnahmen", "gutschrift", "haber",
  ],
  type: [
    "type", "transaction type", "txn type", "dr cr", "cr dr", "debit credit", "credit debit", "soll haben", "s h",
    "direction", "income expense",
  ],
  category: ["category", "kategorie", "categorie", "categoria", "category name"],
  note: [
    "note", "description", "transaction description", "details", "transaction details", "narration",
    "particulars", "payee", "merchant", "name", "beguenstigter zahlungspflichtiger", "beguenstigter",
    "auftraggeber empfanger", "auftraggeber empfaenger", "empfanger", "empfaenger", "zahlungsempfanger",
    "verwendungszweck", "buchungstext", "beschreibung", "libelle", "concepto", "descripcion", "omschrijving",
    "memo",
  ],
  comment: [
    "comment", "comments", "memo", "remarks", "notes", "additional details", "verwendungszweck", "buchungstext",
    "reference", "referenz",
  ],
};

/**
 * "Withdrawal Amt.", "Amount (GBP)", "Betrag in EUR" and "Auftraggeber /
 * Empfänger" as "withdrawal amt", "amount", "betrag", "auftraggeber empfanger":
 * case, accents, punctuation and a currency named in the header don't count.
 */
export function normalizeHeader(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/\(.*?\)|\[.*?\]/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+(in\s+)?(eur|usd|gbp|inr|chf)$/, "");
}

/** How well a header names a field: its position in the list, or Infinity. */
export function synonymRank(field: MappedField, normalizedHeader: string): number {
  const rank = HEADER_SYNONYMS[field].indexOf(normalizedHeader);
  return rank === -1 ? Infinity : rank;
}

// Headers in no list that still say what they hold ("Buchungs-Datum", "Amount paid").
const LOOSE_WORDS: Partial<Record<MappedField, RegExp>> = {
  date: /\b(date|datum|fecha)\b/,
  amount: /\b(amount|betrag|amt)\b/,
};

export function looselyNames(field: MappedField, normalizedHeader: string): boolean {
  return LOOSE_WORDS[field]?.test(normalizedHeader) ?? false;
}
