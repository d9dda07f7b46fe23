"use client";

import { useEffect } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { CalendarClock } from "lucide-react";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { NOTE_MAX_LENGTH, type TransactionType } from "@/modules/transaction/client";
import { isOfType, namesOfType, type CategoryOption } from "../../transactions/_components/category-options";
import { TypeToggle } from "../../transactions/_components/type-toggle";
import { useDetectedCategory } from "../../transactions/_components/use-detected-category";
import { FREQUENCY_LABEL, FREQUENCY_OPTIONS, fieldMessage, type RecurringFormValues } from "./recurring-form";
import { intervalUnit, scheduleWords } from "./schedule-words";

export interface RecurringFieldsProps {
  form: UseFormReturn<RecurringFormValues>;
  categories: readonly CategoryOption[];
  currency: string;
  /** Today in the user's time zone: a start on or before it is recorded at once. */
  today: string;
  /** "wide": the add card, three rows on large screens; "dialog": two columns. */
  layout: "wide" | "dialog";
  /** The submit button (and Cancel), the grid's last cell. */
  actions?: React.ReactNode;
}

// A 12-column grid on large screens for the add card, two columns from `sm`
// for both; phones get one field per line.
const SPANS = {
  wide: {
    grid: "sm:grid-cols-2 lg:grid-cols-12",
    amount: "lg:col-span-3",
    type: "lg:col-span-3",
    note: "sm:col-span-2 lg:col-span-6",
    category: "lg:col-span-3",
    frequency: "lg:col-span-3",
    interval: "lg:col-span-2",
    startDate: "lg:col-span-2",
    endDate: "lg:col-span-2",
    summary: "sm:col-span-2 lg:col-span-9",
    actions: "sm:col-span-2 lg:col-span-3",
  },
  dialog: {
    grid: "sm:grid-cols-2",
    amount: "",
    type: "",
    note: "sm:col-span-2",
    category: "sm:col-span-2",
    frequency: "",
    interval: "",
    startDate: "",
    endDate: "",
    summary: "sm:col-span-2",
    actions: "sm:col-span-2",
  },
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Type, amount, note, category, how often and from when to when: the add form's and the edit dialog's fields. */
export function RecurringFields({ form, categories, currency, today, layout, actions }: RecurringFieldsProps) {
  const { register, control, getValues, setValue } = form;
  const { errors } = form.formState;
  const [type, note, category, frequency, interval, startDate] = useWatch({
    control,
    name: ["type", "note", "category", "frequency", "interval", "startDate"],
  });
  const transactionType: TransactionType = type;
  const fallback = transactionType === "income" ? "Other Income" : "Other";
  const detection = useDetectedCategory(note, "", transactionType, fallback);
  const count = /^\d{1,3}$/.test(interval) && Number(interval) >= 1 ? Number(interval) : 1;

  // A category of the other type no longer applies once the type changes.
  useEffect(() => {
    const current = getValues("category");
    if (current !== "" && !isOfType(categories, current, transactionType)) setValue("category", "", { shouldDirty: true });
  }, [transactionType, categories, getValues, setValue]);

  const spans = SPANS[layout];
  const startValid = DATE.test(startDate);
  return (
    <div className={cn("grid items-start gap-4", spans.grid)}>
      <Field label={`Amount (${currency})`} error={fieldMessage(errors.amount?.message)} required className={spans.amount}>
        {(control) => <Input {...control} {...register("amount")} inputMode="decimal" autoComplete="off" placeholder="0.00" className="tabular-nums" />}
      </Field>

      <div className={cn("grid gap-2", spans.type)}>
        <TypeToggle {...register("type")} />
        {errors.type?.message ? <p role="alert" className="text-sm font-medium text-danger">{fieldMessage(errors.type.message)}</p> : null}
      </div>

      <Field
        label="Note"
        error={fieldMessage(errors.note?.message)}
        className={spans.note}
        hint={category ? undefined : <>Category from the note: <strong className="font-medium text-foreground">{detection.category}</strong></>}
      >
        {(control) => <Input {...control} {...register("note")} maxLength={NOTE_MAX_LENGTH} autoComplete="off" placeholder="What is it? e.g. Rent, Netflix, Salary" />}
      </Field>

      <Field label="Category" error={fieldMessage(errors.category?.message)} className={spans.category}>
        {(control) => (
          <Select {...control} {...register("category")}>
            <option value="">Automatic: {detection.category}</option>
            {namesOfType(categories, transactionType).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        )}
      </Field>

      <Field label="Repeats" error={fieldMessage(errors.frequency?.message)} required className={spans.frequency}>
        {(control) => (
          <Select {...control} {...register("frequency")}>
            {FREQUENCY_OPTIONS.map((value) => (
              <option key={value} value={value}>
                {FREQUENCY_LABEL[value]}
              </option>
            ))}
          </Select>
        )}
      </Field>

      <Field
        label={
          <>
            Every<span className="sr-only"> ({intervalUnit(frequency, count)})</span>
          </>
        }
        error={fieldMessage(errors.interval?.message)}
        required
        className={spans.interval}
      >
        {(control) => (
          <div className="flex items-center gap-2">
            <Input {...control} {...register("interval")} type="number" inputMode="numeric" min={1} max={365} step={1} className="min-w-0 tabular-nums" />
            {/* The unit the number counts, read with the label for assistive tech. */}
            <span aria-hidden="true" className="shrink-0 text-sm text-muted-foreground">
              {intervalUnit(frequency, count)}
            </span>
          </div>
        )}
      </Field>

      <Field label="Starts" error={fieldMessage(errors.startDate?.message)} required className={spans.startDate}>
        {(control) => <Input {...control} {...register("startDate")} type="date" />}
      </Field>

      <Field label="Ends" error={fieldMessage(errors.endDate?.message)} hint="Optional" className={spans.endDate}>
        {(control) => <Input {...control} {...register("endDate")} type="date" min={startValid ? startDate : undefined} />}
      </Field>

      <p aria-live="polite" className={cn("flex items-start gap-2 text-sm text-muted-foreground lg:mt-1", spans.summary)}>
        <CalendarClock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          {startValid ? (
            <>
              <strong className="font-medium text-foreground">{scheduleWords({ frequency, interval: count, startDate })}</strong>
              {/* Editing touches future occurrences only, so the catch-up note is the add form's. */}
              {layout === "wide" && startDate <= today ? ". Occurrences up to today are recorded as transactions right away." : "."}
            </>
          ) : (
            "Pick a start date to see the schedule."
          )}
        </span>
      </p>

      {actions ? <div className={cn("flex", spans.actions)}>{actions}</div> : null}
    </div>
  );
}
