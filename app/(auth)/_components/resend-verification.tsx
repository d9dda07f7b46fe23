"use client";

import { useForm } from "react-hook-form";
import { Send } from "lucide-react";

import { TextField } from "@/components/forms/form-fields";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { useResendVerification, type ResendState } from "./use-resend-verification";

const resolver = lazyZodResolver(() => import("@/modules/user/client").then((user) => user.userSchemas.emailOnlyBody));

function ResendResult({ state }: { state: ResendState }) {
  return (
    <>
      {/* Rendered before there is anything to say, so the confirmation is announced. */}
      <div aria-live="polite">
        {state.status === "sent" ? (
          <Notice tone="success" title="Sent" className="mt-3">
            If this address is waiting for confirmation, a new link is on its way. It works once and expires in 24
            hours.
          </Notice>
        ) : null}
      </div>
      {state.status === "failed" ? (
        <Notice tone="error" className="mt-3">
          {state.message}
        </Notice>
      ) : null}
    </>
  );
}

/** For a known address: the login page's "not verified yet" and the sign-up's inbox step. */
export function ResendVerificationButton({ email }: { email: string }) {
  const { state, resend } = useResendVerification();
  return (
    <div className="flex flex-col">
      <Button variant="outline" loading={state.status === "sending"} onClick={() => resend(email)}>
        <Send aria-hidden="true" />
        Send the link again
      </Button>
      <ResendResult state={state} />
    </div>
  );
}

/** When the address isn't known: the page a broken confirmation link lands on. */
export function ResendVerificationForm() {
  const { state, resend } = useResendVerification();
  const form = useForm({ resolver });
  const { errors, isSubmitting } = form.formState;

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(({ email }) => resend(email))}
      onFocus={resolver.preload}
      className="flex flex-col gap-4"
      aria-label="Send a new confirmation link"
    >
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={errors.email?.message}
        {...form.register("email")}
      />
      <div className="flex flex-col">
        <SubmitButton pending={isSubmitting || state.status === "sending"}>
          <Send aria-hidden="true" />
          Send a new link
        </SubmitButton>
        <ResendResult state={state} />
      </div>
    </form>
  );
}
