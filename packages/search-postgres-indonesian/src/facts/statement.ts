/**
 * The statement that answers a group of queries sharing their text (Medusa sends a store search
 * as the hits query plus one facet-only query per filtered facet), in three steps:
 *
 * 1. `m`, the match set (`matchSet`): facts rows matching the text and the row conditions every
 *    query shares, narrowed to the columns the group reads. With text it is materialized:
 *    matched (and ranked, where a query orders by relevance) once for every pass. Without text
 *    each pass reads the facts table itself, off its indexes.
 * 2. Per query with hits, a page (`pageOfMatches`, `pageOffSortIndex`). A page without text sorted
 *    by an indexed field reads a bounded window of that index first and sorts all matches only
 *    when the window held too few.
 * 3. `g`, then `c` (`groupedCounts`): one grouped pass over `m` by cell for every count and facet
 *    of the group — per query, the rows where its own row conditions hold (`FILTER`) — then, per
 *    cell, the shared cell conditions (the store's scope) and each query's own (`CASE`). Counts,
 *    statistics and ranges are sums over cells; value facets are summed by the provider from the
 *    per-cell counts (results.ts).
 *
 * Conditions on cell fields are checked per cell (`"cell" IN (SELECT … FROM cells …)`), never per
 * row; a condition mixing cell and row fields is read off facts joined to their cells.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { NormalizedFacetRequest } from "../medusa"
import { joinSql, type Sql } from "../sql"
import { columnOf, isIndexedSort, unsupported, type FactColumn, type Facts } from "./layout"
import { factsOrder } from "./order"
import { answerColumn, answerReader, answerTuple, cellCount, cellTuple, HIT, isValueFacet } from "./results"
import { conjuncts, factsWhere, filterPaths } from "./where"

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

/** How the group's shared text matches and ranks: SQL on the `search_vector` column (with its params). */
export interface TextMatch {
  match: Sql
  /** Left out when no query of the group orders by relevance. */
  rank?: Sql
}

/**
 * A page sorted by an indexed field first reads this many rows off the index (at least, or
 * `WALK_FACTOR` × the rows the page needs): enough for any filter that keeps one row in 20. When
 * fewer match there, the page is sorted from all matches instead. An index walk the planner
 * picks on its own has no such bound: a filter that keeps nothing (a text and a category that
 * never meet, "open now" at night) would walk every row of the index.
 */
const WALK_MIN = 2_000
const WALK_FACTOR = 20

type Condition = Record<string, unknown>

/** The group's conditions, sorted by where the statement checks them. */
interface Conditions {
  /** The top-level conditions every query shares. */
  shared: Condition[]
  /** Shared conditions on row fields: they narrow the match set. */
  sharedRows: Condition[]
  /** Per query, its own conditions on cell fields only (checked once per cell)… */
  cellParts: Condition[][]
  /** …and its other own conditions (checked per row). */
  rowParts: Condition[][]
  /** Some row condition reads a cell field: the match set is facts joined to their cells. */
  joined: boolean
  /** Shared conditions checked per cell (none when joined: they are in the match set then). */
  scopeCells: Condition[]
}

/** What the statement builders share. */
interface Group {
  facts: Facts
  documentTable: string
  text?: TextMatch
  queries: FactsQuery[]
  conditions: Conditions
  /** The conditions ANDed, as a predicate on the facts columns. */
  where: (conditions: Condition[]) => Sql
  /** Per query: whether it counts or has facets (takes part in the grouped pass). */
  grouped: boolean[]
  /** Row fields with a value facet: the grouped pass splits each cell by their values. */
  keys: FactColumn[]
  /** The queries with value facets, whose per-cell counts the statement returns. */
  valueQueries: number[]
  /** The match set's columns. */
  select: string
  /** Per query, its ORDER BY. */
  orders: string[]
  window?: (needed: number) => number
}

export function factsStatement(input: {
  facts: Facts
  documentTable: string
  text?: TextMatch
  queries: FactsQuery[]
  /** Rows of a sort index a page reads before sorting all matches (tests make it small). */
  window?: (needed: number) => number
}) {
  const { facts, text, queries } = input
  const where = (conditions: Condition[]) => factsWhere({ $and: conditions } as SearchTypes.SearchFilters, facts)
  const conditions = sortConditions(facts, queries)
  const grouped = queries.map((query) => query.count || query.facets.some(Boolean))
  const { keys, select } = matchSetColumns(facts, queries, conditions)
  const group: Group = {
    ...input,
    conditions,
    where,
    grouped,
    keys,
    valueQueries: queries.flatMap((query, i) => (grouped[i] && query.facets.some(isValueFacet) ? [i] : [])),
    select,
    orders: queries.map((query) => factsOrder(query.order, facts, !!text)),
  }

  const ctes: Sql[] = [matchSet(group), ...queries.flatMap((_, i) => page(group, i)), ...groupedCounts(group)]
  const columns = [...queries.map((_, i) => answer(group, i)), cellCounts(group), documents(group)]
  const body = joinSql(ctes, ", ")
  const statement: Sql = { sql: `WITH ${body.sql} SELECT ${columns.join(", ")}`, params: body.params }
  return { statement, ...answerReader(group) }
}

/** Splits the queries' conditions into shared and own, on cells and on rows. */
function sortConditions(facts: Facts, queries: FactsQuery[]): Conditions {
  const shared = queries
    .map((query) => conjuncts(query.filters).map((condition) => JSON.stringify(condition)))
    .reduce((common, keys) => common.filter((key) => keys.includes(key)))
    .map((key) => JSON.parse(key) as Condition)
  const sharedKeys = new Set(shared.map((condition) => JSON.stringify(condition)))
  const residual = queries.map((query) => conjuncts(query.filters).filter((condition) => !sharedKeys.has(JSON.stringify(condition))))
  const factsOf = (condition: Condition) => [...filterPaths(condition)].map((path) => columnOf(facts, path))
  const onCells = (condition: Condition) => factsOf(condition).every((fact) => fact.cell)
  const cellParts = residual.map((conditions) => conditions.filter(onCells))
  const rowParts = residual.map((conditions) => conditions.filter((condition) => !onCells(condition)))
  const sharedRows = shared.filter((condition) => !onCells(condition))
  // A condition mixing cell and row fields ($or of a badge and a price) is read off facts joined
  // to their cells. Otherwise the shared cell conditions (the store's scope) are checked per
  // cell, with each query's own: per page of hits, and once per cell after grouping.
  const joined = [...sharedRows, ...rowParts.flat()].some((condition) => factsOf(condition).some((fact) => fact.cell))
  return { shared, sharedRows, cellParts, rowParts, joined, scopeCells: joined ? [] : shared.filter(onCells) }
}

/** The columns the match set carries: those the row conditions, sorts and facets read. */
function matchSetColumns(facts: Facts, queries: FactsQuery[], conditions: Conditions): { keys: FactColumn[]; select: string } {
  const keys: FactColumn[] = []
  const paths = new Set<string>()
  conditions.rowParts.forEach((own) => own.forEach((condition) => filterPaths(condition, paths)))
  queries.forEach((query) => {
    Object.keys(query.order ?? {}).forEach((path) => path !== "_score" && paths.add(path))
    query.facets.forEach((facet) => {
      if (!facet) return
      const fact = columnOf(facts, facet.field)
      if (!isValueFacet(facet)) {
        if (fact.type !== "float8") unsupported(`${facet.type} facet on "${facet.field}"`)
        paths.add(facet.field)
      } else if (fact.type === "intset") {
        unsupported(`value facet on "${facet.field}"`)
      } else if (!fact.cell && !keys.includes(fact)) {
        keys.push(fact)
        paths.add(facet.field)
      }
    })
  })
  const selected = [...paths].map((path) => columnOf(facts, path))
  if (!conditions.joined && selected.some((fact) => fact.cell)) unsupported("a cell field read per row")
  return { keys, select: [`f."id"`, `f."cell"`, ...selected.map((fact) => `${fact.cell ? "x" : "f"}."${fact.column}"`)].join(", ") }
}

/** `AND <alias>."cell" IN (cells where the conditions hold)`, or nothing when there are none. */
function inCells(group: Group, alias: string, conditions: Condition[]): Sql {
  if (!conditions.length) return { sql: "", params: [] }
  const holds = group.where(conditions)
  return { sql: ` AND ${alias}."cell" IN (SELECT x."cell" FROM "${group.facts.cells}" x WHERE ${holds.sql})`, params: holds.params }
}

/** Facts rows (`source`, aliased f) with the text match and the conditions every query shares on rows. */
function scoped(group: Group, source: string): { from: string; where: Sql } {
  const { facts, text, conditions, where } = group
  const match = text?.match ?? { sql: "TRUE", params: [] }
  if (conditions.joined) {
    return { from: `${source} f JOIN "${facts.cells}" x ON x."cell" = f."cell"`, where: joinSql([match, where(conditions.shared)], " AND ") }
  }
  return { from: `${source} f`, where: joinSql([match, where(conditions.sharedRows)], " AND ") }
}

/** Query `i`'s own conditions on the rows of `alias`: on row fields, and its cells. */
function ownConditions(group: Group, i: number, alias: string): Sql {
  const { conditions } = group
  return joinSql([group.where(conditions.rowParts[i]), inCells(group, alias, [...conditions.scopeCells, ...conditions.cellParts[i]])], "")
}

/** 1. `m`: the match set. */
function matchSet(group: Group): Sql {
  const { facts, text, select } = group
  const rank = text?.rank ?? { sql: "0::float4", params: [] }
  const base = scoped(group, `"${facts.table}"`)
  return {
    sql: `m AS ${text ? "MATERIALIZED" : "NOT MATERIALIZED"} (SELECT ${select}, ${rank.sql} AS score FROM ${base.from} WHERE ${base.where.sql})`,
    params: [...rank.params, ...base.where.params],
  }
}

/** 2. `h<i>`: query `i`'s page of hits (none when it takes none). */
function page(group: Group, i: number): Sql[] {
  const { facts, text, queries } = group
  const query = queries[i]
  if (query.take <= 0) return []
  const entries = Object.entries(query.order ?? {})
  const sortPath = entries.length === 1 && entries[0][0] !== "_score" && isIndexedSort(columnOf(facts, entries[0][0])) ? entries[0][0] : undefined
  const walks = !text && (!entries.length || !!sortPath)
  return walks ? pageOffSortIndex(group, i, sortPath) : [pageOfMatches(group, i)]
}

/** A page sorted from all matches. */
function pageOfMatches(group: Group, i: number): Sql {
  const query = group.queries[i]
  const mine = ownConditions(group, i, "m")
  return { sql: `h${i} AS (SELECT * FROM m WHERE ${mine.sql} ORDER BY ${group.orders[i]} LIMIT ? OFFSET ?)`, params: [...mine.params, query.take, query.skip] }
}

/**
 * A page without text, by id or by one indexed field: a window of the sort index first (`hw<i>`,
 * from where a range on the sort field starts); all matches, sorted, only when the window held
 * too few.
 */
function pageOffSortIndex(group: Group, i: number, sortPath: string | undefined): Sql[] {
  const { facts, text, queries, conditions, orders } = group
  const query = queries[i]
  const needed = query.skip + query.take
  const window = group.window?.(needed) ?? Math.max(WALK_MIN, WALK_FACTOR * needed)
  const onSortField = [...conditions.sharedRows, ...conditions.rowParts[i]].filter(
    (condition) => sortPath && [...filterPaths(condition)].every((path) => path === sortPath)
  )
  const start = group.where(onSortField)
  const head = scoped(group, `(SELECT * FROM "${facts.table}" WHERE ${start.sql} ORDER BY ${orders[i]} LIMIT ?)`)
  const [mineInWindow, mine] = [ownConditions(group, i, "f"), ownConditions(group, i, "m")]
  return [
    {
      sql: `hw${i} AS MATERIALIZED (SELECT ${group.select}, 0::float4 AS score FROM ${head.from} WHERE ${head.where.sql} AND ${mineInWindow.sql} ORDER BY ${orders[i]} LIMIT ?)`,
      params: [...start.params, window, ...head.where.params, ...mineInWindow.params, needed],
    },
    {
      sql:
        `h${i} AS ((SELECT * FROM hw${i} WHERE (SELECT count(*) FROM hw${i}) >= ? ORDER BY ${orders[i]} LIMIT ? OFFSET ?) UNION ALL ` +
        `(SELECT * FROM m WHERE (SELECT count(*) FROM hw${i}) < ? AND ${mine.sql} ORDER BY ${factsOrder(query.order, facts, !!text, true)} LIMIT ? OFFSET ?))`,
      params: [needed, query.take, query.skip, needed, ...mine.params, query.take, query.skip],
    },
  ]
}

/** An aggregate of the grouped pass: a column of `g` (and `c`) for one query. */
interface Aggregate {
  name: string
  query: number
  sql: Sql
}

/** Every count, statistic and range count of the group, per query, under its own row conditions. */
function aggregates(group: Group): Aggregate[] {
  const { facts, queries, conditions, grouped } = group
  const list: Aggregate[] = []
  const add = (name: string, i: number, expression: (filter: string) => string, extra?: Sql) => {
    const parts = [group.where(conditions.rowParts[i]), ...(extra ? [extra] : [])].filter((part) => part.sql !== "TRUE")
    const filter = parts.length ? ` FILTER (WHERE ${parts.map((part) => part.sql).join(" AND ")})` : ""
    list.push({ name, query: i, sql: { sql: `${expression(filter)} AS "${name}"`, params: parts.flatMap((part) => part.params) } })
  }
  queries.forEach((query, i) => {
    if (!grouped[i]) return
    add(cellCount(i), i, (filter) => `COUNT(*)${filter}::int`)
    query.facets.forEach((facet, n) => {
      if (!facet) return
      const fact = columnOf(facts, facet.field)
      if (facet.type === "stats") {
        ;["MIN", "MAX", "SUM", "COUNT"].forEach((fn) => add(`${fn.toLowerCase()}${i}_${n}`, i, (filter) => `${fn}("${fact.column}")${filter}`))
      } else if (facet.type === "range") {
        ;(facet.ranges ?? []).forEach((range, r) => add(`r${i}_${n}_${r}`, i, (filter) => `COUNT(*)${filter}::int`, rangeBounds(fact, range)))
      }
    })
  })
  return list
}

function rangeBounds(fact: FactColumn, range: { from?: number; to?: number }): Sql {
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
  return bounds
}

/** 3. `g` and `c`: one grouped pass by cell (and row-field facet value), then per cell. */
function groupedCounts(group: Group): Sql[] {
  const { facts, conditions, grouped, keys, where } = group
  if (!grouped.some(Boolean)) return []
  const list = aggregates(group)
  const groupBy = [`m."cell"`, ...keys.map((fact) => `m."${fact.column}"`)].join(", ")
  // Rows and cells no query of the group counts are left out before grouping: a filtered page
  // and its relaxed facet queries group a fraction of the scope.
  const counted = group.queries.flatMap((_, i) => (grouped[i] ? [i] : []))
  const rowsOf = counted.map((i) => where(conditions.rowParts[i]))
  const rowFilter = rowsOf.some((part) => part.sql === "TRUE") ? { sql: "TRUE", params: [] } : joinSql(rowsOf.map((part) => ({ sql: `(${part.sql})`, params: part.params })), " OR ")
  // Cells: only when every query has conditions of its own there (the scope alone keeps nearly every cell).
  const cellFilter = counted.every((i) => conditions.cellParts[i].length)
    ? inCells(group, "m", [{ $and: conditions.scopeCells }, { $or: counted.map((i) => ({ $and: conditions.cellParts[i] })) }])
    : { sql: "", params: [] }
  const columns = joinSql(
    list.map((item) => item.sql),
    ", "
  )
  // Then per cell: the scope, and each query's own cell conditions.
  const kept = joinSql(
    list.map(({ name, query }) => {
      if (!conditions.cellParts[query].length) return { sql: `g."${name}"`, params: [] }
      const holds = where(conditions.cellParts[query])
      return { sql: `CASE WHEN ${holds.sql} THEN g."${name}" END AS "${name}"`, params: holds.params }
    }),
    ", "
  )
  const scope = where(conditions.scopeCells)
  const cellsJoin =
    conditions.scopeCells.length || counted.some((i) => conditions.cellParts[i].length) ? ` JOIN "${facts.cells}" x ON x."cell" = g."cell" WHERE ${scope.sql}` : ""
  return [
    {
      sql: `g AS (SELECT ${groupBy}, ${columns.sql} FROM m WHERE ${rowFilter.sql}${cellFilter.sql} GROUP BY ${groupBy})`,
      params: [...columns.params, ...rowFilter.params, ...cellFilter.params],
    },
    {
      sql: `c AS MATERIALIZED (SELECT g."cell"${keys.map((fact) => `, g."${fact.column}"`).join("")}, ${kept.sql} FROM g${cellsJoin})`,
      params: [...kept.params, ...scope.params],
    },
  ]
}

/** `r<i>`: query `i`'s hits, and its totals (count, statistics, ranges) summed over cells. */
function answer(group: Group, i: number): string {
  const query = group.queries[i]
  const hits =
    query.take > 0
      ? `(SELECT coalesce(json_agg(${HIT.sql((name) => (name === "id" ? `h."id"` : "h.score"))} ORDER BY ${group.orders[i]}), '[]'::json) FROM h${i} h)`
      : `'[]'::json`
  if (!group.grouped[i]) return `${answerTuple(false).sql(() => hits)} AS ${answerColumn(i)}`
  const totals = [`coalesce(SUM("${cellCount(i)}"), 0)::int AS count`]
  query.facets.forEach((facet, n) => {
    if (facet?.type === "stats") {
      const name = (fn: string) => `"${fn}${i}_${n}"`
      totals.push(
        `MIN(${name("min")}) AS "min_${n}"`,
        `MAX(${name("max")}) AS "max_${n}"`,
        `SUM(${name("sum")}) AS "sum_${n}"`,
        `SUM(${name("sum")}) / NULLIF(SUM(${name("count")}), 0) AS "avg_${n}"`
      )
    } else if (facet?.type === "range") {
      ;(facet.ranges ?? []).forEach((_, r) => totals.push(`coalesce(SUM("r${i}_${n}_${r}"), 0)::int AS "r${r}_${n}"`))
    }
  })
  const sums = `(SELECT row_to_json(t) FROM (SELECT ${totals.join(", ")} FROM c) t)`
  return `${answerTuple(true).sql((name) => (name === "hits" ? hits : sums))} AS ${answerColumn(i)}`
}

/** `cells`: per cell (and row-field facet value), the counts of the queries with value facets. */
function cellCounts(group: Group): string {
  const { keys, valueQueries } = group
  if (!valueQueries.length) return `NULL::json AS cells`
  const row = cellTuple(keys, valueQueries).sql((name) => `c."${name}"`)
  return `(SELECT coalesce(json_agg(${row}), '[]'::json) FROM c WHERE ${valueQueries.map((i) => `c."${cellCount(i)}" > 0`).join(" OR ")}) AS cells`
}

/** `documents`: the documents of every page of hits, in the same statement. */
function documents(group: Group): string {
  const hitIds = group.queries.flatMap((query, i) => (query.take > 0 ? [`SELECT "id" FROM h${i}`] : []))
  return hitIds.length
    ? `(SELECT json_object_agg(d."id", d."document") FROM "${group.documentTable}" d WHERE d."id" IN (${hitIds.join(" UNION ")})) AS documents`
    : `NULL::json AS documents`
}
