"use client";
// Placeholder until the session keeper lands (proactive refresh, idle sign-out).
import { SessionProvider } from "next-auth/react";

export function SessionKeeper({
  children,
  expires,
  user,
}: {
  children: React.ReactNode;
  expires: string;
  user: { name: string | null; email: string };
}) {
  return (
    <SessionProvider session={{ user, expires }} refetchOnWindowFocus={false} refetchInterval={0}>
      {children}
    </SessionProvider>
  );
}
