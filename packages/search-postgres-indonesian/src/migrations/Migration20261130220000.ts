import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text match (`tsvector @@ tsquery`, the built-in `ts_match_vq`) declared at a cost closer to
 * what it takes (decision 070). It is declared as cheap as an addition, so for a word matching
 * half of a large catalog the planner scans every row and evaluates the match on each (60–80 ms
 * at 100,000 products) instead of reading the matches off the GIN index (40 ms). At cost 10 it
 * does that for unranked matches, and still scans in parallel where each match is ranked anyway.
 *
 * Only a superuser may change a built-in function (the embedded database runs as one); elsewhere
 * this does nothing and plans stay as they were. The setting lives in the database's catalog, so
 * a dump restored into another cluster loses it (same answers, slower plans).
 */
export class Migration20261130220000 extends Migration {
  async up(): Promise<void> {
    this.addSql(declareMatchCost(10))
  }

  async down(): Promise<void> {
    this.addSql(declareMatchCost(1))
  }
}

function declareMatchCost(cost: number): string {
  return `
    DO $do$
    BEGIN
      ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST ${cost};
    EXCEPTION WHEN insufficient_privilege THEN
      NULL;
    END
    $do$;
  `
}
