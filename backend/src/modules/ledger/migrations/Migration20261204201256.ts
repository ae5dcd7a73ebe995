import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204201256 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payment_issue" ("id" text not null, "move" text check ("move" in ('capture', 'refund', 'cancel_order')) not null, "status" text check ("status" in ('open', 'resolved')) not null default 'open', "seller_order_id" text not null, "parent_order_id" text not null, "seller_id" text not null, "payment_id" text null, "amount" numeric null, "currency_code" text not null, "attempts" integer not null default 1, "last_error" text not null, "resolved_at" timestamptz null, "resolved_by" text null, "resolution" text check ("resolution" in ('retried', 'manual')) null, "resolution_note" text null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_issue_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_issue_deleted_at" ON "payment_issue" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_issue_status_created_at" ON "payment_issue" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_issue_seller_order_id" ON "payment_issue" ("seller_order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_issue" cascade;`);
  }

}
