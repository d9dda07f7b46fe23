"use client";

import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { DialogClose, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { Recurring } from "@/modules/transaction";
import type { CategoryOption } from "../../transactions/_components/category-options";
import { showFieldProblems } from "@/lib/api-problem";
import { changedFields, FORM_FIELDS, formValuesOf, type RecurringFormValues } from "./recurring-form";
import { RecurringFields } from "./recurring-fields";
import { patchRecurringRequest } from "./recurring-requests";

export interface EditRecurringDialogProps {
  recurring: Recurring;
  currency: string;
  today: string;
  categories: readonly CategoryOption[];
  /** Saved, or found gone: either way the list is read again. */
  onDone: (changed: boolean) => void;
}

/** The dialog's content; the caller owns the Dialog, so it mounts only while open and starts from the schedule as it is now. */
export function EditRecurringDialogContent({ recurring, ...rest }: EditRecurringDialogProps) {
  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>Edit recurring transaction</DialogTitle>
        <DialogDescription>Changes apply to occurrences still to come; transactions already recorded stay as they are.</DialogDescription>
      </DialogHeader>
      <EditRecurringForm recurring={recurring} {...rest} />
    </DialogContent>
  );
}

function EditRecurringForm({ recurring, currency, today, categories, onDone }: EditRecurringDialogProps) {
  const { toast } = useToast();
  const form = useForm<RecurringFormValues>({ defaultValues: formValuesOf(recurring) });
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const body = changedFields(values, form.formState.dirtyFields);
    if (Object.keys(body).length === 0) return onDone(false);
    const outcome = await patchRecurringRequest(recurring.id, body);
    if (outcome.ok) {
      toast({ variant: "success", title: "Recurring transaction saved" });
      return onDone(true);
    }
    if (outcome.problem.code === "not_found") {
      toast({ variant: "error", title: "This recurring transaction no longer exists", description: "It was deleted, perhaps in another tab." });
      return onDone(true);
    }
    if (!showFieldProblems(outcome.problem, FORM_FIELDS, form.setError)) {
      toast({ variant: "error", title: "The changes weren't saved", description: outcome.problem.detail });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit recurring transaction" className="grid gap-4">
      <RecurringFields
        form={form}
        categories={categories}
        currency={currency}
        today={today}
        layout="dialog"
        actions={
          <div className="flex w-full flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={isSubmitting}>
              Save changes
            </Button>
          </div>
        }
      />
    </form>
  );
}
