"use client";

import { useId, useState } from "react";
import { Trash2 } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { transactionsInWords, type ManagedCategory } from "./category-model";
import { fieldProblem } from "@/lib/api-problem";
import { deleteCategoryRequest, problemSentence } from "./category-requests";

export interface DeleteCategoryDialogProps {
  category: ManagedCategory;
  /** The other categories of its type: where its transactions can go. */
  others: readonly ManagedCategory[];
  /** Other / Other Income: the server's default destination. */
  fallback: string;
  onDeleted: (moveTo: string) => void;
}

export function DeleteCategoryDialog({ category, others, fallback, onDeleted }: DeleteCategoryDialogProps) {
  const [open, setOpen] = useState(false);
  const [moveTo, setMoveTo] = useState(fallback);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<{ field?: string; general?: string }>({});
  const errorId = useId();
  const count = category.transactionCount;

  async function confirm() {
    setDeleting(true);
    setError({});
    const outcome = await deleteCategoryRequest(category.id, moveTo);
    setDeleting(false);
    // Already gone (deleted in another tab) is what the user wanted too.
    if (!outcome.ok && outcome.problem.code !== "not_found") {
      const field = fieldProblem(outcome.problem, "moveTo");
      setError(field ? { field: `${moveTo}: ${field}` } : { general: problemSentence(outcome.problem) });
      return;
    }
    setOpen(false);
    onDeleted(moveTo);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setMoveTo(fallback);
          setError({});
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm">
          <Trash2 aria-hidden="true" />
          Delete<span className="sr-only"> {category.name}</span>
        </Button>
      </DialogTrigger>
      <DialogContent showCloseButton={false}>
        <DialogHeader>
          <DialogTitle>Delete {category.name}?</DialogTitle>
          <DialogDescription>
            {count === 0 ? (
              <>{category.name} has no transactions. Its keywords go away, and its budget, if it has one, is deleted.</>
            ) : (
              <>
                {category.name} has <strong className="font-semibold text-foreground">{transactionsInWords(count)}</strong>. They keep
                their amounts and dates and move to the category you pick. Its keywords go away, and its budget, if it has one, is
                deleted.
              </>
            )}
          </DialogDescription>
        </DialogHeader>

        <Field label="Move its transactions to" error={error.field}>
          {(control) => (
            <Select {...control} value={moveTo} onChange={(event) => setMoveTo(event.target.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.name}>
                  {other.name}
                </option>
              ))}
            </Select>
          )}
        </Field>

        {error.general ? (
          <p id={errorId} role="alert" className="text-sm font-medium text-danger">
            {error.general}
          </p>
        ) : null}

        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="danger" loading={deleting} onClick={confirm}>
            {count === 0 ? "Delete category" : "Move and delete"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
