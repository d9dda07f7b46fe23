// What the add form and the edit dialog share: the form's values, the body
// each sends, and the fields a server problem can land on (showFieldProblems,
// lib/api-problem.ts). The API validates (its schema reads "" as "none" for
// category and endDate, and the interval's digits as a number), so the form
// sends its values as they are.
import { asSentence } from "@/components/forms/field-sentence";
import type { Frequency, Recurring } from "@/modules/transaction";
import type { TransactionType } from "@/modules/transaction/client";

export type RecurringFormValues = {
  type: TransactionType;
  amount: string;
  note: string;
  /** "": detected from the note. */
  category: string;
  frequency: Frequency;
  /** Digits, as the input holds them. */
  interval: string;
  startDate: string;
  /** "": no end. */
  endDate: string;
};

export const FORM_FIELDS = ["type", "amount", "note", "category", "frequency", "interval", "startDate", "endDate"] as const satisfies readonly (keyof RecurringFormValues)[];

export const FREQUENCY_LABEL: Record<Frequency, string> = { daily: "Daily", weekly: "Weekly", monthly: "Monthly", yearly: "Yearly" };
export const FREQUENCY_OPTIONS = Object.keys(FREQUENCY_LABEL) as Frequency[];

export const emptyRecurringValues = (today: string): RecurringFormValues => ({
  type: "expense",
  amount: "",
  note: "",
  category: "",
  frequency: "monthly",
  interval: "1",
  startDate: today,
  endDate: "",
});

/** An edit form starts from the schedule; a detected category shows as "Automatic". */
export function formValuesOf(recurring: Recurring): RecurringFormValues {
  const { type, amount, note, category, categorySource, frequency, interval, startDate, endDate } = recurring;
  return { type, amount, note, category: categorySource === "manual" ? category : "", frequency, interval: String(interval), startDate, endDate: endDate ?? "" };
}

/** The fields the user changed, for PATCH: the others stay as they are. */
export function changedFields(values: RecurringFormValues, dirty: Partial<Record<keyof RecurringFormValues, boolean | undefined>>): Partial<RecurringFormValues> {
  return Object.fromEntries(FORM_FIELDS.filter((field) => dirty[field]).map((field) => [field, values[field]]));
}

const FIELD_WORDS: Record<string, string> = { startDate: "the start date", endDate: "the end date" };

/** An API message as a sentence under its field, with the API's field names in words: "Must be on or after the start date." */
export function fieldMessage(message: string | undefined): string | undefined {
  if (!message) return undefined;
  return asSentence(message.replace(/\b(startDate|endDate)\b/g, (name) => FIELD_WORDS[name] ?? name));
}
