// For unit tests: a user's categories as registration seeds them (ids are the
// default keys), plus any keyword changes, without a database.
import type { KeywordOverrideRow } from "./category-repository";
import { defaultCategories } from "./detection";
import { compileCategories, type UserCategories } from "./user-categories";

export function defaultUserCategories(overrides: KeywordOverrideRow[] = []): UserCategories {
  const categories = defaultCategories().map((c) => ({ id: c.key, type: c.type, name: c.name, builtinKey: c.key }));
  return compileCategories(1, { revision: 1, categories, overrides });
}
