/**
 * @sentra/meilisearch-provider — a Meilisearch provider for Medusa 2.21's Search Module.
 *
 * medusa-config: `{ resolve: "@medusajs/medusa/search", options: { providers: [
 *   { resolve: "@sentra/meilisearch-provider", id: "meilisearch", options: { host, api_key, synonyms } } ] } }`
 * and name `provider: "meilisearch"` in the index definition.
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProviderService } from "./service"

export { MeilisearchAvailability, meilisearchAvailability, type AvailabilityOptions } from "./availability"
export { encodeDocument, decodeDocument } from "./documents"
export { compileFilter, andFilters, literal } from "./filters"
export { buildIndexPlan, buildSettings, synonymMap, RANKING_RULES, type IndexPlan, type PlannedField } from "./plan"
export { planSearch, type QueryPlan } from "./query"
export { MeilisearchSearchProviderService, type MeilisearchProviderOptions, type MeilisearchClient } from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchProviderService],
})
