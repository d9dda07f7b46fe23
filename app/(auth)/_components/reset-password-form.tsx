"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";

import { PasswordField } from "@/components/forms/form-fields";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { apiRequest } from "@/lib/api-fetch";
import { problemMessage, showFieldProblems } from "@/lib/api-problem";

// The token comes from the link, not from a field.
const resolver = lazyZodResolver(() =>
  import("@/modules/user/client").then((user) => user.userSchemas.resetPasswordBody.pick({ password: true })),
);

type Failure = { kind: "invalid_token" } | { kind: "message"; message: string };

export function ResetPasswordForm({ token, passwordMin }: { token: string; /** The user module's PASSWORD_MIN, for the hint. */ passwordMin: number }) {
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [leaving, setLeaving] = useState(false);
  const form = useForm({ resolver });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ password }) => {
    setFailure(null);
    const outcome = await apiRequest("POST", "/api/auth/reset-password", { token, password }, { public: true });
    if (outcome.ok) {
      setLeaving(true);
      router.replace("/login?reset=1");
      return;
    }
    const { problem } = outcome;
    if (problem.code === "invalid_token") setFailure({ kind: "invalid_token" });
    else if (!showFieldProblems(problem, ["password"], form.setError)) {
      setFailure({ kind: "message", message: problemMessage(outcome) });
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} onFocus={resolver.preload} className="grid gap-5" aria-label="Choose a new password">
      <PasswordField
        label="New password"
        autoComplete="new-password"
        required
        hint={`At least ${passwordMin} characters. A few unrelated words make a strong one; common passwords are refused.`}
        error={errors.password?.message}
        {...form.register("password")}
      />
      {failure?.kind === "invalid_token" ? (
        <Notice tone="error" title="This link doesn't work anymore">
          It is invalid, was already used, or has expired (links last 30 minutes).{" "}
          <Link href="/forgot-password">Ask for a new link</Link>.
        </Notice>
      ) : null}
      {failure?.kind === "message" ? <Notice tone="error">{failure.message}</Notice> : null}
      <SubmitButton size="lg" pending={isSubmitting || leaving}>
        Set new password
      </SubmitButton>
    </form>
  );
}
