import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122134123 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "district" drop constraint if exists "district_code_unique";`);
    this.addSql(`create table if not exists "district" ("id" text not null, "code" text not null, "name" text not null, "regency_code" text not null, "regency_name" text not null, "province_code" text not null, "province_name" text not null, "featured_rank" integer null, "headline" text null, "story" text null, "hero_image_url" text null, "flagship_product_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "district_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_district_deleted_at" ON "district" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_district_code_unique" ON "district" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_district_regency_code" ON "district" ("regency_code") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "district" cascade;`);
  }

}
