-- Recurring transactions (issue 13): schedules the app records by itself,
-- each occurrence once (recurring_occurrences' key), and recurring_id on the
-- transactions they record (set to null when the schedule is deleted).

-- AlterTable
ALTER TABLE "transactions"."transactions" ADD COLUMN     "recurring_id" UUID;

-- CreateTable
CREATE TABLE "transactions"."recurring_schedules" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "type" VARCHAR(7) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "category_id" UUID,
    "note" VARCHAR(200) NOT NULL DEFAULT '',
    "comment" VARCHAR(2000) NOT NULL DEFAULT '',
    "frequency" VARCHAR(7) NOT NULL,
    "interval" INTEGER NOT NULL DEFAULT 1,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "next_date" DATE,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recurring_schedules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transactions"."recurring_occurrences" (
    "schedule_id" UUID NOT NULL,
    "date" DATE NOT NULL,

    CONSTRAINT "recurring_occurrences_pkey" PRIMARY KEY ("schedule_id","date")
);

-- CreateIndex
CREATE INDEX "recurring_schedules_user_id_next_date_idx" ON "transactions"."recurring_schedules"("user_id", "next_date");

-- CreateIndex
CREATE INDEX "recurring_schedules_next_date_idx" ON "transactions"."recurring_schedules"("next_date");

-- AddForeignKey
ALTER TABLE "transactions"."transactions" ADD CONSTRAINT "transactions_recurring_id_fkey" FOREIGN KEY ("recurring_id") REFERENCES "transactions"."recurring_schedules"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."recurring_schedules" ADD CONSTRAINT "recurring_schedules_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."recurring_schedules" ADD CONSTRAINT "recurring_schedules_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "transactions"."categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."recurring_occurrences" ADD CONSTRAINT "recurring_occurrences_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "transactions"."recurring_schedules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
