import { integrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { vi } from "vitest"
import { PRODUCT_FALLBACK_INDEX } from "../../src/lib/search/engine"
import { seedCatalog } from "../../src/setup/catalog"
import { runSetup } from "../../src/setup"
import { ensureSellers, linkProductsToSellers } from "../../src/setup/marketplace"
import { storeHeaders } from "../helpers/fixtures"
import { settle } from "../helpers/http"
import { handlesWhere, seed, settleIndex } from "./search.contract"

/**
 * Meilisearch configured but down: MEILISEARCH_HOST names a privileged local port nothing
 * listens on (connections are refused at once). The product index "lives" in Meilisearch; the
 * storefront must still get answers, from the PostgreSQL copy, and the switch must be logged.
 */
process.env.MEILISEARCH_HOST = "http://127.0.0.1:1"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    beforeAll(async () => {
      const container = getContainer()
      // One seller's catalog is enough here (every write to the dead Meilisearch is an error log).
      const seller = seed.sellers.find((s) => s.handle === "dapur-padang-uni-ros")!
      const products = seed.products.filter((p) => p.sellerHandle === seller.handle)
      await settleIndex(container, PRODUCT_FALLBACK_INDEX, async () => {
        const commerce = await runSetup(container, { seed: false })
        key = commerce.publishableKey
        const sellerIds = await ensureSellers(container, [seller])
        await seedCatalog(container, { categories: seed.categories, products }, commerce)
        const rows = await container.resolve(Modules.PRODUCT).listProducts({ handle: products.map((p) => p.handle) }, { select: ["id", "handle"] })
        await linkProductsToSellers(container, rows.map((row) => ({ productId: row.id, sellerId: sellerIds.get(seller.handle)! })))
      })
    })

    describe("product search with Meilisearch configured but unreachable", () => {
      it("answers from the PostgreSQL copy and logs the fallback", async () => {
        const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER)
        const warn = vi.spyOn(logger, "warn")
        const response = await settle(
          api.post("/store/search", { entity: "product", fields: ["handle"], filters: { q: "rendng" } }, storeHeaders(key))
        )
        expect(response.status).toBe(200)
        expect(response.data.results[0].hits.map((h: { document: { handle: string } }) => h.document.handle).sort()).toEqual(
          handlesWhere((p) => /^Rendang/.test(p.title))
        )
        expect(warn).toHaveBeenCalledWith(expect.stringContaining("falls back to PostgreSQL"))

        const suggest = await settle(api.get("/store/search/suggest?q=rend", storeHeaders(key)))
        expect(suggest.status).toBe(200)
        expect(suggest.data.products.length).toBe(2)
        warn.mockRestore()
      })
    })
  },
})
