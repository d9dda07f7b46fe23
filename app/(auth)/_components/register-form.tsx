"use client";

import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";

import type { CurrencyChoices } from "@/components/forms/currency-options";
import { CurrencyOptions } from "@/components/forms/currency-select";
import { PasswordField, SelectField, TextField } from "@/components/forms/form-fields";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { problemMessage, showFieldProblems } from "@/lib/api-problem";
import { CheckInbox } from "./check-inbox";
import { registerRequest } from "./register-request";
import { ResendVerificationButton } from "./resend-verification";

const resolver = lazyZodResolver(() => import("@/modules/user/client").then((user) => user.userSchemas.registerBody));

const FIELDS = ["name", "email", "password", "currency"] as const;

type Failure = { kind: "message"; message: string } | { kind: "email_taken" };

export interface RegisterFormProps {
  currencies: CurrencyChoices;
  /** Guessed from the browser's language; the user can change it here or later in Settings. */
  defaultCurrency: string;
  showOutboxHint: boolean;
  /** The shortest password accepted (the user module's PASSWORD_MIN), for the hint. */
  passwordMin: number;
}

export function RegisterForm({ currencies, defaultCurrency, showOutboxHint, passwordMin }: RegisterFormProps) {
  const [registered, setRegistered] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  // No defaultValues: the fields start from the server-rendered ones, so input made before hydration survives it.
  const form = useForm({ resolver });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ name, email, password, currency }) => {
    setFailure(null);
    // The schema turns an empty name into null; the API wants it left out instead.
    const outcome = await registerRequest({ email, password, currency: currency ?? defaultCurrency, name: name ?? undefined });
    if (outcome.ok) {
      setRegistered(email);
      return;
    }
    const { problem } = outcome;
    if (problem.code === "email_taken") setFailure({ kind: "email_taken" });
    else if (!showFieldProblems(problem, FIELDS, form.setError)) {
      setFailure({ kind: "message", message: problemMessage(outcome, "sign-ups from your network") });
    }
  });

  if (registered) {
    return (
      <CheckInbox
        title="Check your inbox"
        showOutboxHint={showOutboxHint}
        actions={<ResendVerificationButton email={registered} />}
      >
        We sent a link to <strong className="font-medium text-foreground">{registered}</strong>. Open it to confirm your
        address, then sign in. The link expires in 24 hours; if nothing arrives, check your spam folder.
      </CheckInbox>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} onFocus={resolver.preload} className="grid gap-5" aria-label="Create account">
      <TextField label="Name" optional autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={errors.email?.message}
        {...form.register("email")}
      />
      <PasswordField
        label="Password"
        autoComplete="new-password"
        required
        hint={`At least ${passwordMin} characters. A few unrelated words make a strong one; common passwords are refused.`}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <SelectField
        label="Currency"
        hint="Amounts are shown in it; you can change it later."
        error={errors.currency?.message}
        defaultValue={defaultCurrency}
        {...form.register("currency")}
      >
        <CurrencyOptions choices={currencies} />
      </SelectField>

      {failure?.kind === "email_taken" ? (
        <Notice tone="error" title="This email already has an account">
          <Link href="/login">Sign in</Link> instead, or <Link href="/forgot-password">reset your password</Link> if you
          don&apos;t remember it.
        </Notice>
      ) : null}
      {failure?.kind === "message" ? <Notice tone="error">{failure.message}</Notice> : null}

      <SubmitButton size="lg" pending={isSubmitting}>
        Create account
      </SubmitButton>
    </form>
  );
}
