"use client";
// The browser side of the session: next-auth's provider for components that
// read the session, plus the proactive refresh and the idle sign-out.
import { SessionProvider } from "next-auth/react";

import { IdleWarningDialog } from "./idle-warning-dialog";
import { useSessionKeepAlive } from "./use-session-keep-alive";

export function SessionKeeper({
  children,
  expires,
  user,
}: {
  children: React.ReactNode;
  /** When the access credential the page was rendered with expires (ISO 8601). */
  expires: string;
  user: { name: string | null; email: string };
}) {
  const { secondsLeft, staySignedIn, signOutNow } = useSessionKeepAlive(expires);

  return (
    // The session comes from the server render; the provider never polls for it.
    <SessionProvider session={{ user, expires }} refetchOnWindowFocus={false} refetchInterval={0}>
      {children}
      <IdleWarningDialog secondsLeft={secondsLeft} onStay={staySignedIn} onSignOut={signOutNow} />
    </SessionProvider>
  );
}
