import { integrationTestRunner } from "../helpers/runner"
import { productSearchContract } from "./search.contract"

/**
 * The product search contract on Meilisearch. No Meilisearch server can run on every machine,
 * so this suite needs MEILISEARCH_HOST (and MEILISEARCH_API_KEY if the server has a master key)
 * and says so when it is missing. Physical indexes get a prefix unique to this run, and are
 * deleted afterwards.
 */
if (process.env.MEILISEARCH_HOST) {
  process.env.SEARCH_INDEX_PREFIX = `sentra_test_${process.pid}_${Date.now()}_`
  integrationTestRunner({
    testSuite: productSearchContract(`Meilisearch (${process.env.MEILISEARCH_HOST})`, { cleanup: true }),
  })
} else {
  console.warn("SKIPPED the product search contract on Meilisearch: MEILISEARCH_HOST is not set")
  // Skipped on purpose, with a printed reason: no Meilisearch server can be installed on these
  // machines (no Docker, not in Debian's packages). The same contract runs on the PostgreSQL engine
  // (search.spec.ts) and the Meilisearch provider's requests are unit-tested against a local
  // server in packages/meilisearch-provider; set MEILISEARCH_HOST to run this suite for real.
  describe.skip("product search on Meilisearch (skipped: MEILISEARCH_HOST is not set)", () => {
    it("runs the PostgreSQL contract against the Meilisearch server MEILISEARCH_HOST names", () => {})
  })
}
