"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Pause, Pencil, Play, Trash2 } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { Recurring } from "@/modules/transaction";
import type { CategoryOption } from "../../transactions/_components/category-options";
import { formatDay } from "../../transactions/_components/format";
import { EditRecurringDialogContent } from "./edit-recurring-dialog";
import { deleteRecurringRequest, patchRecurringRequest } from "./recurring-requests";

export interface RecurringActionsProps {
  recurring: Recurring;
  /** What the row is called, for the buttons' accessible names: "Rent". */
  label: string;
  currency: string;
  today: string;
  categories: readonly CategoryOption[];
}

/** Edit, pause or resume, and delete one schedule; the list is read again from the server after each. */
export function RecurringActions({ recurring, label, currency, today, categories }: RecurringActionsProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [refreshing, startRefresh] = useTransition();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Which action is in flight, kept through the refresh that follows it so its button spins until the list shows the result.
  const [action, setAction] = useState<"pause" | "delete" | null>(null);
  const [sending, setSending] = useState(false);
  const busy = (which: "pause" | "delete") => action === which && (sending || refreshing);
  const refresh = () => startRefresh(() => router.refresh());

  async function togglePaused() {
    const paused = !recurring.paused;
    setAction("pause");
    setSending(true);
    const outcome = await patchRecurringRequest(recurring.id, { paused });
    setSending(false);
    if (!outcome.ok) {
      toast({ variant: "error", title: paused ? `${label} wasn't paused` : `${label} wasn't resumed`, description: outcome.problem.detail });
      if (outcome.problem.code === "not_found") refresh();
      return;
    }
    const next = outcome.data.nextDate;
    toast(
      paused
        ? { variant: "success", title: `${label} paused`, description: "Nothing is recorded until you resume it." }
        : {
            variant: "success",
            title: `${label} resumed`,
            description: `${next ? `Next on ${formatDay(next)}. ` : ""}What fell due while it was paused is skipped.`,
          },
    );
    refresh();
  }

  async function confirmDelete() {
    setAction("delete");
    setSending(true);
    const outcome = await deleteRecurringRequest(recurring.id);
    setSending(false);
    // Already gone (deleted in another tab) is what the user wanted too.
    if (!outcome.ok && outcome.problem.code !== "not_found") {
      toast({ variant: "error", title: `${label} wasn't deleted`, description: outcome.problem.detail });
      return;
    }
    setConfirming(false);
    toast({ variant: "success", title: `${label} deleted`, description: "Transactions it already recorded stay." });
    refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-1">
      <Dialog open={editing} onOpenChange={setEditing}>
        <DialogTrigger asChild>
          <Button variant="ghost" size="sm">
            <Pencil aria-hidden="true" />
            Edit<span className="sr-only"> {label}</span>
          </Button>
        </DialogTrigger>
        {editing ? (
          <EditRecurringDialogContent
            recurring={recurring}
            currency={currency}
            today={today}
            categories={categories}
            onDone={(changed) => {
              setEditing(false);
              if (changed) refresh();
            }}
          />
        ) : null}
      </Dialog>

      <Button variant="ghost" size="sm" loading={busy("pause")} onClick={togglePaused}>
        {recurring.paused ? <Play aria-hidden="true" /> : <Pause aria-hidden="true" />}
        {recurring.paused ? "Resume" : "Pause"}
        <span className="sr-only"> {label}</span>
      </Button>

      <Dialog open={confirming} onOpenChange={setConfirming}>
        <DialogTrigger asChild>
          <Button variant="ghost" size="sm" className="text-danger hover:text-danger">
            <Trash2 aria-hidden="true" />
            Delete<span className="sr-only"> {label}</span>
          </Button>
        </DialogTrigger>
        <DialogContent showCloseButton={false}>
          <DialogHeader>
            <DialogTitle>Delete “{label}”?</DialogTitle>
            <DialogDescription>Nothing more is recorded for it. The transactions it already recorded stay as they are.</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button variant="danger" loading={busy("delete")} onClick={confirmDelete}>
              Delete recurring
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
