import { describe, expect, it } from "vitest"
import type { IndexPlan, PlannedField } from "@medusajs/search-postgres/dist/utils"
import { conjuncts, factsDdl, factsStatement, factsWhere, filterPaths, planFacts, UnsupportedByFacts } from "../postgres-indonesian/facts"

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

  it("compiles filters with Medusa's meaning, two-valued under negation, and binds values in order", () => {
    const where = factsWhere({ badges: "halal", price: { $gte: 1000, $lt: 5000 }, $not: { open_slots: 42 }, cohorts: { $nin: ["x"] } } as never, {
      ...facts,
      columns: new Map([...facts.columns, ["cohorts", { ...facts.columns.get("badges")!, path: "cohorts", column: "f_cohorts" }]]),
    })
    expect(where.params).toEqual(["halal", 1000, 5000, 42, "x"])
    // Bare where NULL and false both exclude the row (the planner reads the column statistics);
    // coalesced where negated, so a missing value counts as "doesn't match" and NOT makes it pass.
    expect(where.sql).toBe(
      `?::text = ANY("f_badges") AND ("f_price" >= ?::float8 AND "f_price" < ?::float8) AND NOT (coalesce("f_open_slots" @> ?::int8, false)) AND NOT coalesce(?::text = ANY("f_cohorts"), false)`
    )
    expect(factsWhere({ $or: [{ price: { $ne: 3 } }, { $not: { $or: [{ badges: "a" }] } }] }, facts).sql).toBe(
      `(NOT coalesce("f_price" = ?::float8, false) OR NOT ((coalesce(?::text = ANY("f_badges"), false))))`
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
    expect(main.sql).toMatch(/^WITH m AS NOT MATERIALIZED \(SELECT f\."id", f\."f_id", f\."f_badges", 0::float4 AS score FROM "search_pg_product_facts" f WHERE TRUE AND \("f_id" = \?::text\)\)/)
    expect(main.params[0]).toBe("a")
    // "halal" is bound twice: in the first query's top-N pass, and in its count's FILTER in the grouped pass.
    expect(main.params).toEqual(["a", "halal", 5, 0, "halal"])
    expect(main.sql.match(/FROM m\b/g)).toHaveLength(2)
    // The grouped pass groups by the facet's array, as a whole value, and counts each query's rows under its own conditions.
    expect(main.sql).toContain(
      `c AS MATERIALIZED (SELECT "f_badges", COUNT(*) FILTER (WHERE (?::text = ANY("f_badges")))::int AS "n0", COUNT(*)::int AS "n1" FROM m GROUP BY "f_badges")`
    )
    // The first query's count sums its column; the second facets every group with rows of its own, unnesting the arrays there.
    expect(main.sql).toContain(`(SELECT coalesce(SUM("n0"), 0)::int AS count FROM c) t)`)
    expect(main.sql).toContain(
      `FROM c CROSS JOIN LATERAL unnest(c."f_badges") AS v(value) WHERE c."n1" > 0 AND v.value IS NOT NULL GROUP BY v.value`
    )
    // The second query counts every row of the scope, so no row can be left out before grouping.
    expect(main.sql).toContain(`FROM m GROUP BY "f_badges")`)

    // A page filtered on two facets and its relaxed facet queries (each drops its own filter): rows
    // outside every query's own conditions are dropped before grouping.
    const filtered = factsStatement({
      facts,
      documentTable: "search_pg_product",
      queries: [
        { filters: { $and: [{ badges: "halal" }, { price: { $lte: 9 } }] }, take: 5, skip: 0, count: true, facets: [] },
        { filters: { $and: [{ price: { $lte: 9 } }] }, take: 0, skip: 0, count: false, facets: [{ field: "badges", type: "value", limit: 3 }] },
        { filters: { $and: [{ badges: "halal" }] }, take: 0, skip: 0, count: false, facets: [{ field: "price", type: "stats" }] },
      ],
    }).statement
    expect(filtered.sql).toContain(
      `FROM m WHERE ((?::text = ANY("f_badges") AND "f_price" <= ?::float8)) OR (("f_price" <= ?::float8)) OR ((?::text = ANY("f_badges"))) GROUP BY "f_badges")`
    )
    // The top-N pass, then the aggregates' FILTERs (n0; n1; n2, min, max, sum, count), then the WHERE.
    const halal4 = ["halal", "halal", "halal", "halal"]
    expect(filtered.params).toEqual(["halal", 9, 5, 0, "halal", 9, 9, "halal", ...halal4, "halal", 9, 9, "halal"])

    // A ranked text match is computed once; unranked, each pass matches on its own (and may go parallel).
    const text = { match: { sql: `"search_vector" @@ to_tsquery(?)`, params: ["kopi"] }, rank: { sql: `ts_rank_cd("search_vector", to_tsquery(?))`, params: ["kopi"] } }
    const ranked = factsStatement({ facts, documentTable: "search_pg_product", text, queries: [{ take: 5, skip: 0, count: true, facets: [] }] })
    expect(ranked.statement.sql).toMatch(/^WITH m AS MATERIALIZED \(SELECT f\."id", ts_rank_cd\("search_vector", to_tsquery\(\?\)\) AS score FROM "search_pg_product_facts" f WHERE "search_vector" @@ to_tsquery\(\?\) AND TRUE\)/)
    expect(ranked.statement.params).toEqual(["kopi", "kopi", 5, 0])
    const sorted = factsStatement({
      facts,
      documentTable: "search_pg_product",
      text: { match: text.match },
      queries: [{ order: { price: "DESC" }, take: 5, skip: 0, count: true, facets: [] }],
    })
    expect(sorted.statement.sql).toMatch(/^WITH m AS NOT MATERIALIZED \(SELECT f\."id", f\."f_price", 0::float4 AS score FROM/)
    expect(sorted.statement.sql).toContain(`ORDER BY "f_price" DESC NULLS LAST, "id" ASC LIMIT ? OFFSET ?`)
  })

  it("indexes the sortable fields both ways and keeps statistics on the facet fields, after the rows are copied", () => {
    const ddl = factsDdl("search_pg_product", facts)
    const copy = ddl.findIndex((statement) => statement.startsWith(`INSERT INTO "search_pg_product_facts"`))
    const later = ddl.slice(copy + 1).join("\n")
    expect(later).toContain(`CREATE INDEX "search_pg_product_facts_f_price_desc_idx" ON "search_pg_product_facts" ("f_price" DESC NULLS LAST, "id")`)
    expect(later).toContain(`CREATE INDEX "search_pg_product_facts_f_title_asc_idx" ON "search_pg_product_facts" ("f_title" ASC NULLS LAST, "id")`)
    expect(later).toContain(`USING GIN ("search_vector")`)
    // One facet field only: no combination to keep statistics on.
    expect(later).not.toContain("CREATE STATISTICS")
    const wider = planFacts("search_pg_product", {
      ...plan("h3"),
      fields: new Map([...plan("h3").fields, ["city", field("city", "keyword", { filterable: true, facetable: true })]]),
    })
    expect(factsDdl("search_pg_product", wider).join("\n")).toContain(
      `CREATE STATISTICS "search_pg_product_facts_facets_0" (ndistinct) ON "f_badges", "f_city" FROM "search_pg_product_facts"`
    )
    expect(ddl.slice(0, copy).join("\n")).not.toContain("CREATE INDEX")
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
