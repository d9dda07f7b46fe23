"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { KeyRound } from "lucide-react";

import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { problemMessage, showFieldProblems } from "@/lib/api-problem";
import { cn } from "@/lib/cn";
import { addDays } from "./tokens-dates";
import { createTokenRequest, type AccessToken } from "./tokens-requests";

const SCOPES = [
  { value: "read", label: "Read only", hint: "Can list and export; can't change anything." },
  { value: "write", label: "Read and write", hint: "Can also add, change and delete." },
] as const;

export interface TokensCreateFormProps {
  todayUtc: string;
  onCreated: (created: { token: AccessToken; secret: string }) => void;
}

const resolver = lazyZodResolver(() => import("@/modules/user/client").then((user) => user.userSchemas.createAccessTokenBody));

export function TokensCreateForm({ todayUtc, onCreated }: TokensCreateFormProps) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const form = useForm({
    resolver,
    defaultValues: { name: "", scope: "read" as const, expiresAt: null },
  });
  const { errors, isSubmitting } = form.formState;
  const scope = useWatch({ control: form.control, name: "scope" });

  const onSubmit = form.handleSubmit(async (input) => {
    setFailure(null);
    const outcome = await createTokenRequest(input);
    if (!outcome.ok) {
      if (!showFieldProblems(outcome.problem, ["name", "scope", "expiresAt"], form.setError)) setFailure(problemMessage(outcome));
      return;
    }
    form.reset();
    onCreated(outcome.data);
    startRefresh(() => router.refresh());
  });

  return (
    <form noValidate onSubmit={onSubmit} onFocus={resolver.preload} aria-label="New token" className="grid gap-5 rounded-lg border p-4">
      <h3 className="font-semibold">New token</h3>
      <Field label="Name" required hint="What it's for, e.g. the script that uses it." error={errors.name?.message}>
        {(control) => <Input {...control} {...form.register("name")} maxLength={60} autoComplete="off" placeholder="Monthly export script" />}
      </Field>
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <fieldset className="grid min-w-0 gap-2" aria-describedby="token-scope-hint">
          <legend className="mb-2 text-sm leading-none font-medium">Access</legend>
          <div className="grid h-10 grid-cols-2 rounded-md border border-input bg-muted p-0.5">
            {SCOPES.map(({ value, label }) => (
              <label
                key={value}
                className={cn(
                  "flex cursor-pointer items-center justify-center rounded-[calc(var(--radius-md)-2px)] px-2 text-sm font-medium whitespace-nowrap text-muted-foreground",
                  "has-checked:bg-card has-checked:text-foreground has-checked:shadow-sm",
                  "has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-ring",
                )}
              >
                <input {...form.register("scope")} type="radio" value={value} className="sr-only" />
                {label}
              </label>
            ))}
          </div>
          <p id="token-scope-hint" className="text-sm text-muted-foreground">
            {SCOPES.find((s) => s.value === scope)?.hint}
          </p>
          {errors.scope?.message ? <p className="text-sm font-medium text-danger">{errors.scope.message}</p> : null}
        </fieldset>
        <Field label="Expires after" hint="Optional: the last day it works (UTC). Empty: until you revoke it." error={errors.expiresAt?.message}>
          {(control) => (
            <Input
              {...control}
              {...form.register("expiresAt", { setValueAs: (value: string | null) => (value ? value : null) })}
              type="date"
              min={addDays(todayUtc, 1)}
            />
          )}
        </Field>
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div>
        <SubmitButton pending={isSubmitting || refreshing}>
          <KeyRound aria-hidden="true" />
          Create token
        </SubmitButton>
      </div>
    </form>
  );
}
