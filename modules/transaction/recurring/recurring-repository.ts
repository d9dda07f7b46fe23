// Data access for transactions.recurring_schedules and their recorded
// occurrences (STYLE.md §6). Every statement a user's request runs carries
// their user_id; the scheduler's statements lock one schedule at a time.
import * as Prisma from "@/lib/db/sql-fragments";
import { sql } from "@/lib/db/sql";
import type { TransactionType } from "../categories";
import type { Db } from "../transaction-repository";
import type { Frequency } from "./occurrence-dates";

export type ScheduleFields = {
  type: TransactionType;
  amount: string;
  categoryId: string | null;
  note: string;
  comment: string;
  frequency: Frequency;
  interval: number;
  startDate: string;
  endDate: string | null;
  nextDate: string | null;
  paused: boolean;
};

export type ScheduleRow = ScheduleFields & { id: string; userId: string; createdAt: string };

const COLUMNS = Prisma.raw(`id, user_id AS "userId", type, amount::text AS amount, category_id AS "categoryId", note, comment,
  frequency, interval, start_date::text AS "startDate", end_date::text AS "endDate", next_date::text AS "nextDate", paused,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"`);

/** `created_at` is the insert's own moment, so schedules made in one transaction (an account import) keep their order. */
export async function insertSchedule(tx: Db, userId: string, f: ScheduleFields): Promise<ScheduleRow> {
  const [row] = await tx.query<ScheduleRow>(Prisma.sql`
    INSERT INTO transactions.recurring_schedules
           (id, user_id, type, amount, category_id, note, comment, frequency, interval, start_date, end_date, next_date, paused, created_at, updated_at)
    VALUES (gen_random_uuid(), ${userId}::uuid, ${f.type}, ${f.amount}::numeric, ${f.categoryId}::uuid, ${f.note}, ${f.comment}, ${f.frequency},
            ${f.interval}, ${f.startDate}::date, ${f.endDate}::date, ${f.nextDate}::date, ${f.paused}, clock_timestamp(), now())
    RETURNING ${COLUMNS}`);
  return row!;
}

export async function updateSchedule(tx: Db, userId: string, id: string, f: ScheduleFields): Promise<ScheduleRow | null> {
  const [row] = await tx.query<ScheduleRow>(Prisma.sql`
    UPDATE transactions.recurring_schedules
       SET type = ${f.type}, amount = ${f.amount}::numeric, category_id = ${f.categoryId}::uuid, note = ${f.note}, comment = ${f.comment},
           frequency = ${f.frequency}, interval = ${f.interval}, start_date = ${f.startDate}::date, end_date = ${f.endDate}::date,
           next_date = ${f.nextDate}::date, paused = ${f.paused}, updated_at = now()
     WHERE id = ${id}::uuid AND user_id = ${userId}::uuid
    RETURNING ${COLUMNS}`);
  return row ?? null;
}

export async function findSchedule(userId: string, id: string, client: Db = sql()): Promise<ScheduleRow | null> {
  const [row] = await client.query<ScheduleRow>(Prisma.sql`
    SELECT ${COLUMNS} FROM transactions.recurring_schedules WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`);
  return row ?? null;
}

/** The user's schedule, locked until the transaction ends (the scheduler waits rather than records an old version). */
export async function lockSchedule(tx: Db, userId: string, id: string): Promise<ScheduleRow | null> {
  const [row] = await tx.query<ScheduleRow>(Prisma.sql`
    SELECT ${COLUMNS} FROM transactions.recurring_schedules WHERE id = ${id}::uuid AND user_id = ${userId}::uuid FOR UPDATE`);
  return row ?? null;
}

/** Soonest first; ended schedules last. */
export async function listSchedules(userId: string): Promise<ScheduleRow[]> {
  return sql().query<ScheduleRow>(Prisma.sql`
    SELECT ${COLUMNS} FROM transactions.recurring_schedules WHERE user_id = ${userId}::uuid
     ORDER BY next_date NULLS LAST, created_at, id`);
}

export async function deleteSchedule(userId: string, id: string): Promise<boolean> {
  return (await sql().execute(Prisma.sql`DELETE FROM transactions.recurring_schedules WHERE id = ${id}::uuid AND user_id = ${userId}::uuid`)) === 1;
}

/** The last occurrence recorded, or null before the first. */
export async function lastRecordedDate(tx: Db, scheduleId: string): Promise<string | null> {
  const [row] = await tx.query<{ date: string | null }>(Prisma.sql`
    SELECT max(date)::text AS date FROM transactions.recurring_occurrences WHERE schedule_id = ${scheduleId}::uuid`);
  return row?.date ?? null;
}

// ------------------------------------------------------------- scheduler

/** Live schedules with an occurrence due on or before `latest` (UTC date; callers check each user's own "today"). */
export async function dueSchedules(latest: string, limit: number): Promise<Array<{ id: string; userId: string }>> {
  return sql().query(Prisma.sql`
    SELECT id, user_id AS "userId" FROM transactions.recurring_schedules
     WHERE next_date <= ${latest}::date AND NOT paused
     ORDER BY next_date, id LIMIT ${limit}`);
}

/** The schedule, locked for this transaction, or null when another instance is recording it right now. */
export async function lockScheduleUnlessBusy(tx: Db, id: string): Promise<ScheduleRow | null> {
  const [row] = await tx.query<ScheduleRow>(Prisma.sql`
    SELECT ${COLUMNS} FROM transactions.recurring_schedules WHERE id = ${id}::uuid FOR UPDATE SKIP LOCKED`);
  return row ?? null;
}

/** Marks the dates recorded and returns those that weren't already: the key makes each occurrence happen once. */
export async function claimOccurrences(tx: Db, scheduleId: string, dates: readonly string[]): Promise<string[]> {
  if (dates.length === 0) return [];
  const rows = await tx.query<{ date: string }>(Prisma.sql`
    INSERT INTO transactions.recurring_occurrences (schedule_id, date)
    SELECT ${scheduleId}::uuid, d::date FROM unnest(${dates}::text[]) AS d
    ON CONFLICT DO NOTHING
    RETURNING date::text AS date`);
  return rows.map((r) => r.date).sort();
}

export async function setNextDate(tx: Db, id: string, nextDate: string | null): Promise<void> {
  await tx.execute(Prisma.sql`UPDATE transactions.recurring_schedules SET next_date = ${nextDate}::date WHERE id = ${id}::uuid`);
}
