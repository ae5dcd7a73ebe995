import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204140348 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_order_unique";`);
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "seller_id" text not null, "order_id" text not null, "parent_order_id" text not null, "method" text not null, "currency_code" text not null, "gross" numeric not null, "fee" numeric not null, "net" numeric not null, "fee_percent" real not null, "raw_gross" jsonb not null, "raw_fee" jsonb not null, "raw_net" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_order_unique" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_seller" ON "ledger_entry" ("seller_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
