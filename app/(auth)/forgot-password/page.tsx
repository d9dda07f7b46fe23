import type { Metadata } from "next";
import Link from "next/link";

import { AuthCard, textLinkClass } from "../_components/auth-card";
import { ForgotPasswordForm } from "../_components/forgot-password-form";
import { showOutboxHint } from "../_components/show-outbox-hint";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter the email you signed up with and we'll send you a link to choose a new one."
      footer={
        <>
          Remembered it?{" "}
          <Link href="/login" className={textLinkClass}>
            Back to sign in
          </Link>
        </>
      }
    >
      <ForgotPasswordForm showOutboxHint={showOutboxHint()} />
    </AuthCard>
  );
}
