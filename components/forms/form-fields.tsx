"use client";
// Labelled form controls wired for react-hook-form: spread `register(name)`
// onto them and pass the field's error message.
import { useState } from "react";
import { Eye, EyeOff } from "lucide-react";

import { Field } from "@/components/ui/field";
import { Input, type InputProps } from "@/components/ui/input";
import { Select, type SelectProps } from "@/components/ui/select";
import { cn } from "@/lib/cn";

/**
 * The schemas and the API word field problems as fragments meant to follow
 * the field's name ("must be at least 10 characters"); our own messages are
 * whole sentences and start with a capital.
 */
function labelled(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}.` : message;
}

type Labelled = { label: string; error?: string; hint?: React.ReactNode; className?: string };

export type TextFieldProps = Labelled & Omit<InputProps, "id" | "className"> & {
  /** Marks the label "(optional)": forms mark the few optional fields rather than the many required ones. */
  optional?: boolean;
};

export function TextField({ label, error, hint, className, optional = false, ...input }: TextFieldProps) {
  const shownLabel = optional ? (
    <>
      {label} <span className="font-normal text-muted-foreground">(optional)</span>
    </>
  ) : (
    label
  );
  return (
    <Field label={shownLabel} error={error && labelled(label, error)} hint={hint} className={className}>
      {(control) => <Input {...control} {...input} />}
    </Field>
  );
}

export type PasswordFieldProps = Labelled & Omit<InputProps, "id" | "className" | "type">;

/** A password input with a show/hide switch, which helps more than a "repeat password" field. */
export function PasswordField({ label, error, hint, className, ...input }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <Field label={label} error={error && labelled(label, error)} hint={hint} className={className}>
      {(control) => (
        <div className="relative">
          <Input
            {...control}
            {...input}
            type={visible ? "text" : "password"}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            className="pr-11"
          />
          <button
            type="button"
            // A fixed name with a pressed state, so the button doesn't rename itself under the cursor.
            aria-label="Show password"
            aria-pressed={visible}
            aria-controls={control.id}
            onClick={() => setVisible((shown) => !shown)}
            className={cn(
              "absolute inset-y-0 right-0 flex w-10 cursor-pointer items-center justify-center rounded-r-md",
              "text-muted-foreground transition-colors hover:text-foreground",
              "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
            )}
          >
            {visible ? <EyeOff aria-hidden="true" className="size-4" /> : <Eye aria-hidden="true" className="size-4" />}
          </button>
        </div>
      )}
    </Field>
  );
}

export type SelectFieldProps = Labelled & Omit<SelectProps, "id" | "className">;

export function SelectField({ label, error, hint, className, children, ...select }: SelectFieldProps) {
  return (
    <Field label={label} error={error && labelled(label, error)} hint={hint} className={className}>
      {(control) => (
        <Select {...control} {...select}>
          {children}
        </Select>
      )}
    </Field>
  );
}
