// Exact cents arithmetic lives in lib/money; charts also need plain numbers.
import { toCents } from "@/lib/money";

export { fromCents, toCents } from "@/lib/money";

/**
 * The amount as a JavaScript number, for chart geometry only: bar lengths
 * and line heights. Figures shown as text keep coming from the strings.
 */
export const toChartValue = (amount: string): number => Number(toCents(amount)) / 100;
