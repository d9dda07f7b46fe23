"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { Sparkles } from "lucide-react";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/cn";
import type { TransactionType } from "@/modules/transaction/client";
import { COMMENT_MAX_LENGTH, NOTE_MAX_LENGTH } from "./transaction-limits";
import { isOfType, namesOfType, type CategoryOption } from "./category-options";
import { asSentence } from "@/components/forms/field-sentence";
import type { TransactionFormValues } from "./transaction-form";
import { TypeToggle } from "./type-toggle";
import { useDetectedCategory } from "./use-detected-category";

export interface TransactionFieldsProps<Output> {
  form: UseFormReturn<TransactionFormValues, unknown, Output>;
  /** The user's own categories, offered per type. */
  categories: readonly CategoryOption[];
  currency: string;
  /** "wide": the quick-add layout, two rows on large screens; "dialog": narrower, for the edit dialog. */
  layout: "wide" | "dialog";
  /** The submit button, placed as the last cell of the grid. */
  actions?: React.ReactNode;
}

// Column spans per field: a 12-column grid on large screens for the quick-add
// form, two columns from `sm` for both. Phones get one field per line.
const SPANS = {
  wide: {
    grid: "sm:grid-cols-2 lg:grid-cols-12",
    amount: "lg:col-span-2",
    type: "lg:col-span-3",
    note: "sm:col-span-2 lg:col-span-7",
    category: "lg:col-span-3",
    date: "lg:col-span-2",
    comment: "sm:col-span-2 lg:col-span-5",
    actions: "sm:col-span-2 lg:col-span-2",
  },
  dialog: {
    grid: "sm:grid-cols-2",
    amount: "",
    type: "",
    note: "sm:col-span-2",
    category: "",
    date: "",
    comment: "sm:col-span-2",
    actions: "sm:col-span-2",
  },
} as const;

/**
 * Amount, type, note (with the category detected as you type), category
 * override, date and comment: the fields of the quick-add form and the edit dialog.
 */
export function TransactionFields<Output>({ form, categories, currency, layout, actions }: TransactionFieldsProps<Output>) {
  const { register, control, setValue, getValues } = form;
  const { errors } = form.formState;
  const [type, note, comment, category] = useWatch({ control, name: ["type", "note", "comment", "category"] });
  const transactionType: TransactionType = type;
  const fallback = transactionType === "income" ? "Other Income" : "Other";
  const detection = useDetectedCategory(note, comment, transactionType, fallback);
  const chosen = category;

  // A category picked for the other type no longer applies once the type changes.
  useEffect(() => {
    const current = getValues("category");
    if (current !== "" && !isOfType(categories, current, transactionType)) {
      setValue("category", "");
    }
  }, [transactionType, categories, getValues, setValue]);

  const spans = SPANS[layout];
  const hasText = Boolean(note.trim() || comment.trim());
  return (
    <div className={cn("grid items-start gap-4", spans.grid)}>
      <Field label={`Amount (${currency})`} error={asSentence(errors.amount?.message)} required className={spans.amount}>
        {(control) => (
          <Input
            {...control}
            {...register("amount")}
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.00"
            className="tabular-nums"
          />
        )}
      </Field>

      <TypeToggle {...register("type")} className={spans.type} />

      <Field
        label="Note"
        error={asSentence(errors.note?.message)}
        className={spans.note}
        hint={
          <DetectionHint
            detected={detection.category}
            matched={detection.matched}
            chosen={chosen}
            learns={hasText}
            whyHref={hasText ? whyThisCategoryHref(note.trim() ? note : comment, transactionType) : null}
          />
        }
      >
        {(control) => (
          <Input
            {...control}
            {...register("note")}
            maxLength={NOTE_MAX_LENGTH}
            autoComplete="off"
            placeholder="What was it? e.g. Starbucks latte"
          />
        )}
      </Field>

      <Field label="Category" error={asSentence(errors.category?.message)} className={spans.category}>
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

      <Field label="Date" error={asSentence(errors.date?.message)} required={layout === "dialog"} className={spans.date}>
        {(control) => <Input {...control} {...register("date")} type="date" />}
      </Field>

      <Field label="Comment" error={asSentence(errors.comment?.message)} className={spans.comment}>
        {(control) =>
          layout === "dialog" ? (
            <Textarea {...control} {...register("comment")} maxLength={COMMENT_MAX_LENGTH} rows={2} />
          ) : (
            <Input {...control} {...register("comment")} maxLength={COMMENT_MAX_LENGTH} autoComplete="off" placeholder="Optional" />
          )
        }
      </Field>

      {actions ? <div className={cn("flex", spans.actions)}>{actions}</div> : null}
    </div>
  );
}

/** The categories page with its "Try a note" box filled in with this text. */
function whyThisCategoryHref(text: string, type: TransactionType): string {
  const params = new URLSearchParams({ try: text.trim() });
  if (type === "income") params.set("type", "income");
  return `/settings/categories?${params}`;
}

/** Under the note: what the category will be and why, announced politely as it changes. */
function DetectionHint(props: { detected: string; matched: string | null; chosen: string; learns: boolean; whyHref: string | null }) {
  const { detected, matched, chosen, learns, whyHref } = props;
  let text: React.ReactNode;
  if (chosen && chosen !== detected) {
    text = (
      <>
        <strong className="font-medium text-foreground">{chosen}</strong>, as you picked.
        {learns ? " Notes like this one will get it from now on." : null}
      </>
    );
  } else if (matched !== null) {
    text = (
      <>
        Category: <strong className="font-medium text-foreground">{detected}</strong> (recognised “{matched}”)
      </>
    );
  } else {
    text = (
      <>
        Category: <strong className="font-medium text-foreground">{detected}</strong>. Name the shop or what it was for to get a better match.
      </>
    );
  }
  const detectedApplies = !chosen || chosen === detected;
  return (
    <span className="flex items-start gap-1.5">
      <Sparkles aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
      <span>
        <span aria-live="polite" data-testid="detected-category">
          {text}
        </span>
        {whyHref && detectedApplies ? (
          <>
            {" "}
            <Link
              href={whyHref}
              className="rounded-sm whitespace-nowrap text-foreground underline underline-offset-4 hover:text-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            >
              Why this category?
            </Link>
          </>
        ) : null}
      </span>
    </span>
  );
}
