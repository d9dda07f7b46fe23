import Link from "next/link";
import { textLinkClass } from "./auth-card";

/** Points developers at the local outbox; render only when `showOutboxHint()` says mail goes there. */
export function DevMailHint() {
  return (
    <p className="rounded-lg border border-dashed p-3 text-sm text-muted-foreground">
      Running Ledgerly locally without a mail service? Mail goes to the outbox:{" "}
      <Link href="/dev/mail" className={textLinkClass}>
        open /dev/mail
      </Link>
      .
    </p>
  );
}
