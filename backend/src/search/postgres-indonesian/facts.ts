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
const FACTS_VERSION = 2

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
    `CREATE INDEX "${facts.table}_fts_idx" ON "${facts.table}" USING GIN ("search_vector")`,
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

/** `column equals value` (on arrays: contains it), two-valued like jsonb containment. */
function equals(fact: FactColumn, value: unknown, params: unknown[]): string {
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
      return `coalesce(${placeholder} = ANY(${col}), false)`
    case "intset":
      return `coalesce(${col} @> ${placeholder}, false)`
    default:
      return `coalesce(${col} = ${placeholder}, false)`
  }
}

function anyOf(fact: FactColumn, values: unknown[], params: unknown[]): string {
  if (!values.length) return "FALSE"
  const parts = values.map((value) => equals(fact, value, params))
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

function exists(fact: FactColumn, present: boolean): string {
  return `"${fact.column}" IS ${present ? "NOT " : ""}NULL`
}

function compare(fact: FactColumn, operator: string, value: unknown, params: unknown[]): string {
  if (fact.type === "text[]" || fact.type === "intset") {
    return unsupported(`"${operator}" on array field "${fact.path}"`)
  }
  params.push(scalar(fact, value))
  return `coalesce("${fact.column}" ${operator} ?::${CASTS[fact.type]}, false)`
}

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

function fieldPredicate(fact: FactColumn, raw: unknown, params: unknown[]): string {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return anyOf(fact, Array.isArray(raw) ? raw : [raw], params)
  }
  const operators = Object.entries(raw as Record<string, unknown>).filter(([key]) => key.startsWith("$"))
  if (!operators.length) {
    return unsupported(`empty operator map on "${fact.path}"`)
  }
  const list = (value: unknown) => (Array.isArray(value) ? value : [value])
  const parts = operators.map(([operator, value]) => {
    switch (operator) {
      case "$eq":
        return equals(fact, value, params)
      case "$ne":
        return value === null || value === undefined ? exists(fact, true) : `NOT ${equals(fact, value, params)}`
      case "$in":
        return anyOf(fact, list(value), params)
      case "$nin":
        return `NOT ${anyOf(fact, list(value), params)}`
      case "$exists":
        return exists(fact, Boolean(value))
      case "$overlaps":
        return fact.type === "text[]" || fact.type === "intset" ? anyOf(fact, list(value), params) : unsupported("$overlaps on a scalar")
      case "$contains": {
        if (fact.type !== "text[]" && fact.type !== "intset") return unsupported("$contains on a scalar")
        const all = list(value).map((item) => equals(fact, item, params))
        return all.length ? `(${all.join(" AND ")})` : "TRUE"
      }
      case "$prefix":
      case "$like": {
        if (fact.type !== "text") return unsupported(`${operator} on "${fact.path}"`)
        params.push(operator === "$prefix" ? `${String(value)}%` : String(value))
        return `coalesce("${fact.column}" LIKE ?, false)`
      }
      default:
        return COMPARISONS[operator] ? compare(fact, COMPARISONS[operator], value, params) : unsupported(`operator ${operator}`)
    }
  })
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The filter tree as a predicate on the facts columns, with Medusa's semantics (q is ignored). */
export function factsWhere(filters: SearchTypes.SearchFilters | undefined, facts: Facts): Sql {
  const params: unknown[] = []
  const compile = (branch: Record<string, unknown>): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        const nested = ((value ?? []) as Record<string, unknown>[]).map(compile).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Record<string, unknown>)
        if (nested) parts.push(`NOT (${nested})`)
        continue
      }
      parts.push(fieldPredicate(column(facts, key), value, params))
    }
    return parts.join(" AND ")
  }
  const sql = filters ? compile(filters as Record<string, unknown>) : ""
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

const isArrayFact = (fact: FactColumn) => fact.type === "text[]" || fact.type === "intset"

/**
 * The statements answering a group of queries that share their text. The match set is built
 * narrow (only the columns the group reads) and filtered by the conditions every query shares
 * (the store's scope), into a materialized CTE `m`; then, per query, at most:
 *
 * - one pass for the page of hits (top-N sort), with their documents,
 * - one pass for the count, the stats and range facets, and every value facet of a scalar
 *   field (GROUPING SETS: a hash table per field, one scan),
 * - one pass per value facet of an array field (unnest) — in a second statement when there are
 *   any, so the two halves can run side by side on the machine's cores.
 *
 * Medusa's provider re-runs the text match and reads the jsonb for each of these, and for each
 * facet separately.
 */
export function factsStatements(input: { facts: Facts; documentTable: string; text?: TextMatch; queries: FactsQuery[] }): {
  statements: Sql[]
  read: (rows: Record<string, unknown>[]) => { answers: FactsAnswer[]; documents: Map<string, Record<string, unknown>> }
} {
  const { facts, documentTable, text, queries } = input
  const hitsCtes: string[] = []
  const hitsParams: unknown[] = []
  const columnParams: unknown[] = []
  const valueParams: unknown[] = []

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
  const select = ["id", ...[...paths].map((path) => column(facts, path).column)]
    .map((name) => `f."${name}"`)
    .join(", ")

  const sharedWhere = factsWhere({ $and: shared.map((key) => JSON.parse(key)) } as SearchTypes.SearchFilters, facts)
  /** The match set; ranked only where hits are read. */
  const matchSet = (ranked: boolean): Sql => {
    const rank = (ranked && text?.rank) || { sql: "0::float4", params: [] }
    const match = text?.match ?? { sql: "TRUE", params: [] }
    return {
      sql: `m AS MATERIALIZED (SELECT ${select}, ${rank.sql} AS score FROM "${facts.table}" f WHERE ${match.sql} AND ${sharedWhere.sql})`,
      params: [...rank.params, ...match.params, ...sharedWhere.params],
    }
  }

  const valueColumns: string[] = []
  let valuePasses = 0
  const columns = queries.map((query, i) => {
    const where = factsWhere({ $and: residual[i] } as SearchTypes.SearchFilters, facts)
    const parts: string[] = []
    const valueParts: string[] = []
    if (query.take > 0) {
      const order = factsOrder(query.order, facts, !!text)
      hitsParams.push(...where.params, query.take, query.skip)
      hitsCtes.push(`h${i} AS (SELECT * FROM m WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?)`)
      parts.push(`(SELECT coalesce(json_agg(json_build_array(h."id", h.score) ORDER BY ${order}), '[]'::json) FROM h${i} h)`)
    } else {
      parts.push(`'[]'::json`)
    }

    // One grouped pass: count, stats and ranges in the () set, scalar value facets in theirs.
    const sets: string[] = ["()"]
    const aggregates: string[] = ["COUNT(*)::int AS count"]
    const keys: string[] = []
    const aggregateParams: unknown[] = []
    query.facets.forEach((facet, n) => {
      if (!facet) return
      const fact = column(facts, facet.field)
      const col = `"${fact.column}"`
      if (facet.type === "stats" || facet.type === "range") {
        if (fact.type !== "float8") unsupported(`${facet.type} facet on "${facet.field}"`)
        if (facet.type === "stats") {
          aggregates.push(`MIN(${col}) AS "min_${n}"`, `MAX(${col}) AS "max_${n}"`, `AVG(${col}) AS "avg_${n}"`, `SUM(${col}) AS "sum_${n}"`)
        } else {
          ;(facet.ranges ?? []).forEach((range, r) => {
            const conditions: string[] = []
            if (range.from !== undefined) {
              aggregateParams.push(range.from)
              conditions.push(`${col} >= ?::float8`)
            }
            if (range.to !== undefined) {
              aggregateParams.push(range.to)
              conditions.push(`${col} < ?::float8`)
            }
            aggregates.push(`COUNT(*) FILTER (WHERE ${conditions.join(" AND ") || "TRUE"})::int AS "r${r}_${n}"`)
          })
        }
      } else if (!isArrayFact(fact) && !facet.query && !keys.includes(col)) {
        keys.push(col)
        sets.push(`(${col})`)
      }
    })
    if (query.count || aggregates.length > 1 || keys.length) {
      const grouping = keys.map((key, k) => `GROUPING(${key}) AS "g${k}"`)
      columnParams.push(...aggregateParams, ...where.params)
      parts.push(
        `(SELECT json_agg(g) FROM (SELECT ${[...aggregates, ...keys, ...grouping].join(", ")} FROM m WHERE ${where.sql} GROUP BY GROUPING SETS (${sets.join(", ")})) g)`
      )
    } else {
      parts.push(`'[]'::json`)
    }

    // Value facets of array fields (and facet searches): a pass each.
    query.facets.forEach((facet) => {
      if (!facet || facet.type !== "value") return
      const fact = column(facts, facet.field)
      if (fact.type === "intset") unsupported(`value facet on "${facet.field}"`)
      if (!isArrayFact(fact) && !facet.query) return
      const source = isArrayFact(fact) ? `m CROSS JOIN LATERAL unnest(m."${fact.column}") AS v(value)` : `m CROSS JOIN LATERAL (SELECT m."${fact.column}") AS v(value)`
      valueParams.push(...where.params)
      let prefix = ""
      if (facet.query) {
        valueParams.push(`${facet.query}%`)
        prefix = ` AND v.value::text LIKE ?`
      }
      valuePasses++
      valueParts.push(
        `(SELECT coalesce(json_agg(r), '[]'::json) FROM (SELECT v.value, COUNT(*)::int AS count FROM ${source} WHERE ${where.sql} AND v.value IS NOT NULL${prefix} GROUP BY v.value) r)`
      )
    })
    valueColumns.push(`json_build_array(${valueParts.join(", ")}) AS r${i}`)
    return `json_build_array(${parts.join(", ")}) AS r${i}`
  })

  // The documents of every page of hits, in the same statement.
  const hitIds = queries.flatMap((query, i) => (query.take > 0 ? [`SELECT "id" FROM h${i}`] : []))
  const documents = hitIds.length
    ? `(SELECT json_object_agg(d."id", d."document") FROM "${documentTable}" d WHERE d."id" IN (${hitIds.join(" UNION ")})) AS documents`
    : `NULL::json AS documents`
  const ranked = matchSet(true)
  const statements: Sql[] = [
    {
      sql: `WITH ${[ranked.sql, ...hitsCtes].join(", ")} SELECT ${[...columns, documents].join(", ")}`,
      params: [...ranked.params, ...hitsParams, ...columnParams],
    },
  ]
  // The array facets in a second statement, which the caller runs on another connection at the
  // same time: it re-matches (without ranking) but takes the unnest passes off the first one.
  if (valuePasses > 0) {
    const unranked = matchSet(false)
    statements.push({ sql: `WITH ${unranked.sql} SELECT ${valueColumns.join(", ")}`, params: [...unranked.params, ...valueParams] })
  }

  const read = ([row, values]: Record<string, unknown>[]) => ({
    answers: answersOf(row, values),
    documents: new Map(Object.entries((row.documents ?? {}) as Record<string, Record<string, unknown>>)),
  })
  const answersOf = (row: Record<string, unknown>, values: Record<string, unknown> | undefined): FactsAnswer[] =>
    queries.map((query, i) => {
      const [hits, grouped] = row[`r${i}`] as [[string, number][], Record<string, unknown>[] | null]
      const valueRows = (values?.[`r${i}`] ?? []) as Record<string, unknown>[][]
      const groups = grouped ?? []
      const keyColumns: string[] = []
      query.facets.forEach((facet) => {
        if (!facet) return
        const fact = column(facts, facet.field)
        if (facet.type === "value" && !isArrayFact(fact) && !facet.query && !keyColumns.includes(fact.column)) keyColumns.push(fact.column)
      })
      const total = groups.find((group) => keyColumns.every((_, k) => group[`g${k}`] === 1))
      let pass = 0
      const facetRows = query.facets.map((facet, n): Record<string, unknown>[] | undefined => {
        if (!facet) return undefined
        const fact = column(facts, facet.field)
        if (facet.type === "stats") {
          const get = (name: string) => total?.[`${name}_${n}`] ?? null
          return [{ min: get("min"), max: get("max"), avg: get("avg"), sum: get("sum"), count: total?.count ?? 0 }]
        }
        if (facet.type === "range") {
          return [Object.fromEntries((facet.ranges ?? []).map((_, r) => [`r${r}`, total?.[`r${r}_${n}`] ?? 0]))]
        }
        const rows = isArrayFact(fact) || facet.query
          ? (valueRows[pass++] ?? [])
          : groups
              .filter((group) => {
                const k = keyColumns.indexOf(fact.column)
                return group[`g${k}`] === 0 && group[fact.column] !== null
              })
              .map((group) => ({ value: group[fact.column], count: group.count }))
        return sortFacetValues(rows, facet)
      })
      return { hits: hits ?? [], count: query.count ? Number(total?.count ?? 0) : null, facetRows }
    })

  return { statements, read }
}

/** Medusa's facet value order (count, then value; or by value) and limit. */
function sortFacetValues(rows: Record<string, unknown>[], facet: NormalizedFacetRequest): Record<string, unknown>[] {
  const text = (row: Record<string, unknown>) => String(row.value)
  const byValue = (a: Record<string, unknown>, b: Record<string, unknown>) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0)
  const sorted = [...rows].sort(facet.sort === "alpha" ? byValue : (a, b) => Number(b.count) - Number(a.count) || byValue(a, b))
  return sorted.slice(0, facet.limit ?? 10)
}
