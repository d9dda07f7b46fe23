import { useId } from "react";
import { CircleExclamationPoint } from "lucide-react";

import { cn } from "@/lib/cn";
import { Label } from "./label";

/** Props a Field hands to its control so label, hint and error are announced with it. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

export interface FieldProps {
  label: React.ReactNode;
  /** Renders the control; spread the given props onto it (`{(p) => <Input {...p} />}`). */
  children: (control: FieldControlProps) => React.ReactNode;
  hint?: React.ReactNode;
  /** When set, the control is marked invalid and the message is announced. */
  error?: React.ReactNode;
  /**
   * Marks the field as required for people and assistive tech. It sets
   * `aria-required` rather than `required` so the browser's own validation
   * bubbles don't compete with `error`; add `required` to the control if you want them.
   */
  required?: boolean;
  /** Defaults to a generated id; pass one when something else must reference the control. */
  id?: string;
  className?: string;
}

export function Field({ label, children, hint, error, required = false, id, className }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";

  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className={cn("grid gap-2", className)}>
      <Label htmlFor={controlId}>
        {label}
        {required ? (
          <span aria-hidden="true" className="ml-0.5 text-danger">
            *
          </span>
        ) : null}
      </Label>
      {children({
        id: controlId,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": hasError ? true : undefined,
        "aria-required": required ? true : undefined,
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {hasError ? (
        <p id={errorId} role="alert" className="flex items-start gap-1.5 text-sm font-medium text-danger">
          <CircleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
