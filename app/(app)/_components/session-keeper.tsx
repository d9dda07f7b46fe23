"use client";
// The browser side of the session: the proactive refresh and the idle sign-out.
// Nothing in the browser reads the session through next-auth's provider (the
// server renders the user into the page), so its client stays off every page.
import { IdleWarningDialog } from "./idle-warning-dialog";
import { useSessionKeepAlive } from "./use-session-keep-alive";

export function SessionKeeper({
  children,
  expires,
}: {
  children: React.ReactNode;
  /** When the access credential the page was rendered with expires (ISO 8601). */
  expires: string;
}) {
  const { secondsLeft, staySignedIn, signOutNow } = useSessionKeepAlive(expires);

  return (
    <>
      {children}
      <IdleWarningDialog secondsLeft={secondsLeft} onStay={staySignedIn} onSignOut={signOutNow} />
    </>
  );
}
