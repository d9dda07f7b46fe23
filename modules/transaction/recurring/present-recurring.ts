import { detectTransactionCategory } from "../detect-transaction-category";
import type { UserCategories } from "../user-categories";
import type { ScheduleRow } from "./recurring-repository";
import type { Recurring } from "./schemas";

/** The category each occurrence is recorded in: the one the schedule names, or what its note (then comment) detects. */
export function scheduleCategory(row: Pick<ScheduleRow, "categoryId" | "note" | "comment" | "type">, categories: UserCategories) {
  const named = row.categoryId ? categories.byId(row.categoryId) : undefined;
  return named
    ? { category: named, categorySource: "manual" as const }
    : { category: detectTransactionCategory(categories, row, row.type).category, categorySource: "auto" as const };
}

/** API.md's recurring object. */
export function presentRecurring(row: ScheduleRow, categories: UserCategories): Recurring {
  const { category, categorySource } = scheduleCategory(row, categories);
  return {
    id: row.id,
    type: row.type,
    amount: row.amount,
    category: category.name,
    categorySource,
    note: row.note,
    comment: row.comment,
    frequency: row.frequency,
    interval: row.interval,
    startDate: row.startDate,
    endDate: row.endDate,
    nextDate: row.nextDate,
    paused: row.paused,
    createdAt: row.createdAt,
  };
}
