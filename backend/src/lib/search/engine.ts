/**
 * Which engine holds the product index, decided by the environment alone:
 * MEILISEARCH_HOST set → Meilisearch (with a PostgreSQL copy to fall back on), else PostgreSQL.
 */
type Env = Record<string, string | undefined>

/** Provider identifiers (the `static identifier` of each provider class). */
export const POSTGRES_PROVIDER = "search-postgres"
export const MEILISEARCH_PROVIDER = "meilisearch"

/** The index the storefront searches, and the PostgreSQL copy kept while Meilisearch holds it. */
export const PRODUCT_INDEX = "product"
export const PRODUCT_FALLBACK_INDEX = "product_pg_fallback"

export function usesMeilisearch(env: Env = process.env): boolean {
  return !!env.MEILISEARCH_HOST?.trim()
}
