import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { decodeDocument, encodeDocument } from "./documents"
import { compileFilter } from "./filters"
import { buildIndexPlan, buildSettings, RANKING_RULES, synonymMap } from "./plan"
import { planSearch, type MeiliResult } from "./query"

/** A product index like Sentra's (backend/src/search/product.ts), as the Search Module resolves it. */
const definition: SearchTypes.ResolvedSearchIndexDefinition = {
  name: "product",
  entity: "product",
  provider: "meilisearch",
  primary_key: "id",
  physical_name: "product_v1",
  definition_hash: "test",
  settings: { typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 } },
  seed: async function* () {},
  fields: {
    id: { type: "keyword", filterable: true },
    handle: { type: "keyword" },
    title: { type: "text", searchable: { weight: 3 }, sortable: true },
    description: { type: "text", searchable: { weight: 1 } },
    tags: { type: "text", array: true, searchable: { weight: 2 } },
    seller_name: { type: "text", searchable: { weight: 2 } },
    category_handles: { type: "keyword", array: true, filterable: true, facetable: true },
    city: { type: "keyword", searchable: { weight: 1 }, filterable: true, facetable: true },
    badges: { type: "keyword", array: true, filterable: true, facetable: true },
    price: { type: "integer", filterable: true, sortable: true, facetable: { types: ["range", "stats"] } },
    in_stock: { type: "boolean", filterable: true, facetable: true },
    open_slots: { type: "integer", array: true, filterable: true, retrievable: false },
    created_at: { type: "date", filterable: true, sortable: true, facetable: { types: ["stats"] } },
    seller: { type: "object", fields: { handle: { type: "keyword", filterable: true } } },
  },
}
const plan = buildIndexPlan(definition)

const query = (overrides: Partial<SearchTypes.ProviderSearchQuery>): SearchTypes.ProviderSearchQuery => ({
  index: definition,
  attributes_to_retrieve: ["id", "handle", "title", "price", "created_at"],
  ...overrides,
})

describe("index settings from the definition", () => {
  const settings = buildSettings(definition, { synonyms: [["keripik", "kripik"], ["tas", "bag", "bags"]] })

  it("orders searchable attributes by weight, keeping declaration order within a weight", () => {
    expect(settings.searchableAttributes).toEqual(["title", "tags", "seller_name", "description", "city"])
  })

  it("makes filterable and facetable fields filterable, sortable fields sortable, hidden fields not displayed", () => {
    expect(settings.filterableAttributes).toEqual([
      "id", "category_handles", "city", "badges", "price", "in_stock", "open_slots", "created_at", "seller.handle",
    ])
    expect(settings.sortableAttributes).toEqual(["title", "price", "created_at"])
    expect(settings.displayedAttributes).not.toContain("open_slots")
    expect(settings.displayedAttributes).toContain("id")
  })

  it("carries typo tolerance, ranks an explicit sort first, and applies multi-way synonyms", () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      disableOnAttributes: [],
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    })
    expect(settings.rankingRules).toEqual(RANKING_RULES)
    expect(settings.rankingRules?.[0]).toBe("sort")
    expect(settings.synonyms).toEqual({ keripik: ["kripik"], kripik: ["keripik"], tas: ["bag", "bags"], bag: ["tas", "bags"], bags: ["tas", "bag"] })
  })

  it("merges groups that share a member", () => {
    expect(synonymMap([["kue", "jajanan"], ["kue", "cake"]]).kue).toEqual(["jajanan", "cake"])
  })

  it("rejects what Meilisearch can't hold, at migration time", () => {
    const withVector = { ...definition, fields: { ...definition.fields, embedding: { type: "vector" as const, dimensions: 3 } } }
    expect(() => buildSettings(withVector)).toThrow(/does not support fields of type "vector"/)
    const sortedArray = { ...definition, fields: { ...definition.fields, tags: { type: "text" as const, array: true, sortable: true } } }
    expect(() => buildSettings(sortedArray)).toThrow(/can't sort by the array field "tags"/)
  })
})

describe("filters → Meilisearch filter expressions", () => {
  const compile = (filters: SearchTypes.SearchFilters) => compileFilter(filters, plan)

  it("compiles equality, lists and ranges, quoting strings and skipping q", () => {
    expect(compile({ q: "kopi", city: "Kota Bandung" })).toBe('city = "Kota Bandung"')
    expect(compile({ category_handles: ["batik", "kriya"] })).toBe('category_handles IN ["batik", "kriya"]')
    expect(compile({ price: { $gte: 50000, $lt: 100000 } })).toBe("(price >= 50000 AND price < 100000)")
    expect(compile({ in_stock: true, city: 'Kota "Baru"' })).toBe('(in_stock = true AND city = "Kota \\"Baru\\"")')
  })

  it("gives array fields membership semantics like the PostgreSQL provider", () => {
    expect(compile({ badges: "halal" })).toBe('badges = "halal"')
    expect(compile({ badges: { $contains: ["halal", "pirt"] } })).toBe('(badges = "halal" AND badges = "pirt")')
    expect(compile({ badges: { $overlaps: ["halal", "pirt"] } })).toBe('badges IN ["halal", "pirt"]')
    expect(compile({ open_slots: 42 })).toBe("open_slots = 42")
    expect(() => compile({ badges: { $gt: "a" } })).toThrow(/not supported on array field "badges"/)
  })

  it("treats null as absent and $ne / $nin as matching documents without the field", () => {
    expect(compile({ city: null })).toBe("(city NOT EXISTS OR city IS NULL)")
    expect(compile({ city: { $ne: "Kota Depok" } })).toBe('NOT city = "Kota Depok"')
    expect(compile({ city: { $nin: ["Kota Depok", null] } })).toBe('NOT (city IN ["Kota Depok"] OR (city NOT EXISTS OR city IS NULL))')
    expect(compile({ city: { $exists: true } })).toBe("(city EXISTS AND city IS NOT NULL)")
    expect(compile({ city: { $in: [] } })).toBe("city IN []")
  })

  it("compiles $and, $or and $not trees, and nested object paths", () => {
    expect(
      compile({
        $and: [{ open_slots: 10 }, { $not: { badges: "nib" } }],
        $or: [{ city: "Kota Serang" }, { "seller.handle": "dapur-bu-imas" }],
      })
    ).toBe('((open_slots = 10 AND NOT (badges = "nib")) AND (city = "Kota Serang" OR seller.handle = "dapur-bu-imas"))')
  })

  it("compares dates as epoch milliseconds", () => {
    expect(compile({ created_at: { $gte: "2026-01-01T00:00:00.000Z" } })).toBe(`created_at >= ${Date.UTC(2026, 0, 1)}`)
    expect(compile({ created_at: { $lt: new Date(Date.UTC(2026, 5, 1)) } })).toBe(`created_at < ${Date.UTC(2026, 5, 1)}`)
    expect(() => compile({ created_at: { $gte: "kemarin" } })).toThrow(/not a date/)
  })

  it("refuses what it can't express instead of approximating", () => {
    expect(() => compile({ city: { $prefix: "Kota" } })).toThrow(/no substring filter/)
    expect(() => compile({ city: { $like: "%Band%" } })).toThrow(/no substring filter/)
    expect(() => compile({ warna: "merah" })).toThrow(/Unknown filter field "warna"/)
    expect(() => compile({ price: { $between: [1, 2] } as never })).toThrow(/does not support operator "\$between"/)
  })
})

describe("documents", () => {
  it("stores dates as epoch milliseconds and returns them as ISO strings", () => {
    const document = { id: "prod_1", title: "Kopi", created_at: "2026-11-22T10:00:00.000Z", tags: ["kopi"] }
    const encoded = encodeDocument(document, plan)
    expect(encoded).toEqual({ ...document, created_at: Date.UTC(2026, 10, 22, 10) })
    expect(decodeDocument(encoded, plan)).toEqual(document)
  })
})

describe("queries → Meilisearch multi-search", () => {
  it("translates text, filters, paging, sort and value facets into one query", () => {
    const { queries } = planSearch(
      query({
        q: "kripik pedas",
        filters: { city: "Kota Bekasi", in_stock: true },
        pagination: { skip: 20, take: 10, order: { price: "ASC" } },
        search_options: { facets: ["badges", { field: "category_handles", limit: 5 }], typo_tolerance: true, include_score: true },
      }),
      plan
    )
    expect(queries).toEqual([
      {
        indexUid: "product_v1",
        q: "kripik pedas",
        matchingStrategy: "all",
        filter: '(city = "Kota Bekasi" AND in_stock = true)',
        offset: 20,
        limit: 10,
        attributesToRetrieve: ["id", "handle", "title", "price", "created_at"],
        sort: ["price:asc"],
        facets: ["badges", "category_handles"],
        showRankingScore: true,
      },
    ])
  })

  it("counts each price range with a count-only query under the same filter", () => {
    const { queries } = planSearch(
      query({
        q: "kopi",
        filters: { city: "Kota Bandung" },
        search_options: { facets: [{ field: "price", type: "range", ranges: [{ key: "murah", to: 50000 }, { key: "mahal", from: 50000 }] }] },
      }),
      plan
    )
    expect(queries.slice(1)).toEqual([
      { indexUid: "product_v1", q: "kopi", matchingStrategy: "all", filter: '(city = "Kota Bandung") AND (price < 50000)', page: 0, hitsPerPage: 1 },
      { indexUid: "product_v1", q: "kopi", matchingStrategy: "all", filter: '(city = "Kota Bandung") AND (price >= 50000)', page: 0, hitsPerPage: 1 },
    ])
  })

  it("assembles hits, facets, stats and counts in the Search Module's shape", () => {
    const plan_ = planSearch(
      query({
        q: "kopi",
        search_options: {
          facets: ["city", { field: "price", type: "range", ranges: [{ key: "murah", to: 50000 }] }, { field: "created_at", type: "stats" }],
          include_score: true,
        },
      }),
      plan
    )
    const results: MeiliResult[] = [
      {
        hits: [{ id: "prod_1", handle: "kopi-arabika", title: "Kopi Arabika", price: 65000, created_at: Date.UTC(2026, 0, 2), _rankingScore: 0.9 }],
        estimatedTotalHits: 4,
        processingTimeMs: 2,
        facetDistribution: { city: { "Kota Serang": 1, "Kota Bandung": 3 } },
        facetStats: { created_at: { min: 1, max: 2 } },
      },
      { hits: [], totalHits: 2, processingTimeMs: 1 },
    ]
    expect(plan_.assemble(results)).toEqual({
      hits: [
        {
          id: "prod_1",
          score: 0.9,
          document: { id: "prod_1", handle: "kopi-arabika", title: "Kopi Arabika", price: 65000, created_at: "2026-01-02T00:00:00.000Z" },
        },
      ],
      facets: {
        city: { type: "value", values: [{ value: "Kota Bandung", count: 3 }, { value: "Kota Serang", count: 1 }] },
        price: { type: "range", ranges: [{ key: "murah", from: undefined, to: 50000, count: 2 }] },
        created_at: { type: "stats", min: 1, max: 2, count: 4 },
      },
      metadata: { skip: 0, take: 20, count: 4, query: "kopi", processing_time_ms: 2 },
    })
  })

  it("uses page-based pagination for exact counts", () => {
    const { queries } = planSearch(query({ pagination: { skip: 40, take: 20 }, search_options: { count: "exact" } }), plan)
    expect(queries[0]).toMatchObject({ page: 3, hitsPerPage: 20 })
    expect(() => planSearch(query({ pagination: { skip: 5, take: 20 }, search_options: { count: "exact" } }), plan)).toThrow(/multiple of take/)
  })

  it("refuses options Meilisearch can't honour", () => {
    expect(() => planSearch(query({ q: "kopi", search_options: { match_strategy: "any" } }), plan)).toThrow(/"any" match strategy/)
    expect(() => planSearch(query({ q: "kopi", search_options: { typo_tolerance: false } }), plan)).toThrow(/typo tolerance off/)
    expect(() => planSearch(query({ search_options: { vector: { value: [1] } } }), plan)).toThrow(/vector/)
    expect(() => planSearch(query({ pagination: { cursor: "x" } }), plan)).toThrow(/cursor/)
    expect(() => planSearch(query({ pagination: { order: { _score: "DESC", price: "ASC" } } }), plan)).toThrow(/_score can only come last/)
    expect(() => planSearch(query({ search_options: { facets: [{ field: "city", type: "stats" }] } }), plan)).toThrow(/numeric field/)
  })
})
