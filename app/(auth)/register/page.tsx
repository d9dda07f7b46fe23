import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";

import { PASSWORD_MIN } from "@/modules/user";

import { AuthCard, textLinkClass } from "../_components/auth-card";
import { currencyChoices, currencyForLanguages } from "@/components/forms/currency-options";
import { RegisterForm } from "../_components/register-form";
import { redirectIfSignedIn } from "../_components/redirect-if-signed-in";
import { firstParam, type SearchParams } from "../_components/search-params";
import { showOutboxHint } from "../_components/show-outbox-hint";

export const metadata: Metadata = { title: "Create account" };

export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  await redirectIfSignedIn(firstParam((await searchParams).next));
  const acceptLanguage = (await headers()).get("accept-language");

  return (
    <AuthCard
      title="Create your account"
      description="Track income and expenses, set monthly budgets, and see where your money goes."
      footer={
        <>
          Already have an account?{" "}
          <Link href="/login" className={textLinkClass}>
            Sign in
          </Link>
        </>
      }
    >
      <RegisterForm
        currencies={currencyChoices()}
        defaultCurrency={currencyForLanguages(acceptLanguage)}
        showOutboxHint={showOutboxHint()}
        passwordMin={PASSWORD_MIN}
      />
    </AuthCard>
  );
}
