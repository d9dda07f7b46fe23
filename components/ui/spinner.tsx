import { LoaderCircle } from "lucide-react";

import { cn } from "@/lib/cn";

export interface SpinnerProps extends React.ComponentProps<"svg"> {
  /**
   * Announced to assistive tech. Omit when the surrounding element already
   * conveys the busy state (e.g. a button with `aria-busy`), so it isn't read twice.
   */
  label?: string;
}

export function Spinner({ label, className, ...props }: SpinnerProps) {
  const icon = (
    <LoaderCircle
      aria-hidden="true"
      // Slowed rather than stopped for reduced motion: a frozen spinner reads as a hang.
      className={cn("size-4 shrink-0 animate-spin motion-reduce:animate-[spin_1.5s_linear_infinite]", className)}
      {...props}
    />
  );

  if (!label) return icon;

  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
