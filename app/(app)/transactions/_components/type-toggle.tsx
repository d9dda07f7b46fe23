"use client";

import { cn } from "@/lib/cn";
import type { TransactionType } from "@/modules/transaction/client";
import { TRANSACTION_TYPES } from "./transaction-limits";
import { TYPE_LABEL } from "./format";
import { TypeIcon } from "./type-icon";

export interface TypeToggleProps extends Omit<React.ComponentProps<"input">, "type" | "value"> {
  name: string;
  legend?: string;
}

/**
 * Expense or income as two native radio buttons styled as a segmented control:
 * Tab reaches the group, arrow keys switch, and a form reads it like any field.
 * Takes react-hook-form's `register()` props.
 */
export function TypeToggle({ name, legend = "Type", className, ...inputProps }: TypeToggleProps) {
  // Expense first: it is what people record most.
  const order: TransactionType[] = [...TRANSACTION_TYPES].reverse();
  return (
    <fieldset className={cn("min-w-0", className)}>
      <legend className="mb-2 text-sm leading-none font-medium">{legend}</legend>
      <div className="grid h-10 grid-cols-2 rounded-md border border-input bg-muted p-0.5">
        {order.map((type) => (
          <label
            key={type}
            className={cn(
              "flex cursor-pointer items-center justify-center gap-1.5 rounded-[calc(var(--radius-md)-2px)] px-3 text-sm font-medium text-muted-foreground",
              "has-checked:bg-card has-checked:text-foreground has-checked:shadow-sm",
              "has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-ring",
            )}
          >
            <input {...inputProps} type="radio" name={name} value={type} className="sr-only" />
            <TypeIcon type={type} className="size-4" />
            {TYPE_LABEL[type]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
