import type { Metadata } from "next";
import Link from "next/link";

import { buttonVariants } from "@/components/ui/button";
import { PASSWORD_MIN } from "@/modules/user";
import { AuthCard, textLinkClass } from "../_components/auth-card";
import { Notice } from "@/components/forms/notice";
import { ResetPasswordForm } from "../_components/reset-password-form";
import { firstParam, type SearchParams } from "../_components/search-params";

export const metadata: Metadata = { title: "Choose a new password" };

// Not redirected when signed in: a reset link must work on a device that still has a session.
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token);

  return (
    <AuthCard
      title="Choose a new password"
      description="Once it's set, every device signed in to your account is signed out."
      footer={
        <Link href="/login" className={textLinkClass}>
          Back to sign in
        </Link>
      }
    >
      {token ? (
        <ResetPasswordForm token={token} passwordMin={PASSWORD_MIN} />
      ) : (
        <>
          <Notice tone="error" title="The link is incomplete">
            Open the link from the email exactly as it is, or ask for a new one.
          </Notice>
          <Link href="/forgot-password" className={buttonVariants({ size: "lg" })}>
            Ask for a new link
          </Link>
        </>
      )}
    </AuthCard>
  );
}
