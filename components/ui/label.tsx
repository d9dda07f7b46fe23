import { cn } from "@/lib/cn";

export type LabelProps = React.ComponentProps<"label">;

export function Label({ className, ...props }: LabelProps) {
  return <label className={cn("text-sm leading-none font-medium text-foreground", className)} {...props} />;
}
