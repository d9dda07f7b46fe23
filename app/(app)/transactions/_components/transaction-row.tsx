"use client";

import { Pencil, Trash2 } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { Transaction } from "@/modules/transaction/client";
import { EditTransactionDialog } from "./edit-transaction-dialog";
import { TYPE_LABEL, formatSignedMoney } from "./format";
import { TypeIcon } from "./type-icon";
import type { CategoryOption } from "./category-options";

export interface TransactionRowProps {
  transaction: Transaction;
  currency: string;
  categories: readonly CategoryOption[];
  /** A delete of this row is in flight. */
  busy: boolean;
  onSaved: (transaction: Transaction) => void;
  onGone: (id: string) => void;
  onDelete: (transaction: Transaction) => void;
}

export function TransactionRow({ transaction, currency, categories, busy, onSaved, onGone, onDelete }: TransactionRowProps) {
  const { type, note, comment, category, categorySource, amount } = transaction;
  const title = note || category;
  const money = formatSignedMoney(amount, type, currency);
  // Names the row in the buttons' labels: "Edit Starbucks latte, -$4.50".
  const which = `${title}, ${money}`;

  // Phones: two lines, title and category on the left, amount over the actions
  // on the right, so the title keeps most of the width. From `sm`: one line.
  return (
    <li
      data-transaction-id={transaction.id}
      className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-center gap-x-3 gap-y-0.5 px-4 py-3 sm:grid-cols-[auto_minmax(0,1fr)_auto_auto] sm:px-5"
    >
      <TypeIcon type={type} className="row-span-2 size-5" />
      <p className="truncate font-medium">{title}</p>
      <p
        className={cn(
          "text-right font-semibold whitespace-nowrap tabular-nums sm:row-span-2",
          type === "income" && "text-success",
        )}
      >
        <span className="sr-only">{TYPE_LABEL[type]}: </span>
        {money}
      </p>
      <div className="col-start-3 row-start-2 -mr-2 flex items-center justify-end sm:col-start-4 sm:row-span-2 sm:row-start-1 sm:mr-0">
        <EditTransactionDialog transaction={transaction} currency={currency} categories={categories} onSaved={onSaved} onGone={onGone}>
          <Button variant="ghost" size="icon" className="size-8 sm:size-10" data-row-action="edit" disabled={busy}>
            <Pencil aria-hidden="true" />
            <span className="sr-only">Edit {which}</span>
          </Button>
        </EditTransactionDialog>
        <Button
          variant="ghost"
          size="icon"
          className="size-8 sm:size-10"
          data-row-action="delete"
          loading={busy}
          onClick={() => onDelete(transaction)}
        >
          <Trash2 aria-hidden="true" />
          <span className="sr-only">Delete {which}</span>
        </Button>
      </div>
      <p className="col-start-2 row-start-2 truncate text-sm text-muted-foreground">
        {category}
        {categorySource === "manual" ? <span className="sr-only"> (set by you)</span> : null}
        {comment ? <span> · {comment}</span> : null}
      </p>
    </li>
  );
}
