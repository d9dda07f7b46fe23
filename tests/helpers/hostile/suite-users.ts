// Signed-in users for the generated suite, each owning one row of every kind,
// so generated requests reach real rows (PUT and PATCH on a real transaction,
// a real budget) and not only the 404 of an unknown id.
import { randomUUID } from "node:crypto";
import { signedInUser, type SignedInUser } from "../users";
import type { SuiteUser } from "./hostile-request";

function idOf(response: { status: number; body: any }, pick: (body: any) => string | undefined): string {
  // An endpoint that does not exist yet (categories by id) still gets a well-formed id to aim at.
  return (response.status < 300 && pick(response.body)) || randomUUID();
}

export async function suiteUser(): Promise<{ signedIn: SignedInUser; user: SuiteUser; cursor: string | null }> {
  const signedIn = await signedInUser();
  const { client } = signedIn;
  const first = await client.post("/api/transactions", { amount: "12.50", type: "expense", note: "coffee", date: "2026-01-15" });
  await client.post("/api/transactions", { amount: "40.00", type: "expense", note: "groceries", date: "2026-01-14" });
  const budget = await client.post("/api/budgets", { category: "Groceries", amount: "300.00" });
  const categories = await client.get("/api/categories?type=expense");
  const page = await client.get("/api/transactions?limit=1");
  const cookie = ["access_token", "refresh_token"].map((name) => `${name}=${client.cookies.get(name) ?? ""}`).join("; ");
  return {
    signedIn,
    cursor: page.status === 200 ? page.body.nextCursor : null,
    user: {
      cookie,
      email: signedIn.email,
      ids: {
        transaction: idOf(first, (body) => body?.transaction?.id),
        budget: idOf(budget, (body) => body?.budget?.id),
        category: idOf(categories, (body) => body?.items?.find((c: { name: string }) => c.name === "Groceries")?.id),
      },
    },
  };
}
