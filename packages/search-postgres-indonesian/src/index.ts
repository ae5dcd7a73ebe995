/**
 * @sentra/search-postgres-indonesian — Medusa's PostgreSQL search provider (identifier
 * `search-postgres`), tuned for Indonesian. See README.md.
 *
 * medusa-config: `{ resolve: "@medusajs/medusa/search", options: { providers: [
 *   { resolve: "@sentra/search-postgres-indonesian", id: "postgres",
 *     options: { language: "indonesian", synonyms, protected_words } } ] } }`
 *
 * Registered in place of Medusa's own PostgreSQL provider. Medusa runs a provider's migrations
 * from the `migrations` folder next to the file the provider resolves to (`dist/migrations`),
 * so the text search configurations and SQL functions exist wherever Medusa migrates
 * (`medusa db:migrate` and the test runner alike).
 */
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { IndonesianPostgresSearchService } from "./service"

export { IndonesianPostgresSearchService, type IndonesianPostgresOptions } from "./service"
export { IndonesianText, type IndonesianTextOptions } from "./text"

export default ModuleProvider(Modules.SEARCH, {
  services: [IndonesianPostgresSearchService],
})
