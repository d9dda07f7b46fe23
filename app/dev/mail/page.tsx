// The local outbox, for running Ledgerly without a mail service
// (ARCHITECTURE.md, Stack: email). Never in production.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Inbox } from "lucide-react";

import { AppShell } from "@/components/app-shell/app-shell";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { env } from "@/lib/env";
import { readOutbox } from "@/lib/mail";

export const metadata: Metadata = { title: "Outbox", robots: { index: false } };

// `next build` always runs with NODE_ENV=production, so a production build
// renders this page once, at build time, into a plain 404 (status included:
// a notFound() while streaming would answer 200). `next dev` renders it on
// every request, with the outbox as it is then.
export const dynamic = "force-static";

const sentAt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" });
const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

/** A mail's plain text with its links clickable; React escapes everything else. */
function TextWithLinks({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, index) =>
    // split() with a capturing group puts the matches at odd indexes.
    index % 2 === 1 ? (
      <a key={index} href={part} className="font-medium wrap-anywhere text-primary underline underline-offset-2">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function DevMailPage() {
  if (env().NODE_ENV === "production") notFound();
  const mails = await readOutbox();

  return (
    <AppShell>
      <div className="mx-auto grid w-full max-w-3xl gap-6">
        <header className="grid gap-1">
          <h1 className="text-3xl font-bold tracking-tight">Outbox</h1>
          <p className="text-muted-foreground">
            Mail Ledgerly would have sent, newest first (the last 50). It is written here because no mail service is
            configured; this page exists only outside production.
          </p>
        </header>
        {mails.length === 0 ? (
          <EmptyState icon={<Inbox />} title="No mail yet" description="Sign up or ask for a password reset, then reload." />
        ) : (
          <ol className="grid gap-4">
            {mails.map((mail) => (
              <li key={mail.id}>
                <Card className="gap-3">
                  <div className="grid gap-1">
                    <h2 className="text-lg leading-tight font-semibold">{mail.subject}</h2>
                    <p className="text-sm wrap-anywhere text-muted-foreground">
                      To {mail.to} · <time dateTime={mail.createdAt}>{sentAt.format(new Date(mail.createdAt))}</time>
                    </p>
                  </div>
                  <p className="text-sm break-words whitespace-pre-wrap">
                    <TextWithLinks text={mail.text} />
                  </p>
                </Card>
              </li>
            ))}
          </ol>
        )}
      </div>
    </AppShell>
  );
}
