"use client";

import { useEffect, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Plus } from "lucide-react";

import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { CreateTransactionInput } from "@/modules/transaction/client";
import { TYPE_LABEL, formatMoney } from "./format";
import { showFieldProblems } from "@/lib/api-problem";
import { FORM_FIELDS, transactionResolver, type TransactionFormValues } from "./transaction-form";
import { TransactionFields } from "./transaction-fields";
import { createTransactionRequest } from "./transaction-requests";
import { useIdempotencyKey } from "./use-idempotency-key";
import type { CategoryOption } from "./category-options";

const resolver = transactionResolver<CreateTransactionInput>(() =>
  import("@/modules/transaction/client").then((transaction) => transaction.createTransactionBodySchema),
);

export interface QuickAddFormProps {
  currency: string;
  /** Today in the user's time zone: the date field's default. */
  today: string;
  categories: readonly CategoryOption[];
}

/**
 * Records one transaction after another: Enter submits, and focus goes back to
 * the amount with the type and date kept, ready for the next.
 */
export function QuickAddForm({ currency, today, categories }: QuickAddFormProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [refreshing, startRefresh] = useTransition();
  const idempotency = useIdempotencyKey();
  const empty: TransactionFormValues = { amount: "", type: "expense", date: today, note: "", comment: "", category: "" };
  const form = useForm<TransactionFormValues, unknown, CreateTransactionInput>({
    resolver,
    defaultValues: empty,
  });
  const { isSubmitting } = form.formState;
  // Counts saves; focusing in an effect runs after reset() has re-rendered the fields.
  const [saved, setSaved] = useState(0);
  useEffect(() => {
    if (saved > 0) form.setFocus("amount");
  }, [saved, form]);

  const onSubmit = form.handleSubmit(async (input) => {
    const outcome = await createTransactionRequest(input, idempotency.keyFor(input));
    if (!outcome.ok) {
      if (!showFieldProblems(outcome.problem, FORM_FIELDS, form.setError)) {
        toast({ variant: "error", title: "The transaction wasn't saved", description: outcome.problem.detail });
      }
      return;
    }
    idempotency.settle();
    const { type, amount, category } = outcome.data;
    toast({ variant: "success", title: `${TYPE_LABEL[type]} of ${formatMoney(amount, currency)} recorded`, description: category });
    form.reset({ ...empty, type, date: form.getValues("date") });
    setSaved((count) => count + 1);
    // The list, the totals and any keyword learned from a correction all come from the server.
    startRefresh(() => router.refresh());
  });

  return (
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate aria-label="Add a transaction">
      <TransactionFields
        form={form}
        categories={categories}
        currency={currency}
        layout="wide"
        actions={
          <Button type="submit" loading={isSubmitting || refreshing} className="w-full lg:mt-5.5">
            <Plus aria-hidden="true" />
            Add
          </Button>
        }
      />
    </form>
  );
}
