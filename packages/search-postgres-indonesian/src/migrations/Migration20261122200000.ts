import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Cheaper ranking of broad queries:
 * - `sentra_search_any` also drops a plain lexeme that a prefix alternative already covers
 *   (`'bandung' | 'bandung':*` becomes `'bandung':*`). The matches and the ts_rank_cd values are
 *   the same (each matched position counts once either way), with one query item fewer to rank.
 * - `sentra_search_rank`: ts_rank_cd under a name that tells the planner what it costs. The
 *   built-in is declared as cheap as an addition, so PostgreSQL never spreads a large ranked match
 *   over its parallel workers. Only a superuser may declare a C function (the embedded database
 *   is run as one); elsewhere the name is a plain SQL alias, inlined, priced as the built-in.
 */
export class Migration20261122200000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION sentra_search_any(alternatives tsquery[]) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        WITH items AS (
          SELECT DISTINCT alternative::text AS text, substring(alternative::text FROM '^''([^'']*)'':\\*$') AS prefix
          FROM unnest(alternatives) AS alternative
          WHERE alternative::text <> ''
        )
        SELECT coalesce(string_agg('(' || item.text || ')', ' | ' ORDER BY item.text)::tsquery, alternatives[1])
        FROM items AS item
        WHERE NOT EXISTS (
          SELECT 1 FROM items AS cover
          WHERE cover.prefix IS NOT NULL AND item.text ~ '^''[^'']*''$' AND starts_with(btrim(item.text, ''''), cover.prefix)
        )
      $$;
    `)
    this.addSql(`
      DO $do$
      BEGIN
        CREATE OR REPLACE FUNCTION sentra_search_rank(tsvector, tsquery) RETURNS float4
        AS 'ts_rankcd_tt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE COST 100;
      EXCEPTION WHEN insufficient_privilege THEN
        CREATE OR REPLACE FUNCTION sentra_search_rank(tsvector, tsquery) RETURNS float4
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$ SELECT ts_rank_cd($1, $2) $f$;
      END
      $do$;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS sentra_search_rank(tsvector, tsquery)`)
  }
}
