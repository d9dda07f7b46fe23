// The recurring endpoints (API.md, Recurring transactions). Changes and
// deletion touch future occurrences only: what was recorded stays as it is.
import { systemClock, todayIn, type Clock } from "@/lib/clock";
import { invalidField, notFound } from "@/lib/http";
import { resolveCategory } from "../choose-category";
import { isUuid } from "../cursor";
import { inTransaction } from "../transaction-repository";
import { userCategories } from "../user-categories";
import { addDays } from "./calendar-days";
import { firstOccurrenceOnOrAfter } from "./occurrence-dates";
import { presentRecurring } from "./present-recurring";
import { recordSchedule } from "./record-due";
import { deleteSchedule, findSchedule, insertSchedule, lastRecordedDate, listSchedules, lockSchedule, updateSchedule, type ScheduleFields } from "./recurring-repository";
import { endDateProblem, type CreateRecurringInput, type PatchRecurringInput, type Recurring } from "./schemas";

/** Whose schedule, and the time zone their "today" is in. */
export type ScheduleOwner = { id: string; timezone: string };

const latest = <T extends string>(...dates: Array<T | null>): T => dates.filter((d): d is T => d !== null).sort().at(-1)!;

async function present(owner: ScheduleOwner, id: string): Promise<Recurring> {
  const row = await findSchedule(owner.id, id);
  if (!row) throw notFound("recurring transaction");
  return presentRecurring(row, await userCategories(owner.id));
}

async function categoryIdFor(owner: ScheduleOwner, name: string | null | undefined, type: ScheduleFields["type"]): Promise<string | null> {
  if (!name) return null;
  return resolveCategory(await userCategories(owner.id), name, type).id;
}

export async function createRecurring(owner: ScheduleOwner, input: CreateRecurringInput, clock: Clock = systemClock): Promise<Recurring> {
  const fields: ScheduleFields = {
    type: input.type,
    amount: input.amount,
    categoryId: await categoryIdFor(owner, input.category, input.type),
    note: input.note ?? "",
    comment: input.comment ?? "",
    frequency: input.frequency,
    interval: input.interval,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    nextDate: input.startDate,
    paused: input.paused,
  };
  const row = await inTransaction((tx) => insertSchedule(tx, owner.id, fields));
  // What is already due (a start today or in the past) is recorded now, not in a minute.
  await recordSchedule(row.id, todayIn(owner.timezone, clock));
  return present(owner, row.id);
}

export async function patchRecurring(owner: ScheduleOwner, id: string, input: PatchRecurringInput, clock: Clock = systemClock): Promise<Recurring> {
  if (!isUuid(id)) throw notFound("recurring transaction");
  const today = todayIn(owner.timezone, clock);
  const categories = await userCategories(owner.id);
  await inTransaction(async (tx) => {
    const current = await lockSchedule(tx, owner.id, id);
    if (!current) throw notFound("recurring transaction");
    const merged = {
      type: input.type ?? current.type,
      amount: input.amount ?? current.amount,
      note: input.note ?? current.note,
      comment: input.comment ?? current.comment,
      frequency: input.frequency ?? current.frequency,
      interval: input.interval ?? current.interval,
      startDate: input.startDate ?? current.startDate,
      endDate: input.endDate === undefined ? current.endDate : input.endDate,
      paused: input.paused ?? current.paused,
    };
    const problem = endDateProblem(merged.startDate, merged.endDate);
    if (problem) throw invalidField("endDate", problem);
    // A named category of the old type can't stay when the type changes without naming another.
    const kept = current.categoryId && categories.byId(current.categoryId)?.type === merged.type ? current.categoryId : null;
    const categoryId =
      input.category === undefined ? kept : input.category === null ? null : resolveCategory(categories, input.category, merged.type).id;
    // Future occurrences only: after the last one recorded, and, on resuming, from today (what fell due while paused is skipped).
    const recorded = await lastRecordedDate(tx, id);
    const resuming = current.paused && !merged.paused;
    const from = latest(merged.startDate, recorded && addDays(recorded, 1), resuming ? today : null);
    const nextDate = firstOccurrenceOnOrAfter(merged, from);
    await updateSchedule(tx, owner.id, id, { ...merged, categoryId, nextDate });
  });
  await recordSchedule(id, today);
  return present(owner, id);
}

export async function deleteRecurring(owner: ScheduleOwner, id: string): Promise<void> {
  if (!isUuid(id) || !(await deleteSchedule(owner.id, id))) throw notFound("recurring transaction");
}

export async function getRecurring(owner: ScheduleOwner, id: string): Promise<Recurring> {
  if (!isUuid(id)) throw notFound("recurring transaction");
  return present(owner, id);
}

export async function listRecurring(owner: ScheduleOwner): Promise<Recurring[]> {
  const [rows, categories] = await Promise.all([listSchedules(owner.id), userCategories(owner.id)]);
  return rows.map((row) => presentRecurring(row, categories));
}
