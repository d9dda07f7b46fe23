"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";

import { PasswordField, TextField } from "@/components/forms/form-fields";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { apiRequest } from "@/lib/api-fetch";
import { problemMessage, showFieldProblems } from "@/lib/api-problem";
import { textLinkClass } from "./auth-card";
import { ResendVerificationButton } from "./resend-verification";

const resolver = lazyZodResolver(() => import("@/modules/user/client").then((user) => user.userSchemas.loginBody));

type Failure = { kind: "message"; message: string } | { kind: "not_verified"; email: string };

export interface LoginFormProps {
  /** Where to go once signed in: already checked to be a same-origin path. */
  next: string;
}

export function LoginForm({ next }: LoginFormProps) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [leaving, setLeaving] = useState(false);
  // No defaultValues: the fields start from what is in them, so text typed before hydration survives it.
  const form = useForm({ resolver });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setFailure(null);
    const outcome = await apiRequest("POST", "/api/auth/login", input, { public: true });
    if (outcome.ok) {
      setLeaving(true);
      // A full load, so every server component renders with the new cookies;
      // replace() keeps the sign-in form out of the back button's way.
      window.location.replace(next);
      return;
    }
    const { problem } = outcome;
    if (problem.code === "email_not_verified") {
      setFailure({ kind: "not_verified", email: input.email });
    } else if (problem.code === "invalid_credentials") {
      setFailure({ kind: "message", message: "The email or password is incorrect. Check both and try again." });
      form.setFocus("password");
    } else if (!showFieldProblems(problem, ["email", "password"], form.setError)) {
      setFailure({ kind: "message", message: problemMessage(outcome, "sign-in attempts") });
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} onFocus={resolver.preload} className="grid gap-5" aria-label="Sign in">
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={errors.email?.message}
        {...form.register("email")}
      />
      <div className="grid gap-2">
        <PasswordField
          label="Password"
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...form.register("password")}
        />
        <Link href="/forgot-password" className={`${textLinkClass} justify-self-end text-sm`}>
          Forgot your password?
        </Link>
      </div>

      {failure?.kind === "message" ? <Notice tone="error">{failure.message}</Notice> : null}
      {failure?.kind === "not_verified" ? (
        <div className="grid gap-3">
          <Notice tone="error" title="Confirm your email first">
            We sent a confirmation link to {failure.email} when you signed up. Open it, then sign in again.
          </Notice>
          <ResendVerificationButton email={failure.email} />
        </div>
      ) : null}

      <SubmitButton size="lg" pending={isSubmitting || leaving}>
        Sign in
      </SubmitButton>
    </form>
  );
}
