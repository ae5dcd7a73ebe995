import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204211127 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_ticket" drop constraint if exists "order_ticket_parent_seller_unique";`);
    this.addSql(`alter table if exists "order_ticket" add column if not exists "parent_order_id" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_ticket_parent_seller_unique" ON "order_ticket" ("parent_order_id", "seller_id") WHERE deleted_at IS NULL AND parent_order_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_order_ticket_parent_seller_unique";`);
    this.addSql(`alter table if exists "order_ticket" drop column if exists "parent_order_id";`);
  }

}
