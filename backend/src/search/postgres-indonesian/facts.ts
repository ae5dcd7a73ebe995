/**
 * The facts table: a typed copy of each document's filterable, facetable and sortable fields,
 * kept next to Medusa's document table by triggers.
 *
 * Medusa's provider reads every filter, facet and sort key out of the `indexed` jsonb column,
 * row by row and once per statement; with documents of 2–3 kB that jsonb is compressed or moved
 * out of line, and a storefront search (hits, count, six facets, disjunctive facets) walks the
 * match set a dozen times, decompressing it each time (docs/decisions/060). The facts table holds
 * the same values as plain columns — text, text[], float8, boolean, and integer arrays as
 * int8multirange (a seller's ~220 weekly opening slots become ~7 ranges) — plus a copy of the
 * document's `search_vector` with its own GIN index, so one statement can match, rank, filter,
 * count and facet a whole storefront search from this table alone; the document table is only
 * read for the page of hits.
 *
 * Correctness does not depend on application code: row triggers on the document table copy
 * `indexed` and `search_vector` on every insert, update and delete (in the same transaction as
 * Medusa's write), and a statement trigger empties it on TRUNCATE. The provider's `ensureFacts`
 * (re)builds the table, the trigger and its contents whenever the index plan changes.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { isFacetable, type IndexPlan, type NormalizedFacetRequest, type PlannedField } from "@medusajs/search-postgres/dist/utils"

/** Bump when the table layout or the trigger changes, so existing tables are rebuilt. */
const FACTS_VERSION = 3

export type FactType = "text" | "text[]" | "float8" | "boolean" | "intset"

export interface FactColumn {
  path: string
  column: string
  type: FactType
  planned: PlannedField
}

export interface Facts {
  table: string
  columns: Map<string, FactColumn>
  /** Changes whenever the layout does: stored as the table's comment. */
  signature: string
}

/** Raised while compiling a query the facts table can't answer; the caller uses Medusa's path. */
export class UnsupportedByFacts extends Error {}

const unsupported = (why: string): never => {
  throw new UnsupportedByFacts(why)
}

const SQL_TYPES: Record<FactType, string> = {
  text: "text",
  "text[]": "text[]",
  float8: "float8",
  boolean: "boolean",
  intset: "int8multirange",
}

function factType(planned: PlannedField): FactType | undefined {
  switch (planned.kind) {
    case "text":
    case "keyword":
      return planned.is_array ? "text[]" : "text"
    case "number":
      if (!planned.is_array) return "float8"
      return planned.field.type === "integer" ? "intset" : undefined
    case "boolean":
      return planned.is_array ? undefined : "boolean"
    default:
      return undefined
  }
}

export function factsTableName(table: string): string {
  return `${table}_facts`
}

/** The columns of an index plan: every filterable, facetable or sortable field of a supported type. */
export function planFacts(table: string, plan: IndexPlan): Facts {
  const columns = new Map<string, FactColumn>()
  for (const planned of plan.fields.values()) {
    const field = planned.field
    const used = field.filterable === true || isFacetable(field) || field.sortable === true || planned.path === plan.primary_key
    const type = factType(planned)
    if (!used || !type || !/^[A-Za-z0-9_.]+$/.test(planned.path)) {
      continue
    }
    columns.set(planned.path, { path: planned.path, column: `f_${planned.path.replace(/\./g, "__").toLowerCase()}`, type, planned })
  }
  const layout = [...columns.values()].map(({ column, type }) => `${column}:${type}`).join(",")
  return { table: factsTableName(table), columns, signature: `v${FACTS_VERSION};${plan.schema_hash};${layout}` }
}

const isArrayFact = (fact: FactColumn) => fact.type === "text[]" || fact.type === "intset"

/** The SQL that reads a fact out of an `indexed` jsonb value. */
function extractSql(source: string, column: FactColumn): string {
  const path = `'{${column.path.split(".").join(",")}}'`
  switch (column.type) {
    case "text":
      return `(${source} #>> ${path})`
    case "text[]":
      return `sentra_search_text_array(${source} #> ${path})`
    case "float8":
      return `(${source} #>> ${path})::float8`
    case "boolean":
      return `(${source} #>> ${path})::boolean`
    case "intset":
      return `sentra_search_int_ranges(${source} #> ${path})`
  }
}

/** Extended statistics hold at most this many columns. */
const STATISTICS_COLUMNS = 8

/**
 * The facts table's indexes, built after its rows are copied in, and the statistics that let
 * the planner size a grouped pass (the number of distinct facet-value combinations: a few
 * thousand, where multiplying each column's own count would guess one group per row and pick
 * a sort spilling to disk over a parallel hash).
 */
function factsIndexes(facts: Facts): string[] {
  const columns = [...facts.columns.values()]
  const facetKeys = columns.filter((column) => isFacetable(column.planned.field) && column.type !== "float8" && column.type !== "intset")
  const statistics: string[] = []
  for (let k = 0; k * STATISTICS_COLUMNS < facetKeys.length; k++) {
    const chunk = facetKeys.slice(k * STATISTICS_COLUMNS, (k + 1) * STATISTICS_COLUMNS)
    if (chunk.length >= 2) {
      statistics.push(`CREATE STATISTICS "${facts.table}_facets_${k}" (ndistinct) ON ${chunk.map((column) => `"${column.column}"`).join(", ")} FROM "${facts.table}"`)
    }
  }
  return [
    `CREATE INDEX "${facts.table}_fts_idx" ON "${facts.table}" USING GIN ("search_vector")`,
    // A page sorted by a field (newest, cheapest, by name) reads its first rows off an index
    // instead of sorting every match; both directions, nulls last as factsOrder sorts them.
    ...columns
      .filter((column) => column.planned.field.sortable === true && !isArrayFact(column))
      .flatMap((column) =>
        ["ASC", "DESC"].map(
          (dir) => `CREATE INDEX "${facts.table}_${column.column}_${dir.toLowerCase()}_idx" ON "${facts.table}" ("${column.column}" ${dir} NULLS LAST, "id")`
        )
      ),
    ...statistics,
  ]
}

/**
 * Statements that (re)create the facts table, its trigger and its contents from the document
 * table. Run in one transaction.
 */
export function factsDdl(documentTable: string, facts: Facts): string[] {
  const columns = [...facts.columns.values()]
  const names = columns.map((column) => `"${column.column}"`)
  const fn = `${facts.table}_sync`
  return [
    `DROP TABLE IF EXISTS "${facts.table}"`,
    `CREATE TABLE "${facts.table}" (
      "id" text PRIMARY KEY,
      "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
      ${columns.map((column) => `"${column.column}" ${SQL_TYPES[column.type]}`).join(",\n      ")}
    )`,
    `CREATE OR REPLACE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE "${facts.table}";
      ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM "${facts.table}" WHERE "id" = OLD."id";
      ELSE
        INSERT INTO "${facts.table}" ("id", "search_vector", ${names.join(", ")})
        VALUES (NEW."id", NEW."search_vector", ${columns.map((column) => extractSql("NEW.indexed", column)).join(", ")})
        ON CONFLICT ("id") DO UPDATE SET ${["\"search_vector\"", ...names].map((name) => `${name} = EXCLUDED.${name}`).join(", ")};
      END IF;
      RETURN NULL;
    END
    $fn$`,
    `DROP TRIGGER IF EXISTS "${fn}_row" ON "${documentTable}"`,
    `DROP TRIGGER IF EXISTS "${fn}_truncate" ON "${documentTable}"`,
    `CREATE TRIGGER "${fn}_row" AFTER INSERT OR UPDATE OR DELETE ON "${documentTable}" FOR EACH ROW EXECUTE FUNCTION "${fn}"()`,
    `CREATE TRIGGER "${fn}_truncate" AFTER TRUNCATE ON "${documentTable}" FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`,
    `INSERT INTO "${facts.table}" ("id", "search_vector", ${names.join(", ")})
     SELECT d."id", d."search_vector", ${columns.map((column) => extractSql("d.indexed", column)).join(", ")} FROM "${documentTable}" d`,
    ...factsIndexes(facts),
    `ANALYZE "${facts.table}"`,
    `COMMENT ON TABLE "${facts.table}" IS '${facts.signature.replace(/'/g, "''")}'`,
  ]
}

/** A SQL fragment with `?` placeholders and their values, in order. */
export interface Sql {
  sql: string
  params: unknown[]
}

function column(facts: Facts, path: string): FactColumn {
  return facts.columns.get(path) ?? unsupported(`no fact column for "${path}"`)
}

function scalar(fact: FactColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null
  switch (fact.type) {
    case "float8":
    case "intset": {
      const number = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
      return Number.isNaN(number) ? unsupported(`"${fact.path}" needs a number`) : number
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === "true" ? true : value === "false" ? false : Boolean(value)
    default:
      return typeof value === "string" ? value : String(value)
  }
}

const CASTS: Record<FactType, string> = { text: "text", "text[]": "text", float8: "float8", boolean: "boolean", intset: "int8" }

/**
 * A leaf condition's SQL. Two-valued (NULL read as false, like jsonb containment) where it is
 * negated; bare elsewhere, where NULL and false both exclude a row and the planner can use the
 * column's statistics (a `coalesce` hides them and turns a 100 % scope into a 25 % guess).
 */
function leaf(sql: string, twoValued: boolean): string {
  return twoValued ? `coalesce(${sql}, false)` : sql
}

/** `column equals value` (on arrays: contains it). */
function equals(fact: FactColumn, value: unknown, params: unknown[], twoValued: boolean): string {
  const cast = scalar(fact, value)
  const col = `"${fact.column}"`
  if (cast === null) {
    return `${col} IS NULL`
  }
  if (fact.type === "intset" && !Number.isInteger(cast)) {
    return "FALSE"
  }
  params.push(cast)
  const placeholder = `?::${CASTS[fact.type]}`
  switch (fact.type) {
    case "text[]":
      return leaf(`${placeholder} = ANY(${col})`, twoValued)
    case "intset":
      return leaf(`${col} @> ${placeholder}`, twoValued)
    default:
      return leaf(`${col} = ${placeholder}`, twoValued)
  }
}

function anyOf(fact: FactColumn, values: unknown[], params: unknown[], twoValued: boolean): string {
  if (!values.length) return "FALSE"
  const parts = values.map((value) => equals(fact, value, params, twoValued))
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

function exists(fact: FactColumn, present: boolean): string {
  return `"${fact.column}" IS ${present ? "NOT " : ""}NULL`
}

function compare(fact: FactColumn, operator: string, value: unknown, params: unknown[], twoValued: boolean): string {
  if (fact.type === "text[]" || fact.type === "intset") {
    return unsupported(`"${operator}" on array field "${fact.path}"`)
  }
  params.push(scalar(fact, value))
  return leaf(`"${fact.column}" ${operator} ?::${CASTS[fact.type]}`, twoValued)
}

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

function fieldPredicate(fact: FactColumn, raw: unknown, params: unknown[], twoValued: boolean): string {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return anyOf(fact, Array.isArray(raw) ? raw : [raw], params, twoValued)
  }
  const operators = Object.entries(raw as Record<string, unknown>).filter(([key]) => key.startsWith("$"))
  if (!operators.length) {
    return unsupported(`empty operator map on "${fact.path}"`)
  }
  const list = (value: unknown) => (Array.isArray(value) ? value : [value])
  const parts = operators.map(([operator, value]) => {
    switch (operator) {
      case "$eq":
        return equals(fact, value, params, twoValued)
      case "$ne":
        return value === null || value === undefined ? exists(fact, true) : `NOT ${equals(fact, value, params, true)}`
      case "$in":
        return anyOf(fact, list(value), params, twoValued)
      case "$nin":
        return `NOT ${anyOf(fact, list(value), params, true)}`
      case "$exists":
        return exists(fact, Boolean(value))
      case "$overlaps":
        return fact.type === "text[]" || fact.type === "intset" ? anyOf(fact, list(value), params, twoValued) : unsupported("$overlaps on a scalar")
      case "$contains": {
        if (fact.type !== "text[]" && fact.type !== "intset") return unsupported("$contains on a scalar")
        const all = list(value).map((item) => equals(fact, item, params, twoValued))
        return all.length ? `(${all.join(" AND ")})` : "TRUE"
      }
      case "$prefix":
      case "$like": {
        if (fact.type !== "text") return unsupported(`${operator} on "${fact.path}"`)
        params.push(operator === "$prefix" ? `${String(value)}%` : String(value))
        return leaf(`"${fact.column}" LIKE ?`, twoValued)
      }
      default:
        return COMPARISONS[operator] ? compare(fact, COMPARISONS[operator], value, params, twoValued) : unsupported(`operator ${operator}`)
    }
  })
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/**
 * The filter tree as a predicate on the facts columns, with Medusa's semantics (q is ignored): a row
 * passes when the predicate is true (NULL and false both exclude it).
 */
export function factsWhere(filters: SearchTypes.SearchFilters | undefined, facts: Facts): Sql {
  const params: unknown[] = []
  const compile = (branch: Record<string, unknown>, twoValued: boolean): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        const nested = ((value ?? []) as Record<string, unknown>[]).map((nested) => compile(nested, twoValued)).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Record<string, unknown>, true)
        if (nested) parts.push(`NOT (${nested})`)
        continue
      }
      parts.push(fieldPredicate(column(facts, key), value, params, twoValued))
    }
    return parts.join(" AND ")
  }
  const sql = filters ? compile(filters as Record<string, unknown>, false) : ""
  return { sql: sql || "TRUE", params }
}

/** ORDER BY on the facts columns (and `score`), ties broken by id so pages never overlap. */
export function factsOrder(order: Record<string, string> | undefined, facts: Facts, hasScore: boolean): string {
  const entries = Object.entries(order ?? {})
  if (!entries.length) {
    return hasScore ? `score DESC NULLS LAST, "id" ASC` : `"id" ASC`
  }
  const clauses = entries.map(([property, direction]) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (property === "_score") return `score ${dir} NULLS LAST`
    const fact = column(facts, property)
    return fact.type === "text[]" || fact.type === "intset" ? unsupported(`sort by array "${property}"`) : `"${fact.column}" ${dir} NULLS LAST`
  })
  if (!entries.some(([property]) => property === "id")) clauses.push(`"id" ASC`)
  return clauses.join(", ")
}

/** Paths a filter tree reads. */
export function filterPaths(filters: unknown, into = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries((filters ?? {}) as Record<string, unknown>)) {
    if (key === "q") continue
    if (key === "$and" || key === "$or") {
      ;((value ?? []) as unknown[]).forEach((branch) => filterPaths(branch, into))
    } else if (key === "$not") {
      filterPaths(value, into)
    } else {
      into.add(key)
    }
  }
  return into
}

/** The conditions a filter tree ANDs together at its top level (through nested `$and`s). */
export function conjuncts(filters: unknown): Record<string, unknown>[] {
  return Object.entries((filters ?? {}) as Record<string, unknown>).flatMap(([key, value]) => {
    if (key === "q") return []
    if (key === "$and") return ((value ?? []) as unknown[]).flatMap(conjuncts)
    return [{ [key]: value }]
  })
}

/** One query of a group, as the facts statement sees it. */
export interface FactsQuery {
  filters?: SearchTypes.SearchFilters
  order?: Record<string, string>
  take: number
  skip: number
  count: boolean
  /** Facets to compute; `null` where the caller already has the result (cached). */
  facets: (NormalizedFacetRequest | null)[]
}

/** What the statement answers for one query. */
export interface FactsAnswer {
  hits: [string, number][]
  count: number | null
  /** Rows for Medusa's `mapFacetResult`, per requested facet; undefined where it was cached. */
  facetRows: (Record<string, unknown>[] | undefined)[]
}

/** How the group's shared text matches and ranks: SQL on the `search_vector` column (with its params). */
export interface TextMatch {
  match: Sql
  /** Left out when no query of the group orders by relevance. */
  rank?: Sql
}

/**
 * The statement answering a group of queries that share their text, in three steps:
 *
 * 1. `m`: the match set, ranked only where hits are read, narrowed to the columns the group
 *    reads and to the conditions every query shares (the store's scope).
 * 2. Per query with hits: a top-N pass over `m` (`h<i>`), with the hits' documents.
 * 3. `c`: one grouped pass over `m` for every count and facet of the group. It groups by the
 *    value-facet fields only (arrays as whole values: a few dozen distinct sets), and per query
 *    counts the rows, and sums the stats and range inputs, where that query's own conditions
 *    hold (`FILTER`, columns `n<i>`, `min<i>_<n>`, `r<i>_<n>_<r>`…). Each query's count and
 *    facets are then sums over a few thousand group rows at most instead of the match set.
 *    Grouping by the facet fields alone lets the planner size the groups from the table's
 *    statistics and split a large pass over its parallel workers.
 *
 * Medusa's provider re-runs the text match and reads the jsonb for each query and each facet.
 */
export function factsStatement(input: { facts: Facts; documentTable: string; text?: TextMatch; queries: FactsQuery[] }): {
  statement: Sql
  read: (row: Record<string, unknown>) => { answers: FactsAnswer[]; documents: Map<string, Record<string, unknown>> }
} {
  const { facts, documentTable, text, queries } = input
  const params: unknown[] = []

  const shared = queries
    .map((query) => conjuncts(query.filters).map((condition) => JSON.stringify(condition)))
    .reduce((common, keys) => common.filter((key) => keys.includes(key)))
  const residual = queries.map((query) => conjuncts(query.filters).filter((condition) => !shared.includes(JSON.stringify(condition))))

  const paths = new Set<string>()
  queries.forEach((query) => {
    filterPaths(query.filters, paths)
    Object.keys(query.order ?? {}).forEach((path) => path !== "_score" && paths.add(path))
    query.facets.forEach((facet) => facet && paths.add(facet.field))
  })
  const select = ["id", ...[...paths].map((path) => column(facts, path).column)].map((name) => `f."${name}"`).join(", ")

  // 1. The match set.
  const sharedWhere = factsWhere({ $and: shared.map((key) => JSON.parse(key)) } as SearchTypes.SearchFilters, facts)
  const rank = text?.rank ?? { sql: "0::float4", params: [] }
  const match = text?.match ?? { sql: "TRUE", params: [] }
  // A ranked match is the expensive part: matched and ranked once, shared by the pages of hits and
  // the grouped pass. Otherwise each pass reads the facts table itself: a page sorted by a field
  // reads the first matches off that field's index, and the grouped pass can split a large scan
  // over PostgreSQL's parallel workers.
  const materialized = text?.rank ? "MATERIALIZED" : "NOT MATERIALIZED"
  const ctes = [`m AS ${materialized} (SELECT ${select}, ${rank.sql} AS score FROM "${facts.table}" f WHERE ${match.sql} AND ${sharedWhere.sql})`]
  params.push(...rank.params, ...match.params, ...sharedWhere.params)

  // 2. The pages of hits.
  const orders = queries.map((query) => factsOrder(query.order, facts, !!text))
  queries.forEach((query, i) => {
    if (query.take <= 0) return
    const where = factsWhere({ $and: residual[i] } as SearchTypes.SearchFilters, facts)
    ctes.push(`h${i} AS (SELECT * FROM m WHERE ${where.sql} ORDER BY ${orders[i]} LIMIT ? OFFSET ?)`)
    params.push(...where.params, query.take, query.skip)
  })

  // 3. One grouped pass for every count and facet: grouped by the value-facet fields only, each
  // query's count, stats and ranges summed under its own conditions (FILTER).
  const grouped = queries.map((query) => query.count || query.facets.some(Boolean))
  const keys: string[] = []
  const aggregates: Sql[] = []
  // An aggregate over the rows where query i's own conditions (and `extra`) hold.
  const aggregate = (expression: (filter: string) => string, i: number, extra?: Sql): void => {
    const parts = [factsWhere({ $and: residual[i] } as SearchTypes.SearchFilters, facts), ...(extra ? [extra] : [])].filter(
      (part) => part.sql !== "TRUE"
    )
    const filter = parts.length ? ` FILTER (WHERE ${parts.map((part) => part.sql).join(" AND ")})` : ""
    aggregates.push({ sql: expression(filter), params: parts.flatMap((part) => part.params) })
  }
  queries.forEach((query, i) => {
    if (!grouped[i]) return
    aggregate((filter) => `COUNT(*)${filter}::int AS "n${i}"`, i)
    query.facets.forEach((facet, n) => {
      if (!facet) return
      const fact = column(facts, facet.field)
      if (facet.type === "stats") {
        if (fact.type !== "float8") unsupported(`stats facet on "${facet.field}"`)
        ;["MIN", "MAX", "SUM", "COUNT"].forEach((fn) => aggregate((filter) => `${fn}("${fact.column}")${filter} AS "${fn.toLowerCase()}${i}_${n}"`, i))
      } else if (facet.type === "range") {
        if (fact.type !== "float8") unsupported(`range facet on "${facet.field}"`)
        ;(facet.ranges ?? []).forEach((range, r) => {
          const bounds: Sql = { sql: "", params: [] }
          const parts: string[] = []
          if (range.from !== undefined) {
            bounds.params.push(range.from)
            parts.push(`"${fact.column}" >= ?::float8`)
          }
          if (range.to !== undefined) {
            bounds.params.push(range.to)
            parts.push(`"${fact.column}" < ?::float8`)
          }
          bounds.sql = parts.join(" AND ") || "TRUE"
          aggregate((filter) => `COUNT(*)${filter}::int AS "r${i}_${n}_${r}"`, i, bounds)
        })
      } else {
        if (fact.type === "intset") unsupported(`value facet on "${facet.field}"`)
        if (!keys.includes(fact.column)) keys.push(fact.column)
      }
    })
  })
  if (grouped.some(Boolean)) {
    aggregates.forEach((part) => params.push(...part.params))
    // Rows no query of the group counts (outside every query's own conditions) are left out
    // before grouping: a filtered page and its relaxed facet queries hash a fraction of the scope.
    const own = queries.flatMap((_, i) => (grouped[i] ? [factsWhere({ $and: residual[i] } as SearchTypes.SearchFilters, facts)] : []))
    const where = own.some((part) => part.sql === "TRUE") ? "" : ` WHERE ${own.map((part) => `(${part.sql})`).join(" OR ")}`
    if (where) own.forEach((part) => params.push(...part.params))
    const groupBy = keys.map((name) => `"${name}"`)
    ctes.push(
      `c AS MATERIALIZED (SELECT ${[...groupBy, ...aggregates.map((part) => part.sql)].join(", ")} FROM m${where}${groupBy.length ? ` GROUP BY ${groupBy.join(", ")}` : ""})`
    )
  }

  const columns = queries.map((query, i) => {
    const parts: string[] = []
    parts.push(query.take > 0 ? `(SELECT coalesce(json_agg(json_build_array(h."id", h.score) ORDER BY ${orders[i]}), '[]'::json) FROM h${i} h)` : `'[]'::json`)
    if (!grouped[i]) return `json_build_array(${parts.join(", ")}) AS r${i}`
    const totals = [`coalesce(SUM("n${i}"), 0)::int AS count`]
    const facetParts: string[] = []
    query.facets.forEach((facet, n) => {
      if (!facet) return facetParts.push("NULL::json")
      const fact = column(facts, facet.field)
      if (facet.type === "stats") {
        const name = (fn: string) => `"${fn}${i}_${n}"`
        totals.push(
          `MIN(${name("min")}) AS "min_${n}"`,
          `MAX(${name("max")}) AS "max_${n}"`,
          `SUM(${name("sum")}) AS "sum_${n}"`,
          `SUM(${name("sum")}) / NULLIF(SUM(${name("count")}), 0) AS "avg_${n}"`
        )
        return facetParts.push("NULL::json")
      }
      if (facet.type === "range") {
        ;(facet.ranges ?? []).forEach((_, r) => totals.push(`coalesce(SUM("r${i}_${n}_${r}"), 0)::int AS "r${r}_${n}"`))
        return facetParts.push("NULL::json")
      }
      const source = isArrayFact(fact) ? `c CROSS JOIN LATERAL unnest(c."${fact.column}") AS v(value)` : `c CROSS JOIN LATERAL (SELECT c."${fact.column}") AS v(value)`
      let prefix = ""
      if (facet.query) {
        params.push(`${facet.query}%`)
        prefix = ` AND v.value::text LIKE ?`
      }
      facetParts.push(
        `(SELECT coalesce(json_agg(r), '[]'::json) FROM (SELECT v.value, SUM(c."n${i}")::int AS count FROM ${source} WHERE c."n${i}" > 0 AND v.value IS NOT NULL${prefix} GROUP BY v.value) r)`
      )
    })
    parts.push(`(SELECT row_to_json(t) FROM (SELECT ${totals.join(", ")} FROM c) t)`, ...facetParts)
    return `json_build_array(${parts.join(", ")}) AS r${i}`
  })

  // The documents of every page of hits, in the same statement.
  const hitIds = queries.flatMap((query, i) => (query.take > 0 ? [`SELECT "id" FROM h${i}`] : []))
  const documents = hitIds.length
    ? `(SELECT json_object_agg(d."id", d."document") FROM "${documentTable}" d WHERE d."id" IN (${hitIds.join(" UNION ")})) AS documents`
    : `NULL::json AS documents`
  const statement: Sql = { sql: `WITH ${ctes.join(", ")} SELECT ${[...columns, documents].join(", ")}`, params }

  const read = (row: Record<string, unknown>) => ({
    answers: queries.map((query, i): FactsAnswer => {
      const [hits, totals, ...values] = row[`r${i}`] as [[string, number][], Record<string, unknown> | null, ...(Record<string, unknown>[] | null)[]]
      const facetRows = query.facets.map((facet, n): Record<string, unknown>[] | undefined => {
        if (!facet) return undefined
        if (facet.type === "stats") {
          const get = (name: string) => totals?.[`${name}_${n}`] ?? null
          return [{ min: get("min"), max: get("max"), avg: get("avg"), sum: get("sum"), count: totals?.count ?? 0 }]
        }
        if (facet.type === "range") {
          return [Object.fromEntries((facet.ranges ?? []).map((_, r) => [`r${r}`, totals?.[`r${r}_${n}`] ?? 0]))]
        }
        return sortFacetValues(values[n] ?? [], facet)
      })
      return { hits: hits ?? [], count: query.count ? Number(totals?.count ?? 0) : null, facetRows }
    }),
    documents: new Map(Object.entries((row.documents ?? {}) as Record<string, Record<string, unknown>>)),
  })

  return { statement, read }
}

/** Medusa's facet value order (count, then value; or by value) and limit. */
function sortFacetValues(rows: Record<string, unknown>[], facet: NormalizedFacetRequest): Record<string, unknown>[] {
  const text = (row: Record<string, unknown>) => String(row.value)
  const byValue = (a: Record<string, unknown>, b: Record<string, unknown>) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0)
  const sorted = [...rows].sort(facet.sort === "alpha" ? byValue : (a, b) => Number(b.count) - Number(a.count) || byValue(a, b))
  return sorted.slice(0, facet.limit ?? 10)
}
