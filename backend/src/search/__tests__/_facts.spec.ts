import { describe, expect, it } from "vitest"
import type { IndexPlan, PlannedField } from "@medusajs/search-postgres/dist/utils"
import { conjuncts, factsStatement, factsWhere, filterPaths, planFacts, UnsupportedByFacts } from "../postgres-indonesian/facts"

const field = (path: string, kind: PlannedField["kind"], options: Partial<PlannedField> & Record<string, unknown> = {}): PlannedField => {
  const { is_array = false, type = kind === "number" ? "float" : kind, ...flags } = options
  return { path, kind, is_array, is_date: false, field: { type, ...flags } as PlannedField["field"] }
}
const plan = (hash: string): IndexPlan => ({
  primary_key: "id",
  searchable: ["title", "description"],
  vectors: [],
  schema_hash: hash,
  fields: new Map(
    [
      field("id", "keyword", { filterable: true }),
      field("title", "text", { searchable: true, sortable: true }),
      field("description", "text", { searchable: true }),
      field("badges", "keyword", { is_array: true, filterable: true, facetable: true }),
      field("price", "number", { type: "integer", filterable: true, sortable: true, facetable: true }),
      field("open_slots", "number", { type: "integer", is_array: true, filterable: true }),
      field("ratios", "number", { is_array: true, filterable: true }),
    ].map((planned) => [planned.path, planned])
  ),
})
const facts = planFacts("search_pg_product", plan("h1"))

describe("the facts table of an index", () => {
  it("has a column per filterable, facetable or sortable field it can type, and a signature that follows the plan", () => {
    expect([...facts.columns.values()].map((c) => `${c.path}:${c.type}`)).toEqual([
      "id:text",
      "title:text",
      "badges:text[]",
      "price:float8",
      "open_slots:intset",
    ])
    // Searchable-only text and float arrays have no column: queries on them take Medusa's path.
    expect(() => factsWhere({ ratios: 0.5 }, facts)).toThrow(UnsupportedByFacts)
    expect(planFacts("search_pg_product", plan("h2")).signature).not.toBe(facts.signature)
  })

  it("compiles filters with Medusa's meaning, two-valued, and binds values in order", () => {
    const where = factsWhere({ badges: "halal", price: { $gte: 1000, $lt: 5000 }, $not: { open_slots: 42 } }, facts)
    expect(where.params).toEqual(["halal", 1000, 5000, 42])
    expect(where.sql).toBe(
      `coalesce(?::text = ANY("f_badges"), false) AND (coalesce("f_price" >= ?::float8, false) AND coalesce("f_price" < ?::float8, false)) AND NOT (coalesce("f_open_slots" @> ?::int8, false))`
    )
    expect(factsWhere({ price: { $ne: null } }, facts).sql).toBe(`"f_price" IS NOT NULL`)
    expect(factsWhere({ badges: { $in: [] } }, facts).sql).toBe("FALSE")
    expect(factsWhere(undefined, facts).sql).toBe("TRUE")
    expect(() => factsWhere({ badges: { $gt: "a" } }, facts)).toThrow(UnsupportedByFacts)
    expect(() => factsWhere({ price: { $near: 1 } }, facts)).toThrow(UnsupportedByFacts)
  })

  it("splits filters into the conditions every query of a store search shares and the rest", () => {
    const scope = { status: "published", sales_channel_ids: ["sc_1"] }
    const filters = { q: "kopi", $and: [scope, { badges: "halal", $and: [{ price: { $lte: 9 } }] }] }
    expect(conjuncts(filters)).toEqual([{ status: "published" }, { sales_channel_ids: ["sc_1"] }, { badges: "halal" }, { price: { $lte: 9 } }])
    expect([...filterPaths({ $or: [{ badges: "x" }], $not: { price: 1 }, q: "y" })]).toEqual(["badges", "price"])

    const statement = factsStatement({
      facts,
      documentTable: "search_pg_product",
      queries: [
        { filters: { $and: [{ id: "a" }, { badges: "halal" }] }, take: 5, skip: 0, count: true, facets: [] },
        { filters: { $and: [{ id: "a" }] }, take: 0, skip: 0, count: false, facets: [{ field: "badges", type: "value", limit: 3 }] },
      ],
    })
    // One statement: the shared condition narrows the match set; the other one only the first query.
    const main = statement.statement
    expect(main.sql).toMatch(/^WITH m AS NOT MATERIALIZED \(SELECT f\."id", f\."f_id", f\."f_badges", 0::float4 AS score FROM "search_pg_product_facts" f WHERE TRUE AND \(coalesce\("f_id" = \?::text, false\)\)\)/)
    expect(main.params[0]).toBe("a")
    // "halal" is bound twice: in the first query's top-N pass, and as the truth column p0 of the grouped pass.
    expect(main.params).toEqual(["a", "halal", 5, 0, "halal"])
    expect(main.sql.match(/FROM m\b/g)).toHaveLength(2)
    // The grouped pass groups by the facet's array, as a whole value, and by that condition's truth.
    expect(main.sql).toContain(`c AS MATERIALIZED (SELECT "f_badges", (coalesce(?::text = ANY("f_badges"), false)) AS "p0", COUNT(*)::int AS n FROM m GROUP BY "f_badges", "p0")`)
    // The first query counts where its condition holds; the second facets every group, unnesting the arrays there.
    expect(main.sql).toContain(`FROM c WHERE "p0") t)`)
    expect(main.sql).toContain(`FROM c CROSS JOIN LATERAL unnest(c."f_badges") AS v(value) WHERE TRUE AND v.value IS NOT NULL GROUP BY v.value`)

    // With text, the match set is computed once (and ranked only when asked to).
    const text = { match: { sql: `"search_vector" @@ to_tsquery(?)`, params: ["kopi"] }, rank: { sql: `ts_rank_cd("search_vector", to_tsquery(?))`, params: ["kopi"] } }
    const ranked = factsStatement({ facts, documentTable: "search_pg_product", text, queries: [{ take: 5, skip: 0, count: true, facets: [] }] })
    expect(ranked.statement.sql).toMatch(/^WITH m AS MATERIALIZED \(SELECT f\."id", ts_rank_cd\("search_vector", to_tsquery\(\?\)\) AS score FROM "search_pg_product_facts" f WHERE "search_vector" @@ to_tsquery\(\?\) AND TRUE\)/)
    expect(ranked.statement.params).toEqual(["kopi", "kopi", 5, 0])
  })

  it("reads the grouped pass back into Medusa's facet rows, sorted by count then value, limited", () => {
    const statement = factsStatement({
      facts,
      documentTable: "search_pg_product",
      queries: [
        {
          take: 0,
          skip: 0,
          count: true,
          facets: [
            { field: "title", type: "value", limit: 2 },
            { field: "price", type: "stats" },
            null,
          ],
        },
      ],
    })
    const totals = { count: 4, min_1: 10, max_1: 40, avg_1: 25, sum_1: 100 }
    const titles = [
      { value: "b", count: 1 },
      { value: "c", count: 2 },
      { value: "a", count: 1 },
    ]
    const [answer] = statement.read({ r0: [[], totals, titles, null, null], documents: null }).answers
    expect(answer.count).toBe(4)
    expect(answer.facetRows).toEqual([
      [{ value: "c", count: 2 }, { value: "a", count: 1 }],
      [{ min: 10, max: 40, avg: 25, sum: 100, count: 4 }],
      undefined,
    ])
  })
})
