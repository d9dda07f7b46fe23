#!/bin/sh
# PostgreSQL first-start initialisation for docker-compose.yml.
#
# The postgres image runs the files of /docker-entrypoint-initdb.d once, as the
# superuser ($POSTGRES_USER), when the data volume is empty. This creates:
#   - `ledgerly`: the app's login role, owner of database `ledgerly` (not a
#     superuser). At start the app applies its migrations as this role, so it
#     owns the schemas and tables it creates and can grant on them.
#   - `budget_reader`: a read-only login role. It can connect to `ledgerly`;
#     at every start the app (lib/db/roles.ts) grants it USAGE on schema
#     `transactions`, SELECT on its tables and default privileges for future
#     tables (the schema does not exist yet here). The app role may not create
#     roles, so the app relies on this script for the role itself. Its
#     sessions are read-only by default.
# Passwords come from POSTGRES_APP_PASSWORD / BUDGET_READER_PASSWORD and are
# passed as psql variables (:'var' quotes them), never spliced into SQL text.
# Later password changes must be made with ALTER ROLE: this script never runs
# again on an initialised volume.
set -eu

: "${POSTGRES_APP_PASSWORD:?POSTGRES_APP_PASSWORD must be set}"
: "${BUDGET_READER_PASSWORD:?BUDGET_READER_PASSWORD must be set}"

psql --no-psqlrc -v ON_ERROR_STOP=1 \
  --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v app_password="$POSTGRES_APP_PASSWORD" \
  -v reader_password="$BUDGET_READER_PASSWORD" <<'SQL'
CREATE ROLE ledgerly LOGIN PASSWORD :'app_password';
-- Same attributes as lib/db/roles.ts gives it where the app may manage roles.
CREATE ROLE budget_reader LOGIN NOINHERIT PASSWORD :'reader_password';
ALTER ROLE budget_reader SET default_transaction_read_only = on;

CREATE DATABASE ledgerly OWNER ledgerly;
-- Only the owner and the reader may connect; nobody else gets TEMP either.
REVOKE ALL ON DATABASE ledgerly FROM PUBLIC;
GRANT CONNECT ON DATABASE ledgerly TO budget_reader;
SQL
