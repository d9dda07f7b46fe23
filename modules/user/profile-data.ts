// The profile part of a person's account file (issue 15): what they set, not
// their credentials. Written inside the caller's transaction with the rest.
import { z } from "zod";
import * as Prisma from "@/lib/db/sql-fragments";
import type { SqlClient } from "@/lib/db/sql";
import type { SessionUser } from "./authenticate";
import { updateMeBody } from "./schemas";

export const profileDataSchema = updateMeBody.required();
export type ProfileData = z.output<typeof profileDataSchema>;

export const exportProfile = (user: SessionUser): ProfileData => ({ name: user.name, currency: user.currency, timezone: user.timezone });

export async function importProfile(tx: SqlClient, userId: string, profile: ProfileData): Promise<void> {
  await tx.execute(Prisma.sql`
    UPDATE users.users SET name = ${profile.name}, currency = ${profile.currency}, timezone = ${profile.timezone}, updated_at = now()
     WHERE id = ${userId}::uuid`);
}
