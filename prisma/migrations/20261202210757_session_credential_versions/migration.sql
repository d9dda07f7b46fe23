-- AlterTable
ALTER TABLE "users"."users" ADD COLUMN     "credential_version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "users"."sessions" ADD COLUMN     "client_hash" CHAR(64),
ADD COLUMN     "credential_version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "users"."refresh_tokens" ADD COLUMN     "successor_sealed" TEXT;
