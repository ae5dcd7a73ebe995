import { integrationTestRunner } from "../helpers/runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { vi } from "vitest"
import { POSTGRES_PROVIDER } from "../../src/lib/search/engine"
import type { IndonesianPostgresSearchService } from "@sentra/search-postgres-indonesian"
import { runSetup } from "../../src/setup"
import { storeHeaders } from "../helpers/fixtures"
import { settle } from "../helpers/http"
import { productSearchContract } from "./search.contract"

// The embedded default, whatever the environment says (search-meilisearch.spec.ts covers Meilisearch).
delete process.env.MEILISEARCH_HOST

type Api = Parameters<Parameters<typeof integrationTestRunner>[0]["testSuite"]>[0]["api"]
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
        { field: "cohorts", limit: 100 },
        { field: "district_code", query: "32.73" },
        { field: "price", type: "range", ranges: [{ key: "murah", to: 25000 }, { from: 25000, to: 100000 }, { key: "mahal", from: 100000 }] },
      ],
    },
  },
  { filters: { q: "tas anyaman", $not: { badges: "halal" } }, pagination: page(0), search_options: { facets: [{ field: "price", type: "stats" }, "city"] } },
  { filters: { q: "zzzz tidak ada" }, pagination: page(10), search_options: { facets: STOREFRONT_FACETS } },
  // A condition mixing a cell field (badges) and a row field (price), as the page's own filter.
  {
    filters: { $or: [{ badges: "halal" }, { price: { $lt: 20000 } }], category_handles: { $overlaps: ["kuliner"] } },
    pagination: page(7, 7, { price: "DESC" }),
    search_options: { facets: STOREFRONT_FACETS, disjunctive_facets: true },
  },
  // Browsing sorted by the field the page also filters on, deep pages, and no match at all.
  {
    filters: { price: { $gte: 30000, $lte: 150000 }, district_code: { $nin: ["32.73.02"] } },
    pagination: page(12, 24, { price: "ASC" }),
    search_options: { facets: STOREFRONT_FACETS, disjunctive_facets: true },
  },
  { filters: { badges: { $contains: ["halal", "pirt"] } }, pagination: page(5, 40, { created_at: "DESC" }), search_options: { facets: STOREFRONT_FACETS, disjunctive_facets: true } },
  { filters: { category_handles: { $overlaps: ["kriya"] }, price: { $lt: 1 } }, pagination: page(10, 0, { title: "DESC" }), search_options: { facets: STOREFRONT_FACETS } },
  { filters: { q: "keripik", in_stock: true }, pagination: page(10, 10, { created_at: "DESC" }), search_options: { match_strategy: "last", facets: STOREFRONT_FACETS } },
]

/**
 * The facts table (packages/search-postgres-indonesian) must answer every query exactly as
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

  /** Runs every body twice, through the facts tables and through Medusa's path, and compares. */
  async function compareAll() {
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
  }

  describe("the facts tables behind the embedded engine", () => {
    it("answer every query exactly as Medusa's provider does", async () => {
      await compareAll()
    })

    it("answer the same when a page's window of the sort index holds too few rows and every match is sorted", async () => {
      const walker = provider as unknown as { walkWindow_?: (needed: number) => number }
      walker.walkWindow_ = () => 1
      try {
        await compareAll()
      } finally {
        walker.walkWindow_ = undefined
      }
    })

    it("rank and count the same without the typed forms of a misspelt word that match nothing", async () => {
      const spelling = provider as unknown as { absentAlternatives: () => Promise<Set<string>>; correctionsCache_: { clear(): void } }
      const bodies = [
        { filters: { q: "rendng" }, search_options: { match_strategy: "last", include_score: true, facets: STOREFRONT_FACETS } },
        { filters: { q: "keripik pedsa" }, search_options: { match_strategy: "last", include_score: true } },
        { filters: { q: "batk tulis" }, search_options: { include_score: true } },
      ]
      const run = (body: Record<string, unknown>) =>
        settle(api.post("/store/search", { entity: "product", fields: ["id"], pagination: page(50), ...body }, storeHeaders(key)))
      for (const body of bodies) {
        const label = JSON.stringify(body)
        spelling.correctionsCache_.clear()
        const absent = vi.spyOn(spelling, "absentAlternatives")
        const pruned = await run(body)
        expect((await absent.mock.results[0]?.value)?.size, label).toBeGreaterThan(0)
        absent.mockResolvedValue(new Set())
        spelling.correctionsCache_.clear()
        const whole = await run(body)
        absent.mockRestore()
        const scored = (result: { hits: { id: string; score: number }[] }) => result.hits.map((hit) => [hit.id, hit.score])
        expect(pruned.data.results[0].metadata.count, label).toBeGreaterThan(0)
        expect(scored(pruned.data.results[0]), label).toEqual(scored(whole.data.results[0]))
        expect(normalize(pruned.data.results[0]), label).toEqual(normalize(whole.data.results[0]))
      }
      spelling.correctionsCache_.clear()
    })

    it("let two writers add the same new cell at once, without waiting on each other", async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
      const [{ table_name: table }] = (await knex.raw(`SELECT table_name FROM search_postgres_index WHERE name LIKE 'product_v%' ORDER BY name DESC LIMIT 1`)).rows
      const [first, second] = (await knex.raw(`SELECT id FROM "${table}" ORDER BY id LIMIT 2`)).rows.map((row: { id: string }) => row.id)
      const badge = `uji-${Date.now()}`
      const writer = await knex.transaction()
      const other = await knex.transaction()
      try {
        // Both documents get the first one's cell fields and a badge nobody has: the same new cell.
        const give = (trx: Knex.Transaction, id: string) =>
          trx.raw(
            `UPDATE "${table}" SET indexed = jsonb_set(jsonb_set((SELECT indexed FROM "${table}" WHERE id = ?), '{badges}', to_jsonb(ARRAY[?::text])), '{id}', to_jsonb(id)) WHERE id = ?`,
            [first, badge, id]
          )
        await give(writer, first)
        // The second writer sees no committed cell for the combination and adds its own: it must not
        // wait for the first (a unique key would make it wait, and two batches could deadlock).
        await other.raw(`SET LOCAL lock_timeout = '2s'`)
        await give(other, second)
        await writer.commit()
        await other.commit()
      } catch (error) {
        await writer.rollback().catch(() => undefined)
        await other.rollback().catch(() => undefined)
        throw error
      }
      const cells = (await knex.raw(`SELECT count(*)::int AS n FROM "${table}_facts_cells" WHERE ? = ANY(f_badges)`, [badge])).rows[0].n
      expect(cells).toBe(2)
      // Both documents count under the badge, once each.
      const result = await settle(
        api.post("/store/search", { entity: "product", filters: { badges: badge }, search_options: { facets: [{ field: "badges", limit: 5 }] } }, storeHeaders(key))
      )
      expect(result.status).toBe(200)
      expect(result.data.results[0].metadata.count).toBe(2)
      expect(result.data.results[0].facets.badges.values).toEqual([{ value: badge, count: 2 }])
    })
  })
}

integrationTestRunner({
  testSuite: (env) => {
    productSearchContract("PostgreSQL (embedded default)")(env)
    factsMatchMedusa(env)
  },
})
