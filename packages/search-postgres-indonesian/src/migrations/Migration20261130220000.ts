import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Declared PostgreSQL's built-in text match (`pg_catalog.ts_match_vq`) at cost 10. It no longer
 * does anything: a built-in's cost belongs to the whole database. Kept so that databases which
 * ran it and new ones share one migration history; Migration20261204100000 resets the cost where
 * this migration had changed it.
 */
export class Migration20261130220000 extends Migration {
  async up(): Promise<void> {}

  async down(): Promise<void> {}
}
