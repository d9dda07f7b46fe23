import { ChevronDown } from "lucide-react";

import { cn } from "@/lib/cn";
import { controlStyles } from "./control-styles";

export interface SelectProps extends React.ComponentProps<"select"> {
  /** Classes for the wrapper, which sets the control's width and position in a layout. */
  wrapperClassName?: string;
}

/**
 * A styled native <select>: it keeps the platform's keyboard behaviour
 * (type-ahead, arrow keys, the OS picker on mobile) that custom listboxes
 * tend to get wrong. Pass <option> elements as children.
 */
export function Select({ className, wrapperClassName, multiple, ...props }: SelectProps) {
  return (
    <div className={cn("relative", wrapperClassName)}>
      <select
        multiple={multiple}
        className={cn(
          controlStyles,
          "appearance-none px-3 py-2",
          multiple ? "min-h-24" : "h-10 pr-9",
          className,
        )}
        {...props}
      />
      {multiple ? null : (
        <ChevronDown
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
      )}
    </div>
  );
}
