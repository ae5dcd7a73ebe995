import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122134124 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_email_unique";`);
    this.addSql(`alter table if exists "seller_document" drop constraint if exists "seller_document_type_unique";`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);
    this.addSql(`alter table if exists "order_ticket" drop constraint if exists "order_ticket_order_unique";`);
    this.addSql(`create table if not exists "order_ticket" ("id" text not null, "order_id" text not null, "seller_id" text not null, "status" text check ("status" in ('received', 'preparing', 'ready', 'completed', 'declined', 'cancelled')) not null default 'received', "fulfillment_type" text check ("fulfillment_type" in ('pickup', 'delivery')) not null default 'pickup', "pickup_code" text not null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_ticket_deleted_at" ON "order_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_ticket_order_unique" ON "order_ticket" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_ticket_seller_status" ON "order_ticket" ("seller_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_ticket_event" ("id" text not null, "from_status" text null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text not null, "ticket_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_ticket_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_ticket_event_ticket_id" ON "order_ticket_event" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_ticket_event_deleted_at" ON "order_ticket_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "logo_url" text null, "categories" text[] not null, "creative_subsectors" text[] not null, "whatsapp" text not null, "pickup_address" text null, "time_zone" text not null default 'Asia/Jakarta', "women_owned" boolean not null default false, "new_entrepreneur" boolean not null default false, "opening_hours" jsonb not null, "holiday_closures" text[] not null, "preparation_minutes" integer not null default 30, "lead_time_days" integer not null default 0, "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "status_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status" ON "seller" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_document" ("id" text not null, "type" text check ("type" in ('nib', 'pirt', 'halal')) not null, "number" text not null, "expires_at" timestamptz null, "verified" boolean not null default false, "verified_at" timestamptz null, "verified_by" text null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_seller_id" ON "seller_document" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_document_deleted_at" ON "seller_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_document_type_unique" ON "seller_document" ("seller_id", "type") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_member" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_seller_id" ON "seller_member" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_deleted_at" ON "seller_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_member_email_unique" ON "seller_member" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_status_change" ("id" text not null, "from_status" text null, "to_status" text not null, "reason" text null, "actor_type" text not null, "actor_id" text not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status_change_seller_id" ON "seller_status_change" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_status_change_deleted_at" ON "seller_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "order_ticket_event" add constraint "order_ticket_event_ticket_id_foreign" foreign key ("ticket_id") references "order_ticket" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "seller_document" add constraint "seller_document_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "seller_member" add constraint "seller_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "seller_status_change" add constraint "seller_status_change_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "order_ticket_event" drop constraint if exists "order_ticket_event_ticket_id_foreign";`);

    this.addSql(`alter table if exists "seller_document" drop constraint if exists "seller_document_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_status_change" drop constraint if exists "seller_status_change_seller_id_foreign";`);

    this.addSql(`drop table if exists "order_ticket" cascade;`);

    this.addSql(`drop table if exists "order_ticket_event" cascade;`);

    this.addSql(`drop table if exists "seller" cascade;`);

    this.addSql(`drop table if exists "seller_document" cascade;`);

    this.addSql(`drop table if exists "seller_member" cascade;`);

    this.addSql(`drop table if exists "seller_status_change" cascade;`);
  }

}
