import { CircleCheck, CircleExclamationPoint, Info } from "lucide-react";

import { cn } from "@/lib/cn";

type Tone = "error" | "success" | "info";

const toneStyle: Record<Tone, string> = {
  error: "border-danger/40 bg-danger/10 [&>svg]:text-danger",
  success: "border-success/40 bg-success/10 [&>svg]:text-success",
  info: "border-border bg-muted [&>svg]:text-primary",
};

const toneIcon: Record<Tone, React.ReactNode> = {
  error: <CircleExclamationPoint aria-hidden="true" />,
  success: <CircleCheck aria-hidden="true" />,
  info: <Info aria-hidden="true" />,
};

export interface NoticeProps extends Omit<React.ComponentProps<"div">, "title"> {
  tone: Tone;
  title?: React.ReactNode;
}

/**
 * A message about the whole form or page. Errors are alerts, announced as
 * they appear. Other tones carry no live role: a confirmation that appears
 * later belongs in a live region rendered beforehand (screen readers skip
 * regions that arrive together with their content).
 */
export function Notice({ tone, title, children, className, ...props }: NoticeProps) {
  return (
    <div
      role={tone === "error" ? "alert" : undefined}
      className={cn(
        "flex items-start gap-3 rounded-lg border p-3 text-sm text-foreground [&>svg]:mt-0.5 [&>svg]:size-4 [&>svg]:shrink-0",
        toneStyle[tone],
        className,
      )}
      {...props}
    >
      {toneIcon[tone]}
      <div className="grid min-w-0 gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        <div className="text-pretty [&_a]:font-medium [&_a]:underline [&_a]:underline-offset-2">{children}</div>
      </div>
    </div>
  );
}
