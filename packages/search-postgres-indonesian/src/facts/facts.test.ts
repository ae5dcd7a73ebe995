import { describe, expect, it } from "vitest"
import type { IndexPlan, PlannedField } from "../medusa"
import { conjuncts, factsDdl, factsStatement, factsWhere, filterPaths, planFacts, UnsupportedByFacts, type FactsQuery } from "."

const field = (path: string, kind: PlannedField["kind"], options: Partial<PlannedField> & Record<string, unknown> = {}): PlannedField => {
  const { is_array = false, type = kind === "number" ? "float" : kind, ...flags } = options
  return { path, kind, is_array, is_date: false, field: { type, ...flags } as PlannedField["field"] }
}
const plan = (hash: string, extra: PlannedField[] = []): IndexPlan => ({
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
      field("seller", "keyword", { filterable: true }),
      field("status", "keyword", { filterable: true }),
      field("price", "number", { type: "integer", filterable: true, sortable: true, facetable: true }),
      field("open_slots", "number", { type: "integer", is_array: true, filterable: true }),
      field("ratios", "number", { is_array: true, filterable: true }),
      ...extra,
    ].map((planned) => [planned.path, planned])
  ),
})
const facts = planFacts("search_pg_product", plan("h1"))
const compile = (queries: FactsQuery[], text?: Parameters<typeof factsStatement>[0]["text"]) =>
  factsStatement({ facts, documentTable: "search_pg_product", text, queries })
const query = (filters: Record<string, unknown>, rest: Partial<FactsQuery> = {}): FactsQuery => ({ filters: filters as FactsQuery["filters"], take: 0, skip: 0, count: true, facets: [], ...rest })
const SCOPE = { status: "published" }
const CELLS = `SELECT x."cell" FROM "search_pg_product_facts_cells" x WHERE`

describe("the facts tables of an index", () => {
  it("keep a column per filterable, facetable or sortable field, few-valued ones per cell, with a signature that follows the plan", () => {
    expect([...facts.columns.values()].map((c) => `${c.path}:${c.type}${c.cell ? ":cell" : ""}`)).toEqual([
      "id:text",
      "title:text",
      // Facets and the store's scope: shared by every document of a cell.
      "badges:text[]:cell",
      // Filterable only (one value per seller): a row field, or there would be a cell per seller.
      "seller:text",
      "status:text:cell",
      "price:float8",
      "open_slots:intset",
    ])
    // Searchable-only text and float arrays have no column: queries on them take Medusa's path.
    expect(() => factsWhere({ ratios: 0.5 }, facts)).toThrow(UnsupportedByFacts)
    expect(planFacts("search_pg_product", plan("h2")).signature).not.toBe(facts.signature)
    expect(facts).toMatchObject({ table: "search_pg_product_facts", cells: "search_pg_product_facts_cells", sequence: "search_pg_product_facts_cells_seq" })
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
    expect(conjuncts({ q: "kopi", $and: [SCOPE, { badges: "halal", $and: [{ price: { $lte: 9 } }] }] })).toEqual([
      SCOPE,
      { badges: "halal" },
      { price: { $lte: 9 } },
    ])
    expect([...filterPaths({ $or: [{ badges: "x" }], $not: { price: 1 }, q: "y" })]).toEqual(["badges", "price"])
  })

  it("checks cell conditions once per cell: the scope and each query's own, for its hits and after grouping", () => {
    // A page filtered on a badge and a price, and its relaxed facet queries (each drops its own filter).
    const { statement } = compile([
      query({ $and: [SCOPE, { badges: "halal" }, { price: { $lte: 9 } }] }, { take: 5 }),
      query({ $and: [SCOPE, { price: { $lte: 9 } }] }, { count: false, facets: [{ field: "badges", type: "value", limit: 3 }] }),
      query({ $and: [SCOPE, { badges: "halal" }] }, { count: false, facets: [{ field: "price", type: "stats" }] }),
    ])
    // Without text, the match set is not materialized, and the shared cell condition is not checked per row.
    expect(statement.sql).toMatch(/^WITH m AS NOT MATERIALIZED \(SELECT f\."id", f\."cell", f\."f_price", 0::float4 AS score FROM "search_pg_product_facts" f WHERE TRUE AND TRUE\)/)
    // The hits: their own row condition, and the cells where the scope and their own cell condition hold.
    expect(statement.sql).toContain(`h0 AS ((SELECT * FROM hw0 WHERE`)
    expect(statement.sql).toContain(`("f_price" <= ?::float8) AND m."cell" IN (${CELLS} ("f_status" = ?::text AND ?::text = ANY("f_badges")))`)
    // One grouped pass by cell: each query's rows under its own row conditions, every row any query counts.
    expect(statement.sql).toContain(
      `g AS (SELECT m."cell", COUNT(*) FILTER (WHERE ("f_price" <= ?::float8))::int AS "n0", COUNT(*) FILTER (WHERE ("f_price" <= ?::float8))::int AS "n1", ` +
        `COUNT(*)::int AS "n2", MIN("f_price") AS "min2_0", MAX("f_price") AS "max2_0", SUM("f_price") AS "sum2_0", COUNT("f_price") AS "count2_0" FROM m WHERE TRUE GROUP BY m."cell")`
    )
    // Then per cell: the scope for all, the badge for the queries that filter on it.
    expect(statement.sql).toContain(
      `c AS MATERIALIZED (SELECT g."cell", CASE WHEN (?::text = ANY("f_badges")) THEN g."n0" END AS "n0", g."n1", CASE WHEN (?::text = ANY("f_badges")) THEN g."n2" END AS "n2", ` +
        `CASE WHEN (?::text = ANY("f_badges")) THEN g."min2_0" END AS "min2_0"`
    )
    expect(statement.sql).toContain(`FROM g JOIN "search_pg_product_facts_cells" x ON x."cell" = g."cell" WHERE ("f_status" = ?::text))`)
    // Value facets come back as per-cell counts, for the provider to sum.
    expect(statement.sql).toContain(`(SELECT coalesce(json_agg(json_build_array(c."cell", c."n1")), '[]'::json) FROM c WHERE c."n1" > 0) AS cells`)
    // Every placeholder has its value, in order.
    expect(statement.sql.match(/\?/g)).toHaveLength(statement.params.length)
    expect(statement.params.slice(-9)).toEqual([9, 9, ...Array(6).fill("halal"), "published"])
  })

  it("leaves out rows and cells no query counts before grouping, when every query filters on its own", () => {
    const { statement } = compile([
      query({ $and: [SCOPE, { badges: "halal" }, { price: { $lte: 9 } }] }),
      query({ $and: [SCOPE, { price: { $lte: 9 } }, { badges: "pirt" }] }),
    ])
    expect(statement.sql).toContain(`FROM m WHERE TRUE AND m."cell" IN (${CELLS} (("f_status" = ?::text) AND ((?::text = ANY("f_badges")) OR (?::text = ANY("f_badges"))))) GROUP BY m."cell")`)
    // The price is shared by both: it narrows the match set itself.
    expect(statement.sql).toMatch(/FROM "search_pg_product_facts" f WHERE TRUE AND \("f_price" <= \?::float8\)\)/)
  })

  it("joins facts to their cells for a condition that mixes cell and row fields", () => {
    const mixed = { $or: [{ badges: "halal" }, { price: { $lt: 5 } }] }
    const shared = compile([query({ $and: [SCOPE, mixed] }, { take: 5 })]).statement
    expect(shared.sql).toContain(`FROM "search_pg_product_facts" f JOIN "search_pg_product_facts_cells" x ON x."cell" = f."cell" WHERE TRUE AND ("f_status" = ?::text AND (?::text = ANY("f_badges") OR "f_price" < ?::float8)))`)
    // A query's own mixed condition reads the cell field per row: the match set carries it.
    const own = compile([query({ $and: [SCOPE, mixed] }, { take: 5 }), query({ $and: [SCOPE] }, { facets: [{ field: "badges", type: "value" }] })]).statement
    expect(own.sql).toMatch(/^WITH m AS NOT MATERIALIZED \(SELECT f\."id", f\."cell", x\."f_badges", f\."f_price", 0::float4 AS score FROM "search_pg_product_facts" f JOIN "search_pg_product_facts_cells" x ON x."cell" = f."cell" WHERE TRUE AND \("f_status" = \?::text\)\)/)
    expect(own.sql).toContain(`COUNT(*) FILTER (WHERE ((?::text = ANY("f_badges") OR "f_price" < ?::float8)))::int AS "n0"`)
  })

  it("walks a bounded window of the sort index for a page without text, from where a range on the sort field starts", () => {
    const { statement } = compile([query({ $and: [SCOPE, { price: { $gte: 100 } }, { badges: "halal" }] }, { take: 24, skip: 48, order: { price: "ASC" }, count: false })])
    // The window: 20 × the 72 rows the page needs, read off the price index from 100 on.
    expect(statement.sql).toContain(`hw0 AS MATERIALIZED (SELECT f."id", f."cell", f."f_price", 0::float4 AS score FROM (SELECT * FROM "search_pg_product_facts" WHERE ("f_price" >= ?::float8) ORDER BY "f_price" ASC NULLS LAST, "id" ASC LIMIT ?) f`)
    expect(statement.params.slice(1, 3)).toEqual([100, 2000])
    // When the window holds the page, it is the answer; otherwise every match is sorted, through
    // expressions no index matches (the planner would walk the whole index again).
    expect(statement.sql).toContain(`(SELECT * FROM hw0 WHERE (SELECT count(*) FROM hw0) >= ? ORDER BY "f_price" ASC NULLS LAST, "id" ASC LIMIT ? OFFSET ?)`)
    expect(statement.sql).toContain(`(SELECT * FROM m WHERE (SELECT count(*) FROM hw0) < ? AND`)
    expect(statement.sql).toContain(`ORDER BY ("f_price" + 0) ASC NULLS LAST, ("id" || '') ASC LIMIT ? OFFSET ?))`)
    expect(statement.sql.match(/\?/g)).toHaveLength(statement.params.length)
    const deep = compile([query({}, { take: 24, skip: 96 * 20, order: { price: "DESC" } })]).statement
    expect(deep.params[0]).toBe(20 * (96 * 20 + 24))
    expect(deep.sql).toContain(`(SELECT * FROM "search_pg_product_facts" WHERE TRUE ORDER BY "f_price" DESC NULLS LAST, "id" ASC LIMIT ?)`)
  })

  it("matches and ranks a text once for every pass, and walks no index then", () => {
    const text = { match: { sql: `"search_vector" @@ to_tsquery(?)`, params: ["kopi"] }, rank: { sql: `ts_rank_cd("search_vector", to_tsquery(?))`, params: ["kopi"] } }
    const ranked = compile([query({}, { take: 5 })], text).statement
    expect(ranked.sql).toMatch(/^WITH m AS MATERIALIZED \(SELECT f\."id", f\."cell", ts_rank_cd\("search_vector", to_tsquery\(\?\)\) AS score FROM "search_pg_product_facts" f WHERE "search_vector" @@ to_tsquery\(\?\) AND TRUE\)/)
    expect(ranked.sql).toContain(`h0 AS (SELECT * FROM m WHERE TRUE ORDER BY score DESC NULLS LAST, "id" ASC LIMIT ? OFFSET ?)`)
    expect(ranked.params.slice(0, 4)).toEqual(["kopi", "kopi", 5, 0])
    const sorted = compile([query({}, { take: 5, order: { price: "DESC" } })], { match: text.match }).statement
    expect(sorted.sql).toMatch(/^WITH m AS MATERIALIZED \(SELECT f\."id", f\."cell", f\."f_price", 0::float4 AS score FROM/)
    expect(sorted.sql).not.toContain("hw0")
  })

  it("reads counts, statistics and ranges from the totals, and sums value facets from per-cell counts", () => {
    const { cellsIn, read } = factsStatement({
      facts: planFacts("search_pg_product", plan("h4", [field("city", "keyword", { filterable: true, facetable: true }), field("in_stock", "boolean", { filterable: true, facetable: true })])),
      documentTable: "search_pg_product",
      queries: [
        query({}, {
          facets: [
            { field: "badges", type: "value", limit: 2 },
            { field: "price", type: "stats" },
            { field: "city", type: "value", limit: 10, query: "Kota_B" },
            { field: "in_stock", type: "value", limit: 10 },
            { field: "price", type: "range", ranges: [{ key: "cheap", to: 10 }] },
            null,
          ],
        }),
      ],
    })
    const row = {
      r0: [[], { count: 9, min_1: 10, max_1: 40, avg_1: 25, sum_1: 100, r0_4: 3 }],
      // [cell, n0]: three cells; the first two share their values (two writers added the same new cell).
      cells: [
        [1, 2],
        [7, 3],
        [2, 4],
      ],
      documents: null,
    }
    const cells: Record<number, Record<string, unknown>> = {
      1: { f_badges: ["halal", "pirt"], f_city: "Kota Bandung", f_in_stock: true },
      7: { f_badges: ["halal", "pirt"], f_city: "Kota Bandung", f_in_stock: true },
      2: { f_badges: ["halal"], f_city: "Kota Bekasi", f_in_stock: false },
    }
    expect(cellsIn(row)).toEqual([1, 7, 2])
    const [answer] = read(row, (cell) => cells[cell]).answers
    expect(answer.count).toBe(9)
    expect(answer.facetRows).toEqual([
      // Counted once per document, limited, by count then value.
      [
        { value: "halal", count: 9 },
        { value: "pirt", count: 5 },
      ],
      [{ min: 10, max: 40, avg: 25, sum: 100, count: 9 }],
      // A facet's prefix search has LIKE's meaning ("_" is any one letter).
      [
        { value: "Kota Bandung", count: 5 },
        { value: "Kota Bekasi", count: 4 },
      ],
      [
        { value: true, count: 5 },
        { value: false, count: 4 },
      ],
      [{ r0: 3 }],
      undefined,
    ])
  })

  it("refuses what the tables can't answer, so the caller takes Medusa's path", () => {
    expect(() => compile([query({}, { facets: [{ field: "open_slots", type: "value" }] })])).toThrow(UnsupportedByFacts)
    expect(() => compile([query({}, { facets: [{ field: "badges", type: "stats" }] })])).toThrow(UnsupportedByFacts)
    expect(() => compile([query({}, { take: 5, order: { badges: "ASC" } })])).toThrow(UnsupportedByFacts)
  })

  it("keeps cell ids for good across rebuilds, adds cells without a unique constraint, and indexes after the copy", () => {
    const ddl = factsDdl("search_pg_product", facts)
    // The sequence is created once and never dropped with the tables, so an id never names two cells.
    expect(ddl[0]).toBe(`CREATE SEQUENCE IF NOT EXISTS "search_pg_product_facts_cells_seq" AS integer`)
    expect(ddl.join("\n")).not.toMatch(/DROP SEQUENCE|UNIQUE/)
    const trigger = ddl.find((statement) => statement.startsWith(`CREATE OR REPLACE FUNCTION`))!
    expect(trigger).toContain(`cell_key := jsonb_build_array(sentra_search_text_array(NEW.indexed #> '{badges}'), (NEW.indexed #>> '{status}'));`)
    expect(trigger).toContain(`SELECT x."cell" INTO cell_id FROM "search_pg_product_facts_cells" x WHERE x."key" = cell_key LIMIT 1;`)
    const copy = ddl.findIndex((statement) => statement.startsWith(`INSERT INTO "search_pg_product_facts" `))
    const later = ddl.slice(copy + 1).join("\n")
    expect(later).toContain(`CREATE INDEX "search_pg_product_facts_cell_idx" ON "search_pg_product_facts" ("cell") INCLUDE ("f_price")`)
    expect(later).toContain(`CREATE INDEX "search_pg_product_facts_f_price_desc_idx" ON "search_pg_product_facts" ("f_price" DESC NULLS LAST, "id")`)
    expect(later).toContain(`CREATE INDEX "search_pg_product_facts_f_title_asc_idx" ON "search_pg_product_facts" ("f_title" ASC NULLS LAST, "id")`)
    expect(later).toContain(`USING GIN ("search_vector")`)
    expect(ddl.slice(0, copy).join("\n")).not.toContain(`ON "search_pg_product_facts" (`)
  })
})
