import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { vi } from "vitest"
import { POSTGRES_PROVIDER } from "../../src/search/_engine"
import type { IndonesianPostgresSearchService } from "../../src/search/postgres-indonesian/service"
import { runSetup } from "../../src/setup"
import { storeHeaders } from "../helpers/fixtures"
import { settle } from "../helpers/http"
import { productSearchContract } from "./search.contract"

// The embedded default, whatever the environment says (search-meilisearch.spec.ts covers Meilisearch).
delete process.env.MEILISEARCH_HOST

type Api = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]["api"]
type Result = {
  hits: { id: string }[]
  metadata: { count: number | null }
  facets?: Record<string, { type: string; values?: { value: string; count: number }[]; [key: string]: unknown }>
}

/** What a result says, with facet values as a map: engines may order values of equal count differently. */
function normalize(result: Result) {
  return {
    hits: result.hits.map((hit) => hit.id),
    count: result.metadata.count,
    facets: Object.fromEntries(
      Object.entries(result.facets ?? {}).map(([field, facet]) => {
        const { values, avg, sum, ...rest } = facet
        return [
          field,
          {
            ...rest,
            ...(values ? { values: Object.fromEntries(values.map((v) => [v.value, v.count])), order: values.map((v) => v.count) } : {}),
            ...(avg !== undefined ? { avg: Math.round(Number(avg) * 1000) / 1000, sum: Math.round(Number(sum)) } : {}),
          },
        ]
      })
    ),
  }
}

/** The results page's facets (storefront/app/lib/search-view.ts). */
const STOREFRONT_FACETS = ["in_stock", { field: "price", type: "stats" }, { field: "badges", limit: 3 }].concat(
  ["category_handles", "district_code", "city_code"].map((field) => ({ field, limit: 100 }))
)
const page = (take: number, skip = 0, order?: Record<string, string>) => ({ take, skip, ...(order ? { order } : {}) })

/** Bodies of POST /store/search: the storefront's shapes, and the rest of the filter, sort and facet language. */
const BODIES: Record<string, unknown>[] = [
  { filters: {}, pagination: page(24, 0, { created_at: "DESC" }), search_options: { facets: STOREFRONT_FACETS, disjunctive_facets: true } },
  { filters: { q: "keripik pedas" }, pagination: page(24), search_options: { match_strategy: "last", facets: STOREFRONT_FACETS, disjunctive_facets: true } },
  { filters: { q: "rendng" }, pagination: page(5), search_options: { include_score: true } },
  {
    filters: { q: "batik", category_handles: { $overlaps: ["fesyen"] }, price: { $gte: 50000, $lte: 900000 } },
    pagination: page(5, 5, { price: "ASC" }),
    search_options: { facets: STOREFRONT_FACETS, disjunctive_facets: true },
  },
  {
    filters: { category_handles: { $overlaps: ["kuliner"] }, badges: { $contains: ["halal"] }, in_stock: true, city_code: { $in: ["32.73", "32.75"] } },
    pagination: page(10, 0, { price: "DESC" }),
    search_options: { facets: STOREFRONT_FACETS, disjunctive_facets: true },
  },
  { filters: { open_now: true }, pagination: page(50), search_options: { facets: ["badges", "cohorts"] } },
  { filters: { q: "kopi", district_code: { $nin: ["32.73.01"] }, cohorts: { $overlaps: ["women_owned", "wub"] } }, pagination: page(10, 0, { title: "ASC" }) },
  {
    filters: { $or: [{ main_category: "kriya" }, { badges: "pirt" }], in_stock: { $ne: false } },
    pagination: page(30, 0, { created_at: "ASC" }),
    search_options: {
      count: "none",
      facets: [
        { field: "main_category", sort: "alpha" },
        { field: "seller_handle", limit: 100 },
        { field: "district_code", query: "32.73" },
        { field: "price", type: "range", ranges: [{ key: "murah", to: 25000 }, { from: 25000, to: 100000 }, { key: "mahal", from: 100000 }] },
      ],
    },
  },
  { filters: { q: "tas anyaman", $not: { badges: "halal" } }, pagination: page(0), search_options: { facets: [{ field: "price", type: "stats" }, "city"] } },
  { filters: { q: "zzzz tidak ada" }, pagination: page(10), search_options: { facets: STOREFRONT_FACETS } },
]

/**
 * The facts table (src/search/postgres-indonesian/facts.ts) must answer every query exactly as
 * Medusa's provider does on the same index: same hits in the same order, counts and facets.
 */
function factsMatchMedusa({ api, getContainer }: { api: Api; getContainer: () => MedusaContainer }) {
  let key: string
  let provider: IndonesianPostgresSearchService
  beforeAll(async () => {
    key = (await runSetup(getContainer(), { seed: false })).publishableKey
    const search = getContainer().resolve(Modules.SEARCH) as unknown as { searchProviderService_: { retrieve: (id: string) => unknown } }
    provider = search.searchProviderService_.retrieve(POSTGRES_PROVIDER) as IndonesianPostgresSearchService
  })

  describe("the facts table behind the embedded engine", () => {
    it("answers every query exactly as Medusa's provider does", async () => {
      for (const body of BODIES) {
        const label = JSON.stringify(body)
        const run = () => settle(api.post("/store/search", { entity: "product", fields: ["id", "handle"], ...body }, storeHeaders(key)))
        const facts = vi.spyOn(provider as unknown as { searchFacts: (...args: unknown[]) => Promise<unknown> }, "searchFacts")
        try {
          const fast = await run()
          expect(fast.status, label).toBe(200)
          // Answered by the facts statement, not by Medusa's path.
          expect(facts, label).toHaveBeenCalled()
          for (const call of facts.mock.results) {
            await expect(call.value, label).resolves.toBeDefined()
          }
          facts.mockResolvedValue(undefined)
          const medusa = await run()
          expect(medusa.status, label).toBe(200)
          expect(normalize(fast.data.results[0]), label).toEqual(normalize(medusa.data.results[0]))
        } finally {
          facts.mockRestore()
        }
      }
    })
  })
}

medusaIntegrationTestRunner({
  testSuite: (env) => {
    productSearchContract("PostgreSQL (embedded default)")(env)
    factsMatchMedusa(env)
  },
})
