import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { productSearchContract } from "./search.contract"

// The embedded default, whatever the environment says (search-meilisearch.spec.ts covers Meilisearch).
delete process.env.MEILISEARCH_HOST

medusaIntegrationTestRunner({
  testSuite: productSearchContract("PostgreSQL (embedded default)"),
})
