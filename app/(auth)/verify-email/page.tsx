import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { AppError } from "@/lib/http";
import { userSchemas, verifyEmail } from "@/modules/user";
import { AuthCard, textLinkClass } from "../_components/auth-card";
import { Notice } from "@/components/forms/notice";
import { ResendVerificationForm } from "../_components/resend-verification";
import { firstParam, type SearchParams } from "../_components/search-params";

export const metadata: Metadata = { title: "Confirm your email" };

/** True when the link's token confirmed an address; false for a missing, unknown, used or expired one. */
async function confirm(token: string | undefined): Promise<boolean> {
  const query = userSchemas.verifyEmailQuery.safeParse({ token });
  if (!query.success) return false;
  try {
    await verifyEmail(query.data.token);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid_token") return false;
    throw error; // an outage is not a bad link: the error page offers to retry
  }
}

// The link in the confirmation mail lands here (GET /api/auth/verify-email does the same for scripts).
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  // On success the token leaves the address bar and history with the redirect.
  if (await confirm(firstParam((await searchParams).token))) redirect("/login?verified=1");

  return (
    <AuthCard
      title="This link doesn't work"
      footer={
        <>
          Already confirmed?{" "}
          <Link href="/login" className={textLinkClass}>
            Sign in
          </Link>
        </>
      }
    >
      <Notice tone="error">
        The confirmation link is invalid, was already used, or has expired (links last 24 hours). If you already
        confirmed your address, just sign in. Otherwise, enter your email and we&apos;ll send a new link.
      </Notice>
      <ResendVerificationForm />
    </AuthCard>
  );
}
