/**
 * The facts statement's answer columns and how the provider reads them back: one `r<i>` per query
 * (its hits and totals), the per-cell counts of the value facets (`cells`), and the hits'
 * documents. Every JSON array is read by the names it was built with (`JsonTuple`).
 */
import type { NormalizedFacetRequest } from "../medusa"
import { JsonTuple } from "../sql"
import { columnOf, type FactColumn, type Facts } from "./layout"
import type { FactsQuery } from "./statement"

/** What the statement answers for one query. */
export interface FactsAnswer {
  hits: { id: string; score: number }[]
  count: number | null
  /** Rows for Medusa's `mapFacetResult`, per requested facet; undefined where it was cached. */
  facetRows: (Record<string, unknown>[] | undefined)[]
}

/** A cell's values by column (a row of the cells table), for summing value facets. */
export type CellValues = (cell: number) => Record<string, unknown> | undefined

export type ResultRow = Record<string, unknown>

export const isValueFacet = (facet: NormalizedFacetRequest | null): boolean =>
  !!facet && facet.type !== "stats" && facet.type !== "range"

/** A hit: its id and score. */
export const HIT = new JsonTuple(["id", "score"] as const)

/** A query's answer: its page of hits, and its totals when it counts or has facets (`grouped`). */
export const answerTuple = (grouped: boolean) => new JsonTuple(grouped ? (["hits", "totals"] as const) : (["hits"] as const))

/** The name of query `i`'s answer column. */
export const answerColumn = (i: number) => `r${i}`

/** Query `i`'s document count in one cell (a column of `g` and `c`). */
export const cellCount = (i: number) => `n${i}`

/**
 * A row of `cells`: a cell, its row-field facet values (`keys`, where a value facet is on a row
 * field, the cell is split by value), and its count for each query with value facets.
 */
export const cellTuple = (keys: FactColumn[], valueQueries: number[]) =>
  new JsonTuple(["cell", ...keys.map((fact) => fact.column), ...valueQueries.map(cellCount)])

/** Reads a statement's row back into each query's answer, and the hits' documents. */
export function answerReader(input: { facts: Facts; queries: FactsQuery[]; grouped: boolean[]; keys: FactColumn[]; valueQueries: number[] }) {
  const { facts, queries, grouped, keys, valueQueries } = input
  const cells = cellTuple(keys, valueQueries)
  const cellRows = (row: ResultRow) => ((row.cells ?? []) as unknown[][]).map((values) => cells.read(values))

  /** The cells whose values `read` needs. */
  const cellsIn = (row: ResultRow) => [...new Set(cellRows(row).map((cell) => Number(cell.cell)))]

  /** A value facet's rows from the per-cell counts: each value of the cell (or row field) gets the cell's count. */
  const valueRows = (row: ResultRow, cellValues: CellValues, i: number, facet: NormalizedFacetRequest) => {
    const fact = columnOf(facts, facet.field)
    const counts = new Map<unknown, number>()
    const add = (value: unknown, count: number) => {
      if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + count)
    }
    for (const cell of cellRows(row)) {
      const count = Number(cell[cellCount(i)] ?? 0)
      if (count <= 0) continue
      const raw = keys.includes(fact) ? cell[fact.column] : cellValues(Number(cell.cell))?.[fact.column]
      if (Array.isArray(raw)) raw.forEach((value) => add(value, count))
      else add(raw, count)
    }
    const prefix = facet.query === undefined ? undefined : likePattern(`${facet.query}%`)
    const rows = [...counts].filter(([value]) => !prefix || prefix.test(String(value))).map(([value, count]) => ({ value, count }))
    return sortFacetValues(rows, facet)
  }

  const read = (row: ResultRow, cellValues: CellValues) => ({
    answers: queries.map((query, i): FactsAnswer => {
      const answer = answerTuple(grouped[i]).read(row[answerColumn(i)] as unknown[])
      const hits = ((answer.hits ?? []) as unknown[][]).map((values) => HIT.read(values))
      const totals = answer.totals as Record<string, unknown> | null | undefined
      const facetRows = query.facets.map((facet, n): Record<string, unknown>[] | undefined => {
        if (!facet) return undefined
        if (facet.type === "stats") {
          const get = (name: string) => totals?.[`${name}_${n}`] ?? null
          return [{ min: get("min"), max: get("max"), avg: get("avg"), sum: get("sum"), count: totals?.count ?? 0 }]
        }
        if (facet.type === "range") {
          return [Object.fromEntries((facet.ranges ?? []).map((_, r) => [`r${r}`, totals?.[`r${r}_${n}`] ?? 0]))]
        }
        return valueRows(row, cellValues, i, facet)
      })
      return {
        hits: hits.map((hit) => ({ id: String(hit.id), score: Number(hit.score) })),
        count: query.count ? Number(totals?.count ?? 0) : null,
        facetRows,
      }
    }),
    documents: new Map(Object.entries((row.documents ?? {}) as Record<string, Record<string, unknown>>)),
  })

  return { cellsIn, read }
}

/** SQL LIKE (`%`, `_`, backslash escapes) as a regular expression over the whole text. */
function likePattern(pattern: string): RegExp {
  let source = ""
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === "\\" && i + 1 < pattern.length) source += escapeRegExp(pattern[++i])
    else if (char === "%") source += "[\\s\\S]*"
    else if (char === "_") source += "[\\s\\S]"
    else source += escapeRegExp(char)
  }
  return new RegExp(`^${source}$`)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Medusa's facet value order (count, then value; or by value) and limit. */
function sortFacetValues(rows: Record<string, unknown>[], facet: NormalizedFacetRequest): Record<string, unknown>[] {
  const text = (row: Record<string, unknown>) => String(row.value)
  const byValue = (a: Record<string, unknown>, b: Record<string, unknown>) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0)
  const sorted = [...rows].sort(facet.sort === "alpha" ? byValue : (a, b) => Number(b.count) - Number(a.count) || byValue(a, b))
  return sorted.slice(0, facet.limit ?? 10)
}
