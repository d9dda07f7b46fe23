"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Check } from "lucide-react";

import { asSentence } from "@/components/forms/field-sentence";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { fieldProblem } from "@/lib/api-problem";
import { updateBudgetAmountRequest } from "./budget-requests";
import { formatMonth } from "./format";

export interface EditBudgetAmountProps {
  id: string;
  category: string;
  amount: string;
  /** The month shown (YYYY-MM): the new limit applies from it on, earlier months keep theirs. */
  month: string;
  currency: string;
  /** Leaves edit mode: after saving, or on Cancel / Escape. */
  onDone: () => void;
}

/** The limit, edited in place; Enter saves, Escape cancels. */
const resolver = lazyZodResolver(() => import("@/modules/budget/client").then((budget) => budget.updateBudgetBody));

export function EditBudgetAmount({ id, category, amount, month, currency, onDone }: EditBudgetAmountProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [refreshing, startRefresh] = useTransition();
  const form = useForm({ resolver, defaultValues: { amount } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    const outcome = await updateBudgetAmountRequest(id, input.amount!, month);
    if (!outcome.ok) {
      const message = fieldProblem(outcome.problem, "amount");
      if (message) form.setError("amount", { message });
      else toast({ variant: "error", title: "The limit wasn't changed", description: outcome.problem.detail });
      return;
    }
    toast({ variant: "success", title: `${category} limit changed`, description: `From ${formatMonth(month)} on.` });
    startRefresh(() => {
      router.refresh();
      onDone();
    });
  });

  return (
    <form
      onSubmit={onSubmit}
      onFocus={resolver.preload}
      noValidate
      aria-label={`Change the ${category} limit`}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onDone();
        }
      }}
      className="grid gap-2 border-t pt-3"
    >
      <Field
        label={`Monthly limit (${currency})`}
        hint={`Changes from ${formatMonth(month)} on; earlier months keep their limit.`}
        error={asSentence(errors.amount?.message)}
      >
        {(control) => (
          <Input
            {...control}
            {...form.register("amount")}
            inputMode="decimal"
            autoComplete="off"
            // Focus follows the user into the field they asked to edit.
            autoFocus
          />
        )}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" size="sm" loading={isSubmitting || refreshing}>
          <Check aria-hidden="true" />
          Save
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
