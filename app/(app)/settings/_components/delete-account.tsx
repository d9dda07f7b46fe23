"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
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
import { PasswordField } from "@/components/forms/form-fields";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { useToast } from "@/components/ui/toast";
import { problemMessage, showFieldProblems } from "@/lib/api-problem";
import { deleteAccountRequest } from "./account-requests";

const resolver = lazyZodResolver(() => import("@/modules/user/client").then((user) => user.userSchemas.deleteMeBody));

export function DeleteAccount() {
  const router = useRouter();
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const form = useForm({ resolver, defaultValues: { password: "" } });
  const { errors, isSubmitting } = form.formState;

  function changeOpen(next: boolean) {
    // Not while the request runs: the outcome must stay visible.
    if (isSubmitting || leaving) return;
    setOpen(next);
    if (!next) {
      form.reset();
      setFailure(null);
    }
  }

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFailure(null);
    const outcome = await deleteAccountRequest(password);
    if (outcome.ok) {
      setLeaving(true);
      toast({
        variant: "success",
        title: "Your account was deleted",
        description: "Your transactions and budgets are gone too.",
      });
      router.replace("/");
      return;
    }
    const { problem } = outcome;
    if (problem.code === "invalid_password") {
      form.setError("password", { type: "server", message: "The password is incorrect." }, { shouldFocus: true });
    } else if (!showFieldProblems(problem, ["password"], form.setError)) {
      setFailure(problemMessage(outcome));
    }
  });

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="danger">
          <Trash2 aria-hidden="true" />
          Delete account
        </Button>
      </DialogTrigger>
      <DialogContent showCloseButton={false}>
        <form noValidate onSubmit={onSubmit} onFocus={resolver.preload} className="grid gap-5">
          <DialogHeader>
            <DialogTitle>Delete your account?</DialogTitle>
            <DialogDescription>
              Your account, every transaction and every budget are deleted for good, and you are signed out everywhere.
              This can&apos;t be undone.
            </DialogDescription>
          </DialogHeader>
          <PasswordField
            label="Your password"
            autoComplete="current-password"
            required
            hint="To confirm that it's you."
            error={errors.password?.message}
            {...form.register("password")}
          />
          {failure ? <Notice tone="error">{failure}</Notice> : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline" disabled={isSubmitting || leaving}>
                Keep my account
              </Button>
            </DialogClose>
            <Button type="submit" variant="danger" loading={isSubmitting || leaving}>
              Delete everything
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
