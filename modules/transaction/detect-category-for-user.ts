import type { TransactionType } from "./categories";
import { detectCategory, type Detection } from "./detect-category";
import { listLearnedKeywords } from "./learned-keyword-repository";

/** What the form shows live: the detector with this user's learned keywords. */
export async function detectCategoryForUser(userId: string, text: string, type: TransactionType): Promise<Detection> {
  return detectCategory(text, type, await listLearnedKeywords(userId, type));
}
