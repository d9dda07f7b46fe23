// The list's filters as they live in the URL (?type=&category=&from=&to=&q=),
// so a filtered view can be bookmarked and the server renders it.
import type { TransactionType } from "@/modules/transaction/client";

export type ListFilters = {
  type: "all" | TransactionType;
  category: string[];
  from?: string;
  to?: string;
  q?: string;
};

export const FILTER_PARAMS = ["type", "category", "from", "to", "q"] as const;

/** The filters' query string, leaving out what doesn't filter; "" when nothing does. */
export function filtersQuery(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.type !== "all") params.set("type", filters.type);
  for (const category of filters.category) params.append("category", category);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.q) params.set("q", filters.q);
  return params.toString();
}

export const transactionsHref = (query: string) => (query ? `/transactions?${query}` : "/transactions");
