// Links into the transactions page, filtered the way its URL encodes filters
// (?type=&category=&from=&to=, see app/(app)/transactions/_components/filters.ts).
import { monthRange } from "@/lib/clock";

export type TransactionsOfMonth = { month: string; type?: "income" | "expense"; category?: string };

/** The transactions page showing one month, optionally of one type and category. */
export function transactionsHref({ month, type, category }: TransactionsOfMonth): string {
  const { from, to } = monthRange(month);
  const params = new URLSearchParams();
  if (type) params.set("type", type);
  if (category) params.set("category", category);
  params.set("from", from);
  params.set("to", to);
  return `/transactions?${params}`;
}
