import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204170837 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_bank_account" drop constraint if exists "seller_bank_account_seller_unique";`);
    this.addSql(`alter table if exists "payout_item" drop constraint if exists "payout_item_batch_seller_unique";`);
    this.addSql(`create table if not exists "payout_batch" ("id" text not null, "cutoff_at" timestamptz not null, "currency_code" text not null, "status" text check ("status" in ('pending', 'paid')) not null default 'pending', "total" numeric not null, "created_by" text not null, "paid_at" timestamptz null, "paid_by" text null, "transfer_reference" text null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_item" ("id" text not null, "seller_id" text not null, "amount" numeric not null, "lines" integer not null, "bank_code" text not null, "bank_name" text not null, "account_number" text not null, "account_holder" text not null, "batch_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_batch_id" ON "payout_item" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_deleted_at" ON "payout_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_item_batch_seller_unique" ON "payout_item" ("batch_id", "seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_seller" ON "payout_item" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_bank_account" ("id" text not null, "seller_id" text not null, "bank_code" text not null, "account_number" text not null, "account_holder" text not null, "status" text check ("status" in ('pending', 'verified', 'rejected')) not null default 'pending', "rejection_reason" text null, "reviewed_at" timestamptz null, "reviewed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_bank_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_bank_account_deleted_at" ON "seller_bank_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_bank_account_seller_unique" ON "seller_bank_account" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_bank_account_status" ON "seller_bank_account" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout_item" add constraint "payout_item_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "ledger_entry" add column if not exists "payout_batch_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_payout_batch" ON "ledger_entry" ("payout_batch_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout_item" drop constraint if exists "payout_item_batch_id_foreign";`);

    this.addSql(`drop table if exists "payout_batch" cascade;`);

    this.addSql(`drop table if exists "payout_item" cascade;`);

    this.addSql(`drop table if exists "seller_bank_account" cascade;`);

    this.addSql(`drop index if exists "IDX_ledger_entry_payout_batch";`);
    this.addSql(`alter table if exists "ledger_entry" drop column if exists "payout_batch_id";`);
  }

}
