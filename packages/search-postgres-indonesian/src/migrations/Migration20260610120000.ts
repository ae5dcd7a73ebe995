import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Everything the Indonesian PostgreSQL search provider needs, idempotently:
 *
 * - what Medusa's own provider migration creates (pg_trgm, unaccent, the catalog table): Medusa
 *   discovers provider migrations in the registered provider's folder, and this provider is
 *   registered instead of Medusa's, so its migration would not run otherwise. Every statement
 *   is IF NOT EXISTS, so a database that already ran Medusa's is unaffected.
 * - `medusa_search_indonesian`: a copy of the built-in `indonesian` configuration (Snowball
 *   stemmer) with unaccent in front of the stemmer, like Medusa's `medusa_search_english`.
 * - `medusa_search_indonesian_exact`: `simple` plus unaccent, for the protected words the
 *   stemmer would mangle (kemeja → meja).
 *
 * Extension creation needs privileges a managed database may not grant: those steps soft-fail
 * with a notice, as Medusa's do; the configurations are then created without unaccent.
 */
export class Migration20260610120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'sentra search: could not enable pg_trgm (%).', SQLERRM;
        END;
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'sentra search: could not enable unaccent (%).', SQLERRM;
        END;

        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_indonesian') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_indonesian (COPY = indonesian);
          IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
            ALTER TEXT SEARCH CONFIGURATION medusa_search_indonesian
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, indonesian_stem;
          END IF;
        END IF;

        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_indonesian_exact') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_indonesian_exact (COPY = simple);
          IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
            ALTER TEXT SEARCH CONFIGURATION medusa_search_indonesian_exact
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
          END IF;
        END IF;
      END
      $$;
    `)
    this.addSql(`
      create table if not exists "search_postgres_index" (
        "name" text not null,
        "table_name" text not null,
        "schema_hash" text not null,
        "plan" jsonb not null,
        "document_count" integer not null default 0,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        constraint "search_postgres_index_pkey" primary key ("name")
      );
    `)
  }

  async down(): Promise<void> {
    // The catalog table belongs to the provider as a whole (Medusa's migration drops it); only
    // the configurations are this migration's own. Dropping them fails while an index uses them.
    this.addSql(`drop text search configuration if exists medusa_search_indonesian_exact;`)
    this.addSql(`drop text search configuration if exists medusa_search_indonesian;`)
  }
}
