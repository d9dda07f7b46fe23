import type { Metadata } from "next";
import Link from "next/link";

import { safeNextPath } from "@/modules/user";
import { AuthCard, textLinkClass } from "../_components/auth-card";
import { LoginForm } from "../_components/login-form";
import { Notice } from "@/components/forms/notice";
import { redirectIfSignedIn } from "../_components/redirect-if-signed-in";
import { firstParam, type SearchParams } from "../_components/search-params";

export const metadata: Metadata = { title: "Sign in" };

/** Why the user is here, from the query string of the page that sent them. */
function ArrivalNotice({ params }: { params: Awaited<SearchParams> }) {
  if (firstParam(params.verified) === "1") {
    return (
      <Notice tone="success" title="Email confirmed">
        Your account is ready. Sign in to continue.
      </Notice>
    );
  }
  if (firstParam(params.reset) === "1") {
    return (
      <Notice tone="success" title="Password changed">
        Every other session was signed out. Sign in with your new password.
      </Notice>
    );
  }
  if (firstParam(params.reason) === "idle") {
    return (
      <Notice tone="info" title="Signed out">
        You were signed out after 30 minutes without activity. Sign in again to continue where you left off.
      </Notice>
    );
  }
  return null;
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = firstParam(params.next);
  await redirectIfSignedIn(next);

  return (
    <AuthCard
      title="Sign in"
      description="Welcome back. Sign in to see your budgets and transactions."
      footer={
        <>
          New to Ledgerly?{" "}
          <Link href="/register" className={textLinkClass}>
            Create an account
          </Link>
        </>
      }
    >
      <ArrivalNotice params={params} />
      <LoginForm next={safeNextPath(next)} />
    </AuthCard>
  );
}
