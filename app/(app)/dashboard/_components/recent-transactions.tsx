import Link from "next/link";

import { cn } from "@/lib/cn";
import type { Transaction } from "@/modules/transaction";
import { formatDay, formatMoney } from "@/lib/format";
import { cardLinkClass, DashboardCard } from "./dashboard-card";

/** The latest few transactions, whatever the month, with the way to all of them. */
export function RecentTransactions({ transactions, currency }: { transactions: Transaction[]; currency: string }) {
  return (
    <DashboardCard
      id="recent-title"
      title="Recent transactions"
      action={
        <Link href="/transactions" className={cardLinkClass}>
          All transactions
        </Link>
      }
    >
      <ul className="-my-2 divide-y">
        {transactions.map((transaction) => (
          <li key={transaction.id} className="flex items-center justify-between gap-3 py-2.5">
            <div className="grid min-w-0">
              <span className="truncate text-sm font-medium">{transaction.note || transaction.category}</span>
              <span className="truncate text-xs text-muted-foreground">
                {formatDay(transaction.date)} · {transaction.category}
              </span>
            </div>
            <SignedAmount transaction={transaction} currency={currency} />
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}

/** "+$3,000.00" in, "−$12.50" out: the sign says the direction, the colour repeats it for income. */
function SignedAmount({ transaction: { type, amount }, currency }: { transaction: Transaction; currency: string }) {
  const text = formatMoney(type === "expense" ? `-${amount}` : amount, currency, "exceptZero");
  return (
    <span className={cn("shrink-0 text-sm font-medium tabular-nums", type === "income" && "text-success")}>
      <span className="sr-only">{type === "income" ? "Income " : "Expense "}</span>
      {text}
    </span>
  );
}
