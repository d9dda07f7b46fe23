import type { TransactionType } from "./categories";
import { detectTransactionCategory } from "./detect-transaction-category";
import { presentCategory } from "./present-category";
import type { CategoryView } from "./schemas";
import { userCategories, type UserCategory } from "./user-categories";

/** GET /api/categories: the user's categories (of one type, when given), with the keywords detection uses. */
export async function listCategories(userId: string, type?: TransactionType): Promise<CategoryView[]> {
  const { all } = await userCategories(userId);
  return all.filter((c) => !type || c.type === type).map(presentCategory);
}

/** For the pages: every category with which keywords were learned from corrections. */
export async function categoriesWithKeywords(userId: string): Promise<readonly UserCategory[]> {
  return (await userCategories(userId)).all;
}

/** GET /api/categories/detect: what the form shows live, with this user's categories and keywords. */
export async function detectCategoryForUser(userId: string, text: string, type: TransactionType): Promise<{ category: string; matched: string | null }> {
  const { category, matched } = detectTransactionCategory(await userCategories(userId), { note: text, comment: "" }, type);
  return { category: category.name, matched };
}
