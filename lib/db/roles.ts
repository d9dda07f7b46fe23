// The read-only role of ARCHITECTURE.md (Data): USAGE on schema transactions
// and SELECT on its tables, nothing else. Idempotent; run at every start.
import type { Client } from "pg";

export type ReadonlyRoleResult = "ready" | "missing";

/**
 * `password` is given only for a role this app derives (and so owns); a role
 * the operator configured (DATABASE_READONLY_URL) only gets its grants, so
 * its password is never changed under anyone else's feet.
 */
export async function ensureReadonlyRole(client: Client, roleName: string, password: string | null): Promise<ReadonlyRoleResult> {
  const { rows } = await client.query<{ may_manage_roles: boolean; exists: boolean }>(
    `SELECT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) AS may_manage_roles,
            EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists`,
    [roleName],
  );
  const { may_manage_roles: mayManageRoles, exists } = rows[0]!;
  const role = client.escapeIdentifier(roleName);
  if (mayManageRoles && password !== null) {
    // NOINHERIT and no other attributes: it can log in and read, nothing more.
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD ${client.escapeLiteral(password)}`;
    await client.query(`${exists ? "ALTER" : "CREATE"} ROLE ${role} ${attributes}`);
  } else if (!exists) {
    // A deployment whose app role may not create roles creates it in its init
    // script (deploy/postgres/init); until then budget spend answers 503.
    return "missing";
  }
  await client.query(`GRANT USAGE ON SCHEMA "transactions" TO ${role}`);
  await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA "transactions" TO ${role}`);
  // Tables that later migrations add to the schema are readable too.
  await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA "transactions" GRANT SELECT ON TABLES TO ${role}`);
  return "ready";
}
