import { CircleMinus, CirclePlus } from "lucide-react";

import { cn } from "@/lib/cn";
import type { TransactionType } from "@/modules/transaction/client";

/** Income and expense differ by shape (plus, minus) as well as colour; decorative, so pair it with text. */
export function TypeIcon({ type, className }: { type: TransactionType; className?: string }) {
  const Icon = type === "income" ? CirclePlus : CircleMinus;
  return (
    <Icon aria-hidden="true" className={cn("shrink-0", type === "income" ? "text-success" : "text-muted-foreground", className)} />
  );
}
