import { todayIn } from "@/lib/clock";
import { appOrigin } from "@/lib/env";
import { listTokens, type SessionUser } from "@/modules/user";
import { SettingsSection } from "./settings-section";
import { TokensManager } from "./tokens-manager";

/** Personal access tokens (API.md): read on the server, created and revoked in the browser. */
export async function TokensSection({ user }: { user: SessionUser }) {
  const tokens = await listTokens(user.id);
  return (
    <SettingsSection
      id="tokens"
      title="Tokens"
      description="Personal access tokens let your own scripts use the Ledgerly API as you, without your password."
    >
      <TokensManager
        tokens={tokens}
        appUrl={appOrigin()}
        timezone={user.timezone}
        // Expiry dates are UTC calendar days (API.md), so "today" is too.
        todayUtc={todayIn("UTC")}
      />
    </SettingsSection>
  );
}
