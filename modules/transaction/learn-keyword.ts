// A user's correction becomes a keyword of the category they chose, marked as
// learned; the keyword leaves whichever category held it (a keyword has one
// owner within a type).
import { upsertKeywordOverride } from "./category-repository";
import { canonicalKeyword } from "./detection";
import type { Lesson } from "./choose-category";
import { KEYWORD_MAX_LENGTH, MAX_KEYWORDS_PER_CATEGORY } from "./schemas";
import type { Db } from "./transaction-repository";
import { categoriesChanged, type UserCategories } from "./user-categories";

export async function learnKeyword(tx: Db, userId: string, categories: UserCategories, lesson: Lesson): Promise<void> {
  const { keyword, category } = lesson;
  const canonical = canonicalKeyword(keyword);
  if (!canonical || keyword.length > KEYWORD_MAX_LENGTH) return;
  if (categories.ownerOf(keyword, category.type)?.id === category.id) return;
  // A full category learns nothing more (API.md caps it): the user edits its keywords instead.
  if (category.keywords.length >= MAX_KEYWORDS_PER_CATEGORY) return;
  await upsertKeywordOverride(tx, userId, { type: category.type, keyword: canonical, written: keyword, categoryId: category.id, learned: true });
  await categoriesChanged(tx, userId);
}
