"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Plus } from "lucide-react";

import { asSentence } from "@/components/forms/field-sentence";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toast";
import { fieldProblem } from "@/lib/api-problem";
import { createBudgetRequest } from "./budget-requests";

export interface CreateBudgetFormProps {
  /** Expense categories that have no budget yet. */
  categories: readonly string[];
  currency: string;
}

const resolver = lazyZodResolver(() => import("@/modules/budget/client").then((budget) => budget.createBudgetBody));

export function CreateBudgetForm({ categories, currency }: CreateBudgetFormProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [refreshing, startRefresh] = useTransition();
  const form = useForm({
    resolver,
    defaultValues: { category: categories[0] ?? "", amount: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    const outcome = await createBudgetRequest(input);
    if (!outcome.ok) {
      const { problem } = outcome;
      const category = problem.code === "budget_exists" ? problem.detail : fieldProblem(problem, "category");
      const amount = fieldProblem(problem, "amount");
      if (category) form.setError("category", { message: category });
      if (amount) form.setError("amount", { message: amount });
      if (!category && !amount) toast({ variant: "error", title: "The budget wasn't saved", description: problem.detail });
      return;
    }
    toast({ variant: "success", title: `Budget for ${input.category} saved` });
    // The next category still without a budget, so several can be added in a row.
    const next = categories.find((name) => name !== input.category) ?? "";
    form.reset({ category: next, amount: "" });
    startRefresh(() => router.refresh());
  });

  return (
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate aria-label="New budget" className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
      <Field label="Category" error={asSentence(errors.category?.message)} required>
        {(control) => (
          <Select {...control} {...form.register("category")}>
            {categories.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={`Monthly limit (${currency})`} error={asSentence(errors.amount?.message)} required>
        {(control) => (
          <Input {...control} {...form.register("amount")} inputMode="decimal" autoComplete="off" placeholder="0.00" />
        )}
      </Field>
      {/* Lines the button up with the controls, below the labels. */}
      <Button type="submit" loading={isSubmitting || refreshing} className="sm:mt-5.5">
        <Plus aria-hidden="true" />
        Add budget
      </Button>
    </form>
  );
}
