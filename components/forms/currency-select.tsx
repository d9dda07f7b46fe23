import type { CurrencyChoices } from "./currency-options";

/** The <option>s of a currency picker: the common ones first, then every other ISO 4217 code. */
export function CurrencyOptions({ choices }: { choices: CurrencyChoices }) {
  return (
    <>
      <optgroup label="Common">
        {choices.common.map(({ code, label }) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </optgroup>
      <optgroup label="All currencies">
        {choices.other.map(({ code, label }) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </optgroup>
    </>
  );
}
