import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204204917 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_exposure" drop constraint if exists "seller_exposure_unique";`);
    this.addSql(`create table if not exists "seller_exposure" ("id" text not null, "seller_id" text not null, "day" text not null, "surface" text not null, "impressions" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_exposure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_exposure_deleted_at" ON "seller_exposure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_exposure_unique" ON "seller_exposure" ("seller_id", "day", "surface") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_exposure_day" ON "seller_exposure" ("day") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_exposure" cascade;`);
  }

}
