// Built on the server, like the currency list, so server and browser render the same options.
export type TimezoneOption = { zone: string; label: string };

/** Every IANA zone the server knows, plus UTC and the user's current one if the list lacks them. */
export function timezoneChoices(current: string): TimezoneOption[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones]
    .sort((a, b) => a.localeCompare(b))
    .map((zone) => ({ zone, label: zone.replaceAll("_", " ") }));
}
