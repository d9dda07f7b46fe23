-- Categories become each user's own rows (issue 11), referenced by id from
-- transactions, budgets and keywords; monthly totals per user, month and
-- category are kept with every write from now on (issue 12); a budget's
-- amount is kept per starting month and it may roll over (issue 13).
-- Existing data moves over: every user gets the default set, transactions
-- and budgets are pointed at it by name, learned keywords become learned
-- category keywords, each budget's amount becomes its limit from the start,
-- and the totals are summed once from the rows.

-- CreateTable
CREATE TABLE "transactions"."categories" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "type" VARCHAR(7) NOT NULL,
    "name" VARCHAR(40) NOT NULL,
    "name_key" VARCHAR(40) NOT NULL,
    "builtin_key" VARCHAR(40),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transactions"."category_keywords" (
    "user_id" UUID NOT NULL,
    "type" VARCHAR(7) NOT NULL,
    "keyword" VARCHAR(60) NOT NULL,
    "written" VARCHAR(60) NOT NULL,
    "category_id" UUID,
    "learned" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "category_keywords_pkey" PRIMARY KEY ("user_id","type","keyword")
);

-- CreateTable
CREATE TABLE "transactions"."category_revisions" (
    "user_id" UUID NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "category_revisions_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "transactions"."monthly_totals" (
    "user_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "category_id" UUID NOT NULL,
    "type" VARCHAR(7) NOT NULL,
    "amount" DECIMAL(20,2) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "monthly_totals_pkey" PRIMARY KEY ("user_id","month","category_id")
);

-- Data: the default set for every existing user (names and keys as in
-- modules/transaction/detection/keywords).
INSERT INTO "transactions"."categories" ("id", "user_id", "type", "name", "name_key", "builtin_key", "created_at", "updated_at")
SELECT gen_random_uuid(), u."id", d."type", d."name", lower(d."name"), d."key", now(), now()
  FROM "users"."users" u
 CROSS JOIN (VALUES
    ('expense', 'food-dining', 'Food & Dining'), ('expense', 'groceries', 'Groceries'), ('expense', 'transport', 'Transport'),
    ('expense', 'housing', 'Housing'), ('expense', 'utilities', 'Utilities'), ('expense', 'shopping', 'Shopping'),
    ('expense', 'entertainment', 'Entertainment'), ('expense', 'health', 'Health'), ('expense', 'education', 'Education'),
    ('expense', 'travel', 'Travel'), ('expense', 'subscriptions', 'Subscriptions'), ('expense', 'personal-care', 'Personal Care'),
    ('expense', 'gifts-donations', 'Gifts & Donations'), ('expense', 'fees-charges', 'Fees & Charges'), ('expense', 'other', 'Other'),
    ('income', 'salary', 'Salary'), ('income', 'freelance', 'Freelance'), ('income', 'investments', 'Investments'),
    ('income', 'refunds', 'Refunds'), ('income', 'gifts-income', 'Gifts'), ('income', 'other-income', 'Other Income')
 ) AS d("type", "key", "name");

INSERT INTO "transactions"."category_revisions" ("user_id") SELECT "id" FROM "users"."users";

-- Data: transactions point at their category by id.
ALTER TABLE "transactions"."transactions" ADD COLUMN "category_id" UUID;
UPDATE "transactions"."transactions" t
   SET "category_id" = c."id"
  FROM "transactions"."categories" c
 WHERE c."user_id" = t."user_id" AND c."type" = t."type" AND c."name" = t."category";
-- A name outside the defaults (none should exist: the API only took those) goes to the fallback.
UPDATE "transactions"."transactions" t
   SET "category_id" = c."id"
  FROM "transactions"."categories" c
 WHERE t."category_id" IS NULL AND c."user_id" = t."user_id" AND c."type" = t."type"
   AND c."builtin_key" = CASE t."type" WHEN 'income' THEN 'other-income' ELSE 'other' END;
ALTER TABLE "transactions"."transactions" ALTER COLUMN "category_id" SET NOT NULL;
DROP INDEX "transactions"."transactions_user_category_date_idx";
ALTER TABLE "transactions"."transactions" DROP COLUMN "category";

-- Data: learned keywords become learned keywords of the category they point at.
INSERT INTO "transactions"."category_keywords" ("user_id", "type", "keyword", "written", "category_id", "learned", "created_at")
SELECT l."user_id", l."type", left(l."keyword", 60), left(l."keyword", 60), c."id", true, l."updated_at"
  FROM "transactions"."learned_keywords" l
  JOIN "transactions"."categories" c ON c."user_id" = l."user_id" AND c."type" = l."type" AND c."name" = l."category"
ON CONFLICT DO NOTHING;
DROP TABLE "transactions"."learned_keywords";

-- CreateTable
CREATE TABLE "budgets"."budget_limits" (
    "budget_id" UUID NOT NULL,
    "from_month" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "budget_limits_pkey" PRIMARY KEY ("budget_id","from_month")
);

-- Data: budgets point at their category by id; their amount applies from the start.
INSERT INTO "budgets"."budget_limits" ("budget_id", "from_month", "amount")
SELECT "id", DATE '1900-01-01', "amount" FROM "budgets"."budgets";
ALTER TABLE "budgets"."budgets" ADD COLUMN "category_id" UUID;
UPDATE "budgets"."budgets" b
   SET "category_id" = c."id"
  FROM "transactions"."categories" c
 WHERE c."user_id" = b."user_id" AND c."type" = 'expense' AND c."name" = b."category";
DELETE FROM "budgets"."budgets" WHERE "category_id" IS NULL;
ALTER TABLE "budgets"."budgets" ALTER COLUMN "category_id" SET NOT NULL;
DROP INDEX "budgets"."budgets_user_id_category_key";
ALTER TABLE "budgets"."budgets" DROP COLUMN "category",
DROP COLUMN "amount",
ADD COLUMN     "rollover" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "starts_month" DATE;

-- Data: the monthly totals, summed once from the rows.
INSERT INTO "transactions"."monthly_totals" ("user_id", "month", "category_id", "type", "amount", "count")
SELECT "user_id", date_trunc('month', "date")::date, "category_id", "type", sum("amount"), count(*)
  FROM "transactions"."transactions"
 GROUP BY 1, 2, 3, 4;

-- CreateIndex
CREATE UNIQUE INDEX "categories_user_id_type_name_key_key" ON "transactions"."categories"("user_id", "type", "name_key");

-- CreateIndex
CREATE UNIQUE INDEX "categories_user_id_type_builtin_key_key" ON "transactions"."categories"("user_id", "type", "builtin_key");

-- CreateIndex
CREATE INDEX "category_keywords_category_id_idx" ON "transactions"."category_keywords"("category_id");

-- CreateIndex
CREATE INDEX "monthly_totals_category_id_idx" ON "transactions"."monthly_totals"("category_id");

-- CreateIndex
CREATE INDEX "transactions_user_category_date_idx" ON "transactions"."transactions"("user_id", "category_id", "date");

-- CreateIndex
CREATE INDEX "budgets_category_id_idx" ON "budgets"."budgets"("category_id");

-- CreateIndex
CREATE UNIQUE INDEX "budgets_user_id_category_id_key" ON "budgets"."budgets"("user_id", "category_id");

-- AddForeignKey
ALTER TABLE "transactions"."transactions" ADD CONSTRAINT "transactions_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "transactions"."categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."categories" ADD CONSTRAINT "categories_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."category_keywords" ADD CONSTRAINT "category_keywords_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."category_keywords" ADD CONSTRAINT "category_keywords_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "transactions"."categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."category_revisions" ADD CONSTRAINT "category_revisions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."monthly_totals" ADD CONSTRAINT "monthly_totals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions"."monthly_totals" ADD CONSTRAINT "monthly_totals_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "transactions"."categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budgets"."budget_limits" ADD CONSTRAINT "budget_limits_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budgets"."budgets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budgets"."budgets" ADD CONSTRAINT "budgets_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "transactions"."categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The totals follow every write of a transaction, whatever the code path
-- (API, import, recurring, moves between categories, account deletion), in
-- the same database transaction: statement-level triggers fold each
-- statement's rows into one grouped change, so a bulk import costs one
-- upsert per month and category, not one per row. Deletes only ever lower
-- totals that exist (an account's cascade may already have removed them).
CREATE FUNCTION "transactions"."monthly_totals_after_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "transactions"."monthly_totals" AS m ("user_id", "month", "category_id", "type", "amount", "count")
  SELECT "user_id", date_trunc('month', "date")::date, "category_id", "type", sum("amount"), count(*)
    FROM new_rows
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3 -- one lock order for every writer: no deadlocks between them
  ON CONFLICT ("user_id", "month", "category_id") DO UPDATE
     SET "amount" = m."amount" + EXCLUDED."amount", "count" = m."count" + EXCLUDED."count";
  RETURN NULL;
END $$;

CREATE FUNCTION "transactions"."monthly_totals_after_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "transactions"."monthly_totals" AS m ("user_id", "month", "category_id", "type", "amount", "count")
  SELECT "user_id", "month", "category_id", "type", sum("amount"), sum("count")
    FROM (SELECT "user_id", date_trunc('month', "date")::date AS "month", "category_id", "type", "amount", 1 AS "count" FROM new_rows
          UNION ALL
          SELECT "user_id", date_trunc('month', "date")::date, "category_id", "type", -"amount", -1 FROM old_rows) AS changes
   GROUP BY 1, 2, 3, 4
  HAVING sum("amount") <> 0 OR sum("count") <> 0
   ORDER BY 1, 2, 3
  ON CONFLICT ("user_id", "month", "category_id") DO UPDATE
     SET "amount" = m."amount" + EXCLUDED."amount", "count" = m."count" + EXCLUDED."count";
  RETURN NULL;
END $$;

CREATE FUNCTION "transactions"."monthly_totals_after_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "transactions"."monthly_totals" AS m
     SET "amount" = m."amount" - d."amount", "count" = m."count" - d."count"
    FROM (SELECT "user_id", date_trunc('month', "date")::date AS "month", "category_id", sum("amount") AS "amount", count(*) AS "count"
            FROM old_rows GROUP BY 1, 2, 3) AS d
   WHERE m."user_id" = d."user_id" AND m."month" = d."month" AND m."category_id" = d."category_id";
  RETURN NULL;
END $$;

CREATE TRIGGER "monthly_totals_insert" AFTER INSERT ON "transactions"."transactions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "transactions"."monthly_totals_after_insert"();
CREATE TRIGGER "monthly_totals_update" AFTER UPDATE ON "transactions"."transactions"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "transactions"."monthly_totals_after_update"();
CREATE TRIGGER "monthly_totals_delete" AFTER DELETE ON "transactions"."transactions"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "transactions"."monthly_totals_after_delete"();
