// The list's and the summary's filters as the repository takes them: category
// names (case-insensitive) become the user's category ids. An unknown name, or
// one of the other type when a type is asked for, is a 400 on `category`.
import { invalidField } from "@/lib/http";
import { resolveCategory } from "./choose-category";
import type { TransactionFiltersQuery } from "./schemas";
import type { TransactionFilters } from "./transaction-repository";
import { userCategories } from "./user-categories";

export async function resolveFilters(userId: string, query: Partial<TransactionFiltersQuery>): Promise<TransactionFilters> {
  const { category: names = [], ...rest } = query;
  if (names.length === 0) return rest;
  const categories = await userCategories(userId);
  const type = rest.type ?? "all";
  const categoryIds = names.flatMap((name) => {
    if (type !== "all") return [resolveCategory(categories, name, type).id];
    const found = categories.byName(name);
    if (found.length === 0) throw invalidField("category", `"${name}" is not one of your categories (see GET /api/categories)`);
    return found.map((c) => c.id);
  });
  return { ...rest, categoryIds };
}
