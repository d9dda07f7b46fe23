// The scheduler's work: every occurrence dated today or earlier, in each
// user's own time zone, becomes a transaction exactly once. Each schedule is
// handled in its own database transaction holding its row lock (another
// instance skips it meanwhile) and the occurrence's key (a date recorded
// before is never recorded again), with the transactions, their totals (by
// trigger) and the schedule's next date committed together.
import { systemClock, todayIn, type Clock } from "@/lib/clock";
import { logger } from "@/lib/log";
import { countTransactionCreated } from "@/lib/metrics";
import { timezonesOf } from "@/modules/user";
import { scheduleCategory } from "./present-recurring";
import { inTransaction, insertTransactionRows } from "../transaction-repository";
import { userCategories } from "../user-categories";
import { addDays } from "./calendar-days";
import { dueOccurrences } from "./due-occurrences";
import { claimOccurrences, dueSchedules, lockScheduleUnlessBusy, setNextDate, type ScheduleRow } from "./recurring-repository";

const BATCH = 200;

/** Records what is due of one schedule by `today` (its owner's date); the number of transactions recorded. */
export async function recordSchedule(id: string, today: string): Promise<number> {
  let total = 0;
  for (;;) {
    const recorded = await inTransaction(async (tx) => {
      const row = await lockScheduleUnlessBusy(tx, id);
      if (!row || row.paused || row.nextDate === null || row.nextDate > today) return null;
      const due = dueOccurrences(row, today);
      const dates = await claimOccurrences(tx, id, due.dates);
      const fields = await occurrenceFields(row);
      await insertTransactionRows(tx, row.userId, dates.map((date) => ({ ...fields, date, recurringId: row.id })));
      await setNextDate(tx, id, due.nextDate);
      return { count: dates.length, more: due.nextDate !== null && due.nextDate <= today };
    });
    if (!recorded) return total;
    total += recorded.count;
    for (let i = 0; i < recorded.count; i++) countTransactionCreated();
    if (!recorded.more) return total;
  }
}

/** What each occurrence records: the schedule's named category, or the one detected from its note then comment. */
async function occurrenceFields(row: ScheduleRow) {
  const { category, categorySource } = scheduleCategory(row, await userCategories(row.userId));
  return {
    type: row.type,
    amount: row.amount,
    categoryId: category.id,
    categorySource,
    note: row.note,
    comment: row.comment,
  };
}

/**
 * One pass over every schedule with something due. The scan reaches one day
 * past today in UTC (no time zone is further ahead), then each schedule is
 * held to its owner's own today.
 */
export async function recordDueOccurrences(clock: Clock = systemClock): Promise<{ schedules: number; recorded: number }> {
  const latest = addDays(todayIn("UTC", clock), 1);
  let schedules = 0;
  let recorded = 0;
  const seen = new Set<string>();
  for (;;) {
    const due = (await dueSchedules(latest, BATCH)).filter((s) => !seen.has(s.id));
    if (due.length === 0) break;
    const zones = await timezonesOf([...new Set(due.map((s) => s.userId))]);
    for (const schedule of due) {
      seen.add(schedule.id);
      schedules++;
      recorded += await recordSchedule(schedule.id, todayIn(zones.get(schedule.userId) ?? "UTC", clock));
    }
  }
  return { schedules, recorded };
}

const state = globalThis as unknown as { __ledgerlyScheduler?: NodeJS.Timeout };
const EVERY_MS = 60_000;

/** Runs a pass now (what fell due while the app was down) and then every minute, in this process; no cron. */
export function startRecurringScheduler(clock: Clock = systemClock): void {
  if (state.__ledgerlyScheduler) return;
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    try {
      const { recorded } = await recordDueOccurrences(clock);
      if (recorded > 0) logger.info("recurring transactions recorded", { recorded });
    } catch (error) {
      logger.error("recurring pass failed", { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  void pass();
  state.__ledgerlyScheduler = setInterval(() => void pass(), EVERY_MS);
  state.__ledgerlyScheduler.unref();
}
