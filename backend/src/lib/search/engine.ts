/**
 * Which engine holds the product index, decided by the environment alone:
 * MEILISEARCH_HOST set → Meilisearch (with a PostgreSQL copy to fall back on), else PostgreSQL.
 */
import type * as SearchContract from "@sentra/search-contract" with { "resolution-mode": "import" }

type Env = Record<string, string | undefined>

/** Provider identifiers (the `static identifier` of each provider class). */
export const POSTGRES_PROVIDER = "search-postgres"
export const MEILISEARCH_PROVIDER = "meilisearch"

// @sentra/search-contract is an ES module; Node 20.19+ loads it with require().
const contract = require("@sentra/search-contract") as typeof SearchContract

/** The index the storefront searches (its name is part of the search contract with the storefront). */
export const PRODUCT_INDEX: typeof SearchContract.PRODUCT_INDEX = contract.PRODUCT_INDEX
/** The PostgreSQL copy kept while Meilisearch holds the product index. */
export const PRODUCT_FALLBACK_INDEX = "product_pg_fallback"

export function usesMeilisearch(env: Env = process.env): boolean {
  return !!env.MEILISEARCH_HOST?.trim()
}
