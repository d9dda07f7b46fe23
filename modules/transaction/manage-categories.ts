// POST, PATCH and DELETE /api/categories: a user's own categories (API.md,
// "Categories are the user's own"). Each change runs in one database
// transaction holding the user's category lock, reads the categories fresh
// under it, and raises their revision so every instance's cache renews.
import { AppError, invalidField, notFound } from "@/lib/http";
import type { TransactionType } from "./categories";
import { deleteKeywordOverride, insertCategory, moveAndDeleteCategory, renameCategory, upsertKeywordOverride } from "./category-repository";
import { planKeywords, type KeywordPlan } from "./category-keywords";
import { resolveCategory } from "./choose-category";
import { isUuid } from "./cursor";
import { presentCategory } from "./present-category";
import type { CategoryView, CreateCategoryInput, PatchCategoryInput } from "./schemas";
import { inTransaction, type Db } from "./transaction-repository";
import { categoriesChanged, lockedUserCategories, userCategories, type UserCategory } from "./user-categories";

const MAX_CATEGORIES_PER_TYPE = 100;

const exists = (name: string, type: TransactionType) =>
  new AppError("category_exists", `You already have an ${type} category called "${name}".`, {
    errors: [{ path: "name", message: "is already taken" }],
  });

const protectedCategory = (category: UserCategory) =>
  new AppError("category_protected", `${category.name} is where transactions go when nothing else fits; it can't be renamed or deleted.`);

async function applyKeywordPlan(tx: Db, userId: string, plan: KeywordPlan): Promise<void> {
  for (const row of plan.upsert) await upsertKeywordOverride(tx, userId, row);
  for (const keyword of plan.remove) await deleteKeywordOverride(tx, userId, plan.type, keyword);
}

/** The category as it is after the change (committed), from the fresh revision. */
async function presentAfterChange(userId: string, id: string): Promise<CategoryView> {
  return presentCategory((await userCategories(userId)).byId(id)!);
}

export async function createCategory(userId: string, input: CreateCategoryInput): Promise<CategoryView> {
  const id = await inTransaction(async (tx) => {
    const categories = await lockedUserCategories(tx, userId);
    if (categories.byName(input.name, input.type).length) throw exists(input.name, input.type);
    if (categories.ofType(input.type).length >= MAX_CATEGORIES_PER_TYPE) {
      throw invalidField("type", `you can have at most ${MAX_CATEGORIES_PER_TYPE} ${input.type} categories`);
    }
    const row = await insertCategory(tx, userId, input.type, input.name);
    if (!row) throw exists(input.name, input.type);
    const plan = planKeywords(categories, { ...row, keywords: [] }, input.keywords ?? []);
    await applyKeywordPlan(tx, userId, plan);
    await categoriesChanged(tx, userId);
    return row.id;
  });
  return presentAfterChange(userId, id);
}

async function findCategoryOrThrow(tx: Db, userId: string, id: string) {
  if (!isUuid(id)) throw notFound("category");
  const categories = await lockedUserCategories(tx, userId);
  const category = categories.byId(id);
  if (!category) throw notFound("category");
  return { categories, category };
}

export async function updateCategory(userId: string, id: string, input: PatchCategoryInput): Promise<CategoryView> {
  await inTransaction(async (tx) => {
    const { categories, category } = await findCategoryOrThrow(tx, userId, id);
    if (input.name !== undefined && input.name !== category.name) {
      if (category.protected) throw protectedCategory(category);
      if (!(await renameCategory(tx, userId, id, input.name))) throw exists(input.name, category.type);
    }
    if (input.keywords !== undefined) {
      const plan = planKeywords(categories, category, input.keywords);
      await applyKeywordPlan(tx, userId, plan);
    }
    await categoriesChanged(tx, userId);
  });
  return presentAfterChange(userId, id);
}

/** Moves its transactions to `moveTo` (default: the fallback), deletes its budget, then the category. */
export async function deleteCategory(userId: string, id: string, moveTo?: string): Promise<void> {
  await inTransaction(async (tx) => {
    const { categories, category } = await findCategoryOrThrow(tx, userId, id);
    if (category.protected) throw protectedCategory(category);
    const target = moveTo === undefined ? categories.fallback(category.type) : resolveCategory(categories, moveTo, category.type, "moveTo");
    if (target.id === category.id) throw invalidField("moveTo", "must be another category than the one deleted");
    await moveAndDeleteCategory(tx, userId, id, target.id);
    await categoriesChanged(tx, userId);
  });
}
