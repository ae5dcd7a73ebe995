import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { IndonesianPostgresSearchService } from "./service"

/**
 * Search Module provider "search-postgres", tuned for Indonesian (see service.ts). Registered in
 * src/config.ts in place of Medusa's own PostgreSQL provider; its migrations folder creates the
 * text search configurations it needs, so they exist wherever Medusa migrates (db:migrate and
 * the test runner alike).
 */
export default ModuleProvider(Modules.SEARCH, {
  services: [IndonesianPostgresSearchService],
})
