import { systemClock, todayIn, type Clock } from "@/lib/clock";
import { userCategories } from "../user-categories";
import { upcomingOccurrences } from "./due-occurrences";
import { scheduleCategory } from "./present-recurring";
import { listSchedules } from "./recurring-repository";
import type { ScheduleOwner } from "./manage-recurring";
import type { UpcomingOccurrenceItem } from "./schemas";

/** GET /api/recurring/upcoming: the occurrences of the next `days` days, from tomorrow on, by date. */
export async function upcomingRecurring(owner: ScheduleOwner, days: number, clock: Clock = systemClock): Promise<UpcomingOccurrenceItem[]> {
  const [rows, categories] = await Promise.all([listSchedules(owner.id), userCategories(owner.id)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return upcomingOccurrences(rows, todayIn(owner.timezone, clock), days).map(({ recurringId, date }) => {
    const row = byId.get(recurringId)!;
    return { recurringId, date, type: row.type, amount: row.amount, category: scheduleCategory(row, categories).category.name, note: row.note };
  });
}
