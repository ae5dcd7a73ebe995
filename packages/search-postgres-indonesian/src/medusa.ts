/**
 * The parts of Medusa's PostgreSQL search provider (`@medusajs/search-postgres`) this provider
 * builds on, in one place.
 *
 * The package's entry point exports only the provider registration; the service class we extend
 * and the helpers that give our answers Medusa's exact shape (index plan, facet requests and
 * results, document projection) are reachable only under `dist/`. Those paths are not a public
 * API: they can move in any Medusa release. Importing them here alone keeps that dependency
 * visible and the fix for a new release to one file (hence the exact version in package.json).
 */
export { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
export {
  isFacetable,
  mapFacetResult,
  normalizeFacetRequests,
  projectDocument,
  type IndexPlan,
  type NormalizedFacetRequest,
  type PlannedField,
} from "@medusajs/search-postgres/dist/utils"
