"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";

import { TextField } from "@/components/forms/form-fields";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { apiRequest } from "@/lib/api-fetch";
import { problemMessage, showFieldProblems } from "@/lib/api-problem";
import { CheckInbox } from "./check-inbox";

const resolver = lazyZodResolver(() => import("@/modules/user/client").then((user) => user.userSchemas.emailOnlyBody));

export function ForgotPasswordForm({ showOutboxHint }: { showOutboxHint: boolean }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({ resolver });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email }) => {
    setFailure(null);
    const outcome = await apiRequest("POST", "/api/auth/forgot-password", { email }, { public: true });
    if (outcome.ok) {
      setSentTo(email);
      return;
    }
    if (!showFieldProblems(outcome.problem, ["email"], form.setError)) {
      setFailure(problemMessage(outcome, "requests for this address"));
    }
  });

  if (sentTo) {
    return (
      <CheckInbox
        title="Check your inbox"
        showOutboxHint={showOutboxHint}
        actions={
          <Button variant="outline" onClick={() => setSentTo(null)}>
            Use another address
          </Button>
        }
      >
        {/* The API answers alike for unknown addresses, so this can't say more (SECURITY.md). */}
        If <strong className="font-medium text-foreground">{sentTo}</strong> has a Ledgerly account, a link to choose a
        new password is on its way. It works once and expires in 30 minutes.
      </CheckInbox>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} onFocus={resolver.preload} className="grid gap-5" aria-label="Reset password">
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={errors.email?.message}
        {...form.register("email")}
      />
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <SubmitButton size="lg" pending={isSubmitting}>
        Send reset link
      </SubmitButton>
    </form>
  );
}
