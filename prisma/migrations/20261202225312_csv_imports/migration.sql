-- CSV imports between preview and commit (issue 14), kept 24 h.

-- CreateTable
CREATE TABLE "transactions"."imports" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" VARCHAR(9) NOT NULL,
    "text" TEXT NOT NULL,
    "encoding" VARCHAR(12) NOT NULL,
    "detected" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committed_at" TIMESTAMPTZ(3),
    "result" JSONB,

    CONSTRAINT "imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "imports_user_id_created_at_idx" ON "transactions"."imports"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "imports_created_at_idx" ON "transactions"."imports"("created_at");

-- AddForeignKey
ALTER TABLE "transactions"."imports" ADD CONSTRAINT "imports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
