import { notFound } from "@/lib/http";
import type { SessionUser } from "@/modules/user";
import { deleteBudgetRow } from "./budget-repository";

/** Removes the budget and its limits; the category's transactions are untouched. */
export async function deleteBudget(user: SessionUser, id: string): Promise<void> {
  if (!(await deleteBudgetRow(user.id, id))) throw notFound("budget");
}
