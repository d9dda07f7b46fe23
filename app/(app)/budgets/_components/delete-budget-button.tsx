"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
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
import { useToast } from "@/components/ui/toast";
import { deleteBudgetRequest } from "./budget-requests";

export function DeleteBudgetButton({ id, category }: { id: string; category: string }) {
  const router = useRouter();
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  async function confirm() {
    setDeleting(true);
    const outcome = await deleteBudgetRequest(id);
    setDeleting(false);
    // Already gone (deleted in another tab) is what the user wanted too.
    if (!outcome.ok && outcome.problem.code !== "not_found") {
      toast({ variant: "error", title: "The budget wasn't deleted", description: outcome.problem.detail });
      return;
    }
    setOpen(false);
    toast({ variant: "success", title: `Budget for ${category} deleted` });
    startRefresh(() => router.refresh());
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm">
          <Trash2 aria-hidden="true" />
          Delete<span className="sr-only"> the {category} budget</span>
        </Button>
      </DialogTrigger>
      <DialogContent showCloseButton={false}>
        <DialogHeader>
          <DialogTitle>Delete the {category} budget?</DialogTitle>
          <DialogDescription>
            Its monthly limit goes away for every month. Your {category} transactions stay as they are.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="danger" loading={deleting || refreshing} onClick={confirm}>
            Delete budget
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
