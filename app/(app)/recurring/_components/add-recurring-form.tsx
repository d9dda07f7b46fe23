"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Plus } from "lucide-react";

import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { formatMoney } from "@/lib/format";
import type { CategoryOption } from "../../transactions/_components/category-options";
import { formatDay } from "../../transactions/_components/format";
import { showFieldProblems } from "@/lib/api-problem";
import { emptyRecurringValues, FORM_FIELDS, type RecurringFormValues } from "./recurring-form";
import { RecurringFields } from "./recurring-fields";
import { createRecurringRequest } from "./recurring-requests";

export interface AddRecurringFormProps {
  currency: string;
  today: string;
  categories: readonly CategoryOption[];
}

/** Sets up a schedule; Enter submits, and the form is ready for the next one. */
export function AddRecurringForm({ currency, today, categories }: AddRecurringFormProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [refreshing, startRefresh] = useTransition();
  const form = useForm<RecurringFormValues>({ defaultValues: emptyRecurringValues(today) });
  const { isSubmitting } = form.formState;
  // Focus goes back to the amount after the reset has re-rendered the fields.
  const [saved, setSaved] = useState(0);
  useEffect(() => {
    if (saved > 0) form.setFocus("amount");
  }, [saved, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    const outcome = await createRecurringRequest(values);
    if (!outcome.ok) {
      if (!showFieldProblems(outcome.problem, FORM_FIELDS, form.setError)) {
        toast({ variant: "error", title: "The recurring transaction wasn't saved", description: outcome.problem.detail });
      }
      return;
    }
    const { note, amount, category, nextDate } = outcome.data;
    toast({
      variant: "success",
      title: `${note || category} of ${formatMoney(amount, currency)} set up`,
      description: nextDate ? `Next on ${formatDay(nextDate)}.` : "Every occurrence is already recorded.",
    });
    form.reset(emptyRecurringValues(today));
    setSaved((count) => count + 1);
    startRefresh(() => router.refresh());
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a recurring transaction">
      <RecurringFields
        form={form}
        categories={categories}
        currency={currency}
        today={today}
        layout="wide"
        actions={
          <Button type="submit" loading={isSubmitting || refreshing} className="w-full">
            <Plus aria-hidden="true" />
            Add recurring
          </Button>
        }
      />
    </form>
  );
}
