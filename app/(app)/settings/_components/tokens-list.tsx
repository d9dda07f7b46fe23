import { KeyRound } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCalendarDay, formatInstant } from "./tokens-dates";
import type { AccessToken } from "./tokens-requests";
import { TokensRevokeButton } from "./tokens-revoke-button";

export interface TokensListProps {
  tokens: AccessToken[];
  timezone: string;
  todayUtc: string;
}

/** Each token with what it may do and when it was made, last used and ends; never its secret. */
export function TokensList({ tokens, timezone, todayUtc }: TokensListProps) {
  if (tokens.length === 0) {
    return (
      <EmptyState
        titleAs="h3"
        icon={<KeyRound />}
        title="No tokens yet"
        description="Create one above when a script needs to read or record your transactions."
        className="py-8"
      />
    );
  }
  return (
    <section aria-labelledby="tokens-list-title" className="grid gap-3">
      <h3 id="tokens-list-title" className="font-semibold">
        Your tokens <span className="font-normal text-muted-foreground">({tokens.length})</span>
      </h3>
      <ul className="grid divide-y rounded-lg border">
        {tokens.map((token) => (
          <TokenItem key={token.id} token={token} timezone={timezone} todayUtc={todayUtc} />
        ))}
      </ul>
    </section>
  );
}

function TokenItem({ token, timezone, todayUtc }: { token: AccessToken; timezone: string; todayUtc: string }) {
  const { id, name, scope, createdAt, expiresAt, lastUsedAt } = token;
  const expired = expiresAt !== null && expiresAt < todayUtc;
  const headingId = `token-${id}`;

  return (
    <li aria-labelledby={headingId} className="grid gap-3 p-4 sm:grid-cols-[1fr_auto] sm:items-start">
      <div className="grid min-w-0 gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h4 id={headingId} className="font-medium wrap-anywhere">
            {name}
          </h4>
          <Badge variant={scope === "write" ? "warning" : "neutral"}>{scope === "write" ? "Read and write" : "Read only"}</Badge>
          {expired ? <Badge variant="danger">Expired</Badge> : null}
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
          <dt className="text-muted-foreground">Created</dt>
          <dd>
            <time dateTime={createdAt}>{formatInstant(createdAt, timezone)}</time>
          </dd>
          <dt className="text-muted-foreground">Last used</dt>
          <dd>{lastUsedAt ? <time dateTime={lastUsedAt}>{formatInstant(lastUsedAt, timezone)}</time> : "Never"}</dd>
          <dt className="text-muted-foreground">{expired ? "Expired after" : "Expires"}</dt>
          <dd>{expiresAt ? <time dateTime={expiresAt}>{formatCalendarDay(expiresAt)}</time> : "Never"}</dd>
        </dl>
      </div>
      <div>
        <TokensRevokeButton id={id} name={name} />
      </div>
    </li>
  );
}
