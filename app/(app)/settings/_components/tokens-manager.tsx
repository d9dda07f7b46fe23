"use client";

import { useState } from "react";

import { TokensCreateForm } from "./tokens-create-form";
import { TokensList } from "./tokens-list";
import type { AccessToken } from "./tokens-requests";
import { TokensSecret } from "./tokens-secret";

export interface TokensManagerProps {
  /** The user's tokens, newest first, as the server read them. */
  tokens: AccessToken[];
  /** The app's origin, for the curl example. */
  appUrl: string;
  timezone: string;
  todayUtc: string;
}

/**
 * The form, or the secret of the token just made in its place (it exists only
 * in this component's memory: a reload loses it for good), and the list.
 */
export function TokensManager({ tokens, appUrl, timezone, todayUtc }: TokensManagerProps) {
  const [created, setCreated] = useState<{ token: AccessToken; secret: string } | null>(null);

  return (
    <div className="grid gap-6">
      {created ? (
        <TokensSecret name={created.token.name} secret={created.secret} appUrl={appUrl} onDone={() => setCreated(null)} />
      ) : (
        <TokensCreateForm todayUtc={todayUtc} onCreated={setCreated} />
      )}
      <TokensList tokens={tokens} timezone={timezone} todayUtc={todayUtc} />
    </div>
  );
}
