import type { CategoryView } from "./schemas";
import type { UserCategory } from "./user-categories";

/** API.md's category object. */
export const presentCategory = (category: UserCategory): CategoryView => ({
  id: category.id,
  name: category.name,
  type: category.type,
  keywords: category.keywords.map((k) => k.keyword),
  builtin: category.builtin,
});
