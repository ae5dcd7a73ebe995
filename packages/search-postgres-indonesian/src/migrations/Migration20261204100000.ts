import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Gives PostgreSQL's built-in text match (`pg_catalog.ts_match_vq`, the `@@` of tsvector and
 * tsquery) back its default cost (1), where Migration20261130220000 had declared it at 10.
 *
 * A built-in's cost is shared by every database user and query, needs a superuser to change and
 * is lost on dump and restore. The provider now asks for the text index itself, and only in its
 * own statements, with planner settings for their own transaction (see src/service.ts,
 * `planSettings`).
 *
 * Only a cost of exactly 10 (ours) is reset; without the privilege to change it, nothing changes.
 */
export class Migration20261204100000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      DO $do$
      BEGIN
        IF (SELECT procost FROM pg_proc WHERE oid = 'pg_catalog.ts_match_vq(tsvector, tsquery)'::regprocedure) = 10 THEN
          ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST 1;
        END IF;
      EXCEPTION WHEN insufficient_privilege THEN
        NULL;
      END
      $do$;
    `)
  }

  async down(): Promise<void> {
    // The built-in keeps its default cost: Migration20261130220000 no longer changes it either.
  }
}
