"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Ban } from "lucide-react";

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
import { Notice } from "@/components/forms/notice";
import { useToast } from "@/components/ui/toast";
import { problemMessage } from "@/lib/api-problem";
import { revokeTokenRequest } from "./tokens-requests";

export function TokensRevokeButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();

  function changeOpen(next: boolean) {
    if (revoking) return;
    setOpen(next);
    if (!next) setFailure(null);
  }

  async function confirm() {
    setRevoking(true);
    setFailure(null);
    const outcome = await revokeTokenRequest(id);
    setRevoking(false);
    // Already gone (revoked in another tab) is what the user wanted too.
    if (!outcome.ok && outcome.problem.code !== "not_found") {
      setFailure(problemMessage(outcome));
      return;
    }
    setOpen(false);
    toast({ variant: "success", title: `Token “${name}” revoked`, description: "Scripts using it get 401 from now on." });
    startRefresh(() => router.refresh());
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Ban aria-hidden="true" />
          Revoke<span className="sr-only"> the token {name}</span>
        </Button>
      </DialogTrigger>
      <DialogContent showCloseButton={false}>
        <DialogHeader>
          <DialogTitle>Revoke the token &ldquo;{name}&rdquo;?</DialogTitle>
          <DialogDescription>
            It stops working at once: every script that uses it gets &ldquo;unauthenticated&rdquo; from now on. This can&apos;t be
            undone; you can create a new token instead.
          </DialogDescription>
        </DialogHeader>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline" disabled={revoking}>
              Keep it
            </Button>
          </DialogClose>
          <Button variant="danger" loading={revoking || refreshing} onClick={() => void confirm()}>
            Revoke token
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
