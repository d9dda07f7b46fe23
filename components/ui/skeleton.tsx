import { cn } from "@/lib/cn";

/**
 * Decorative placeholder: hidden from assistive tech, so wrap a group of them
 * in an element that announces the loading state (e.g. role="status").
 */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted motion-reduce:animate-none", className)}
      {...props}
    />
  );
}
