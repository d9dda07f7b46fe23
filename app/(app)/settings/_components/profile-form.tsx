"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";

import type { CurrencyChoices } from "@/components/forms/currency-options";
import { CurrencyOptions } from "@/components/forms/currency-select";
import { SelectField, TextField } from "@/components/forms/form-fields";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Notice } from "@/components/forms/notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { problemMessage, showFieldProblems } from "@/lib/api-problem";
import type { UserView } from "@/modules/user/client";
import { updateProfileRequest } from "./account-requests";
import type { TimezoneOption } from "./timezone-options";
import { useDeviceTimeZone } from "./use-device-time-zone";

const FIELDS = ["name", "currency", "timezone"] as const;

const formValues = (user: Pick<UserView, "name" | "currency" | "timezone">) => ({
  name: user.name ?? "",
  currency: user.currency,
  timezone: user.timezone,
});

export interface ProfileFormProps {
  user: UserView;
  currencies: CurrencyChoices;
  timezones: TimezoneOption[];
}

const resolver = lazyZodResolver(() => import("@/modules/user/client").then((user) => user.userSchemas.updateMeBody));

export function ProfileForm({ user, currencies, timezones }: ProfileFormProps) {
  const router = useRouter();
  const { toast } = useToast();
  const [failure, setFailure] = useState<string | null>(null);
  const [refreshing, startRefresh] = useTransition();
  const saved = formValues(user);
  const form = useForm({ resolver, defaultValues: saved });
  const { errors, isSubmitting, isDirty } = form.formState;

  const deviceZone = useDeviceTimeZone();
  const chosenZone = useWatch({ control: form.control, name: "timezone" });
  const offerDeviceZone = deviceZone && deviceZone !== chosenZone && timezones.some(({ zone }) => zone === deviceZone);

  const onSubmit = form.handleSubmit(async ({ name, currency, timezone }) => {
    setFailure(null);
    const outcome = await updateProfileRequest({
      name: name ?? null,
      currency: currency ?? user.currency,
      timezone: timezone ?? user.timezone,
    });
    if (!outcome.ok) {
      if (!showFieldProblems(outcome.problem, FIELDS, form.setError)) setFailure(problemMessage(outcome));
      return;
    }
    form.reset(formValues(outcome.data.user));
    toast({ variant: "success", title: "Profile saved" });
    // The header shows the name: re-render the server components with it.
    startRefresh(() => router.refresh());
  });

  return (
    <form noValidate onSubmit={onSubmit} onFocus={resolver.preload} className="grid gap-5" aria-label="Profile">
      {/* defaultValue as well, so the server-rendered page shows the saved values before hydration. */}
      <TextField
        label="Name"
        autoComplete="name"
        hint="Shown in the header; leave it empty to show your email instead."
        error={errors.name?.message}
        defaultValue={saved.name}
        {...form.register("name")}
      />
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <SelectField
          label="Currency"
          hint="Amounts are shown in it, never converted."
          error={errors.currency?.message}
          defaultValue={saved.currency}
          {...form.register("currency")}
        >
          <CurrencyOptions choices={currencies} />
        </SelectField>
        <div className="grid gap-2">
          <SelectField
            label="Time zone"
            hint="Decides when your days and months begin."
            error={errors.timezone?.message}
            defaultValue={saved.timezone}
            {...form.register("timezone")}
          >
            {timezones.map(({ zone, label }) => (
              <option key={zone} value={zone}>
                {label}
              </option>
            ))}
          </SelectField>
          {offerDeviceZone ? (
            <Button
              variant="ghost"
              size="sm"
              className="justify-self-start"
              onClick={() => form.setValue("timezone", deviceZone, { shouldDirty: true, shouldValidate: true })}
            >
              Use this device&apos;s time zone ({deviceZone.replaceAll("_", " ")})
            </Button>
          ) : null}
        </div>
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div>
        <SubmitButton pending={isSubmitting || refreshing} disabled={!isDirty}>
          Save profile
        </SubmitButton>
      </div>
    </form>
  );
}
