// Two-decimal amount strings ("-12.50") as whole cents in a BigInt and back:
// the exact way to subtract money in JavaScript (ARCHITECTURE.md, Data).

const TWO_DECIMALS = /^(-?)(\d+)\.(\d{2})$/;

export function toCents(amount: string): bigint {
  const match = TWO_DECIMALS.exec(amount);
  if (!match) throw new RangeError(`Not a two-decimal amount: "${amount}"`);
  const cents = BigInt(`${match[2]}${match[3]}`);
  return match[1] ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const size = cents < 0n ? -cents : cents;
  return `${cents < 0n ? "-" : ""}${size / 100n}.${String(size % 100n).padStart(2, "0")}`;
}

/**
 * The amount as a JavaScript number, for chart geometry only: bar lengths
 * and line heights. Figures shown as text keep coming from the strings.
 */
export const toChartValue = (amount: string): number => Number(toCents(amount)) / 100;
