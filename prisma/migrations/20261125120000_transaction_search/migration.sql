-- Trigram indexes for the transaction list's text search (`q`: a
-- case-insensitive substring of note or comment). pg_trgm is a trusted
-- extension: the database owner may create it without being a superuser.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "transactions_note_trgm_idx" ON "transactions"."transactions" USING GIN ("note" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "transactions_comment_trgm_idx" ON "transactions"."transactions" USING GIN ("comment" gin_trgm_ops);
