// The currency picker's choices, built on the server so the list (and its
// labels) can't differ between server and browser and break hydration.
export type CurrencyOption = { code: string; label: string };
export type CurrencyChoices = { common: CurrencyOption[]; other: CurrencyOption[] };

const COMMON = ["USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "CNY", "INR", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN"];

export function currencyChoices(): CurrencyChoices {
  const names = new Intl.DisplayNames("en", { type: "currency" });
  const option = (code: string): CurrencyOption => ({ code, label: `${code} · ${names.of(code) ?? code}` });
  const all = Intl.supportedValuesOf("currency");
  return {
    common: COMMON.filter((code) => all.includes(code)).map(option),
    other: all.filter((code) => !COMMON.includes(code)).map(option),
  };
}

const EURO_AREA = "AD AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MC ME MT NL PT SI SK SM VA XK".split(" ");

const CURRENCY_BY_REGION: Record<string, string> = {
  ...Object.fromEntries(EURO_AREA.map((region) => [region, "EUR"])),
  AE: "AED", AR: "ARS", AU: "AUD", BR: "BRL", CA: "CAD", CH: "CHF", CL: "CLP", CN: "CNY", CO: "COP", CZ: "CZK",
  DK: "DKK", EG: "EGP", GB: "GBP", HK: "HKD", HU: "HUF", ID: "IDR", IL: "ILS", IN: "INR", IS: "ISK", JP: "JPY",
  KR: "KRW", LI: "CHF", MX: "MXN", MY: "MYR", NG: "NGN", NO: "NOK", NZ: "NZD", PH: "PHP", PL: "PLN", RO: "RON",
  SA: "SAR", SE: "SEK", SG: "SGD", TH: "THB", TR: "TRY", TW: "TWD", UA: "UAH", US: "USD", VN: "VND", ZA: "ZAR",
};

/**
 * The currency of the region of the browser's preferred language
 * ("de-CH" → CHF, "fr" → EUR), from the Accept-Language header; USD (the API's
 * default) when nothing matches.
 */
export function currencyForLanguages(acceptLanguage: string | null): string {
  for (const entry of (acceptLanguage ?? "").split(",")) {
    const tag = entry.split(";")[0]?.trim();
    if (!tag || tag === "*") continue;
    try {
      const region = new Intl.Locale(tag).maximize().region;
      const currency = region ? CURRENCY_BY_REGION[region] : undefined;
      if (currency) return currency;
    } catch {
      // Not a valid language tag: try the next one.
    }
  }
  return "USD";
}
