// Recurring transactions live in the transaction module: each occurrence is a
// transaction, written in the same database transaction as its totals and the
// schedule's next date, detected like any other (see ARCHITECTURE.md, Data).
export { createRecurring, deleteRecurring, getRecurring, listRecurring, patchRecurring } from "./manage-recurring";
export type { ScheduleOwner } from "./manage-recurring";
export { upcomingRecurring } from "./upcoming-recurring";
export { recordDueOccurrences, startRecurringScheduler } from "./record-due";
export { createRecurringBodySchema, patchRecurringBodySchema, upcomingQuerySchema } from "./schemas";
export type { CreateRecurringInput, PatchRecurringInput, Recurring, UpcomingOccurrenceItem } from "./schemas";
export { FREQUENCIES } from "./occurrence-dates";
export type { Frequency } from "./occurrence-dates";
export { recurringOpenApi } from "./openapi";
