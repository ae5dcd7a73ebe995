import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * SQL helpers of the provider:
 * - for the facts tables' triggers (../facts.ts): a jsonb array (or scalar) as text[], and a
 *   jsonb array of integers as an int8multirange, so a seller's weekly opening slots take a few
 *   ranges instead of ~220 numbers;
 * - `sentra_search_any`: the OR of a word's alternative spellings with duplicates removed (a word
 *   typed last whose stemmed and exact forms are equal gives the same prefix twice). Matching is
 *   unchanged; ts_rank_cd's cost grows with the number of query items. Constant arguments: folded
 *   at planning. Migration20261122200000 replaces it.
 */
export class Migration20261122090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION sentra_search_text_array(value jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN value IS NULL OR jsonb_typeof(value) = 'null' THEN NULL
          WHEN jsonb_typeof(value) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(value))
          ELSE ARRAY[value #>> '{}']
        END
      $$;
    `)
    this.addSql(`
      CREATE OR REPLACE FUNCTION sentra_search_int_ranges(value jsonb) RETURNS int8multirange
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN value IS NULL OR jsonb_typeof(value) = 'null' THEN NULL
          ELSE (
            SELECT coalesce(range_agg(int8range(n, n, '[]')), '{}'::int8multirange)
            FROM (
              SELECT (item #>> '{}')::numeric AS x
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE jsonb_build_array(value) END) AS item
              WHERE jsonb_typeof(item) = 'number'
            ) numbers, LATERAL (SELECT x::int8 AS n) whole
            WHERE x = trunc(x)
          )
        END
      $$;
    `)
    this.addSql(`
      CREATE OR REPLACE FUNCTION sentra_search_any(alternatives tsquery[]) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(DISTINCT '(' || alternative::text || ')', ' | ')::tsquery, alternatives[1])
        FROM unnest(alternatives) AS alternative
        WHERE alternative::text <> ''
      $$;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS sentra_search_any(tsquery[])`)
    this.addSql(`DROP FUNCTION IF EXISTS sentra_search_int_ranges(jsonb)`)
    this.addSql(`DROP FUNCTION IF EXISTS sentra_search_text_array(jsonb)`)
  }
}
