"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ReplaceTransactionInput, Transaction } from "@/modules/transaction/client";
import { showFieldProblems } from "@/lib/api-problem";
import { FORM_FIELDS, formValuesOf, transactionResolver, type TransactionFormValues } from "./transaction-form";
import { TransactionFields } from "./transaction-fields";
import { replaceTransactionRequest } from "./transaction-requests";
import type { CategoryOption } from "./category-options";

const resolver = transactionResolver<ReplaceTransactionInput>(() =>
  import("@/modules/transaction/client").then((transaction) => transaction.replaceTransactionBodySchema),
);

export interface EditTransactionDialogProps {
  transaction: Transaction;
  currency: string;
  categories: readonly CategoryOption[];
  /** The button that opens the dialog; focus returns to it on close. */
  children: React.ReactNode;
  onSaved: (transaction: Transaction) => void;
  /** The transaction was deleted meanwhile (another tab). */
  onGone: (id: string) => void;
}

export function EditTransactionDialog({ transaction, children, ...rest }: EditTransactionDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{children}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit transaction</DialogTitle>
          <DialogDescription>
            Leave the category on Automatic to have it detected from the note again.
          </DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so it starts from the transaction as it is now. */}
        <EditTransactionForm transaction={transaction} {...rest} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

type EditTransactionFormProps = Omit<EditTransactionDialogProps, "children"> & { onDone: () => void };

function EditTransactionForm({ transaction, currency, categories, onSaved, onGone, onDone }: EditTransactionFormProps) {
  const { toast } = useToast();
  const form = useForm<TransactionFormValues, unknown, ReplaceTransactionInput>({
    resolver,
    defaultValues: formValuesOf(transaction),
  });
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    // PUT: a category left on "Automatic" is left out, so the server detects it again.
    const outcome = await replaceTransactionRequest(transaction.id, input);
    if (outcome.ok) {
      toast({ variant: "success", title: "Transaction saved" });
      onDone();
      onSaved(outcome.data);
      return;
    }
    if (outcome.problem.code === "not_found") {
      toast({ variant: "error", title: "This transaction no longer exists", description: "It was deleted, perhaps in another tab." });
      onDone();
      onGone(transaction.id);
      return;
    }
    if (!showFieldProblems(outcome.problem, FORM_FIELDS, form.setError)) {
      toast({ variant: "error", title: "The changes weren't saved", description: outcome.problem.detail });
    }
  });

  return (
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate aria-label="Edit transaction" className="grid gap-4">
      <TransactionFields
        form={form}
        categories={categories}
        currency={currency}
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
