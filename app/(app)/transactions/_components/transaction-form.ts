// What the quick-add form and the edit dialog share: the form's values and
// the fields a server problem can land on (showFieldProblems, lib/api-problem.ts).
import type { Resolver } from "react-hook-form";
import type { z } from "zod";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import type { Transaction, TransactionType } from "@/modules/transaction/client";

/**
 * The form's raw values, as its inputs hold them; the module's schema (the
 * resolver) turns them into a request body. `category: ""` means "detect it".
 */
export type TransactionFormValues = {
  amount: string;
  type: TransactionType;
  date: string;
  note: string;
  comment: string;
  category: string;
};

/**
 * The module's request schema as the form's resolver, so the form validates
 * exactly as the API does. The schema accepts more than these inputs can hold
 * (a number amount, null texts), and react-hook-form's Resolver type is
 * invariant in its values, hence the one cast, here. The schema loads on the
 * first validation (lazyZodResolver), so zod stays out of the page's first load.
 */
export function transactionResolver<Output>(
  load: () => Promise<z.ZodType<Output>>,
): Resolver<TransactionFormValues, unknown, Output> & { preload: () => void } {
  return lazyZodResolver<z.ZodType<Output>, TransactionFormValues, Output>(load);
}

export const FORM_FIELDS = ["amount", "type", "date", "note", "comment", "category"] as const;

/** An edit form starts from the transaction; an auto category shows as "detect". */
export function formValuesOf(transaction: Transaction): TransactionFormValues {
  const { amount, type, date, note, comment, category, categorySource } = transaction;
  return { amount, type, date, note, comment, category: categorySource === "manual" ? category : "" };
}
