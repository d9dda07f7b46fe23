"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";

import { PasswordField } from "@/components/forms/form-fields";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useToast } from "@/components/ui/toast";
import { problemMessage, showFieldProblems } from "@/lib/api-problem";
import { changePasswordRequest } from "./account-requests";

const EMPTY = { currentPassword: "", newPassword: "" };

const resolver = lazyZodResolver(() => import("@/modules/user/client").then((user) => user.userSchemas.changePasswordBody));

export function PasswordForm({ email, passwordMin }: { email: string; /** The user module's PASSWORD_MIN, for the hint. */ passwordMin: number }) {
  const { toast } = useToast();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({ resolver });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setFailure(null);
    const outcome = await changePasswordRequest(input);
    if (outcome.ok) {
      form.reset(EMPTY);
      toast({ variant: "success", title: "Password changed", description: "Every other device was signed out." });
      return;
    }
    const { problem } = outcome;
    if (problem.code === "invalid_password") {
      form.setError("currentPassword", { type: "server", message: "The current password is incorrect." }, { shouldFocus: true });
    } else if (!showFieldProblems(problem, ["currentPassword", "newPassword"], form.setError)) {
      setFailure(problemMessage(outcome));
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} onFocus={resolver.preload} className="grid gap-5" aria-label="Change password">
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <PasswordField
          label="Current password"
          autoComplete="current-password"
          required
          error={errors.currentPassword?.message}
          {...form.register("currentPassword")}
        />
        <PasswordField
          label="New password"
          autoComplete="new-password"
          required
          hint={`At least ${passwordMin} characters; common passwords are refused.`}
          error={errors.newPassword?.message}
          {...form.register("newPassword")}
        />
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div>
        <SubmitButton pending={isSubmitting}>
          Change password
        </SubmitButton>
      </div>
    </form>
  );
}
