import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** A legality document may carry a photo of the certificate (seller panel onboarding). */
export class Migration20261204140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_document" add column if not exists "photo_url" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_document" drop column if exists "photo_url";`);
  }

}
