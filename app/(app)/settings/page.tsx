import type { Metadata } from "next";
import Link from "next/link";
import { BadgeCheck, CircleAlert } from "lucide-react";

import { currencyChoices } from "@/components/forms/currency-options";
import { Badge } from "@/components/ui/badge";
import { PASSWORD_MIN, requirePageUser, type SessionUser } from "@/modules/user";
import { AccountFile } from "./_components/account-file";
import { DeleteAccount } from "./_components/delete-account";
import { PasswordForm } from "./_components/password-form";
import { ProfileForm } from "./_components/profile-form";
import { SettingsSection } from "./_components/settings-section";
import { timezoneChoices } from "./_components/timezone-options";
import { TokensSection } from "./_components/tokens-section";

export const metadata: Metadata = { title: "Settings" };

const longDate = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

function AccountFacts({ user }: { user: SessionUser }) {
  return (
    <dl className="grid gap-1 rounded-lg bg-muted/60 p-4 text-sm">
      <dt className="text-muted-foreground">Email</dt>
      <dd className="flex flex-wrap items-center gap-2 font-medium wrap-anywhere">
        {user.email}
        {user.emailVerified ? (
          <Badge variant="income">
            <BadgeCheck aria-hidden="true" />
            Verified
          </Badge>
        ) : (
          <Badge variant="warning">
            <CircleAlert aria-hidden="true" />
            Not verified
          </Badge>
        )}
      </dd>
      <dt className="mt-2 text-muted-foreground">Member since</dt>
      <dd>
        <time dateTime={user.createdAt}>{longDate.format(new Date(user.createdAt))}</time>
      </dd>
    </dl>
  );
}

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");

  return (
    <div className="mx-auto grid w-full max-w-3xl gap-8">
      <header className="grid gap-1">
        <h1 className="text-3xl font-bold tracking-tight">Settings</h1>
        <p className="text-muted-foreground">Your profile, your password, and your account.</p>
      </header>

      <SettingsSection id="categories" title="Categories" description="Your categories and the keywords that pick them for a note.">
        <Link href="/settings/categories" className="w-fit text-sm font-medium text-primary underline underline-offset-4 hover:no-underline">
          Manage categories and keywords
        </Link>
      </SettingsSection>

      <SettingsSection id="profile" title="Profile" description="How Ledgerly addresses you and shows your money.">
        <AccountFacts user={user} />
        <ProfileForm user={user} currencies={currencyChoices()} timezones={timezoneChoices(user.timezone)} />
      </SettingsSection>

      <SettingsSection id="password" title="Password" description="Changing it signs out every other device.">
        <PasswordForm email={user.email} passwordMin={PASSWORD_MIN} />
      </SettingsSection>

      <TokensSection user={user} />

      <SettingsSection id="your-data" title="Your data" description="Take everything with you, or bring it from another Ledgerly server.">
        <AccountFile />
      </SettingsSection>

      <SettingsSection
        id="delete-account"
        tone="danger"
        title="Delete account"
        description="Deletes your account with all of its transactions and budgets, at once and for good."
      >
        <div>
          <DeleteAccount />
        </div>
      </SettingsSection>
    </div>
  );
}
