// Words that bank exports, card processors and UPI add around the merchant. They never
// decide a category (no default keyword is one of them: default-categories.test.ts
// checks it), keywordToLearn never learns them, and a few of them are dropped before
// matching because they would otherwise read as real words ("DR" is "debit" after
// "UPI/", not "doctor"; "AUTO DEBIT" is not an auto rickshaw).
// Written as tokenizeNote produces them (lowercase, no accents).

/** Markers of a bank transfer or statement line, in whose company DR / CR mean debit / credit. */
const STATEMENT_MARKERS: ReadonlySet<string> = new Set([
  "upi", "neft", "imps", "rtgs", "nach", "ecs", "mmt", "ach", "pos", "bil", "inf", "txn", "trf", "ref", "utr",
]);

const DEBIT_CREDIT: ReadonlySet<string> = new Set(["dr", "cr"]);

/** "auto debit", "auto pay", "auto renewal": the bank's automation, not a rickshaw. */
const AFTER_AUTO: ReadonlySet<string> = new Set([
  "debit", "debited", "pay", "payment", "renewal", "renew", "deduct", "deduction", "recharge", "sweep", "credit",
]);

/**
 * Company-name suffixes that are also real words; ignored after the first word so that
 * "AMAZON SELLER SERVICES" is Amazon and not the repairs keyword "service".
 */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(["services"]);

const LONG_NUMBER = /^\p{N}{6,}$/u;

export const NOISE_WORDS: ReadonlySet<string> = new Set([
  ...STATEMENT_MARKERS,
  ...DEBIT_CREDIT,
  // Card processors, wallets and payment rails
  "sq", "tst", "pp", "paypal", "venmo", "zelle", "cashapp", "stripe", "square", "sumup", "izettle", "adyen",
  "razorpay", "razp", "rzp", "payu", "pyu", "ccavenue", "billdesk", "cashfree", "paytm", "phonepe", "gpay",
  "bhim", "bharatpe", "mobikwik", "freecharge", "apl", "ybl", "ibl", "axl", "okaxis", "okhdfcbank", "okicici",
  "oksbi", "upi", "p2a", "p2m", "vpa", "visa", "mastercard", "amex", "rupay", "maestro", "contactless",
  "checkcard", "debitcard", "cc", "dc", "ppd", "web", "ecom", "vps", "bacs", "fps", "bgc", "chq",
  "dd", "so", "sto", "cb", "prlv", "sepa", "lastschrift", "kartenzahlung", "gutschrift", "uberweisung",
  "dauerauftrag", "vir", "virement", "carte", "achat", "paiement", "prelevement", "compra", "tarjeta", "pago",
  "recibo", "transferencia", "bonifico", "addebito", "pagamento", "betaalautomaat", "ideal", "overboeking",
  "incasso", "betaling", "bizum", "sofort", "klarna",
  // Banks and their codes
  "bank", "hdfc", "hdfcbank", "icici", "icic", "sbi", "sbin", "axis", "utib", "kotak", "kkbk", "yesb", "yes",
  "pnb", "punb", "bob", "barb", "canara", "cnrb", "idfc", "idfb", "indusind", "indb", "federal", "fdrl", "rbl",
  "ratn", "ubin", "ioba", "ipos", "citi", "citin", "chase", "bofa", "wells", "fargo", "barclays", "hsbc",
  "lloyds", "natwest", "santander", "monzo", "revolut", "starling", "nationwide", "halifax", "ing", "rabobank",
  "abn", "amro", "bnp", "paribas", "sparkasse", "commerzbank", "n26", "bunq", "wise", "payoneer",
  // Statement boilerplate
  "payment", "payments", "paid", "pay", "purchase", "purchases", "debit", "credit", "card", "transfer",
  "transaction", "xfer", "reference", "online", "direct", "recurring", "pending", "auth", "authorised",
  "authorized", "order", "orders", "intl", "international", "www", "com", "net", "org", "co", "in", "uk", "us", "eu", "de", "fr",
  "es", "it", "nl", "ltd", "limited", "pvt", "private", "inc", "corp", "corporation", "llc", "plc", "gmbh",
  "ag", "sa", "sarl", "bv", "nv", "srl", "sl", "pte", "pty", "services", "technologies", "solutions",
  "retail", "india", "store", "stores", "merchant", "mumbai", "delhi", "bangalore", "bengaluru", "blr",
  "london", "amount", "amt", "balance", "bal", "acct", "account", "id", "no", "num", "number", "mandate",
  "tfr", "from", "to",
]);

/** Grammar, dates and filler: never a merchant, never learned. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "to", "from", "for", "at", "in", "on", "of", "and", "with", "by", "via", "my", "our", "me",
  "i", "we", "you", "it", "is", "was", "or", "per", "as", "new", "old", "got", "get", "bought", "buy", "paid",
  "spent", "some", "few", "this", "that", "week", "weekly", "month", "monthly", "year", "yearly", "annual",
  "today", "yesterday", "tomorrow", "w", "etc", "de", "la", "le", "el", "der", "die", "das", "und",
  "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
  "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
  "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
  "friday", "sat", "saturday", "sun", "sunday", "q1", "q2", "q3", "q4",
]);

/**
 * Drops the tokens that would read as words but are statement noise here. Takes and
 * returns words in note order; everything else is kept (numbers too: they never match a
 * keyword unless the keyword contains them, like "microsoft 365").
 */
export function withoutMisleadingNoise<T extends { word: string }>(tokens: readonly T[]): T[] {
  const isStatement = tokens.some((t) => STATEMENT_MARKERS.has(t.word) || LONG_NUMBER.test(t.word));
  return tokens.filter((token, index) => {
    if (isStatement && DEBIT_CREDIT.has(token.word)) return false;
    if (token.word === "auto" && AFTER_AUTO.has(tokens[index + 1]?.word ?? "")) return false;
    if (index > 0 && NAME_SUFFIXES.has(token.word)) return false;
    return true;
  });
}
