"use client";

import { useEffect, useRef, useState } from "react";
import { startSessionKeepAlive, type SessionKeepAlive } from "./session-keep-alive";
import { ACCESS_TTL_MS } from "./session-plan";
import { noteRefresh } from "@/lib/session-times";

/**
 * Keeps the session alive while the user is active and ends it when they
 * aren't. `secondsLeft` is non-null while the idle warning should show.
 */
export function useSessionKeepAlive(accessExpiresAt: string) {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const keepAlive = useRef<SessionKeepAlive | null>(null);

  // The server rendered this page with a credential issued 15 minutes before
  // it expires; counted from there, the next refresh comes before it lapses.
  // Capped at now in case this device's clock runs behind the server's.
  useEffect(() => {
    noteRefresh(Math.min(Date.now(), Date.parse(accessExpiresAt) - ACCESS_TTL_MS));
  }, [accessExpiresAt]);

  // Once per mount, not per new `accessExpiresAt`: a re-render is not input.
  useEffect(() => {
    const started = startSessionKeepAlive(setSecondsLeft);
    keepAlive.current = started;
    return () => {
      started.stop();
      keepAlive.current = null;
    };
  }, []);

  return {
    secondsLeft,
    staySignedIn: () => keepAlive.current?.stay(),
    signOutNow: () => keepAlive.current?.signOutNow(),
  };
}
