import { cn } from "@/lib/cn";
import { controlStyles } from "./control-styles";

export type TextareaProps = React.ComponentProps<"textarea">;

export function Textarea({ className, rows = 3, ...props }: TextareaProps) {
  return (
    <textarea
      rows={rows}
      className={cn(controlStyles, "min-h-20 resize-y px-3 py-2", className)}
      {...props}
    />
  );
}
