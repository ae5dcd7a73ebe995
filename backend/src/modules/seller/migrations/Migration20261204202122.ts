import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204202122 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "seller_upload" ("id" text not null, "file_id" text null, "url" text null, "bytes" integer not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_upload_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_upload_seller_id" ON "seller_upload" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_upload_deleted_at" ON "seller_upload" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_upload" add constraint "seller_upload_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_upload" cascade;`);
  }

}
