/**
 * The facts table: a typed copy of each document's filterable, facetable and sortable fields,
 * kept next to Medusa's document table by triggers, and answering store searches in one statement.
 *
 * Medusa's provider reads every filter, facet and sort key out of the `indexed` jsonb column,
 * row by row and once per statement; with documents of 2–3 kB that jsonb is compressed or moved
 * out of line, and a storefront search (hits, count, six facets, disjunctive facets) walks the
 * match set a dozen times, decompressing it each time (docs/decisions/060).
 *
 * Two tables per index (docs/decisions/070):
 *
 * - **cells** (`<table>_facts_cells`): one row per distinct combination of the *cell fields* —
 *   the facetable keyword, boolean and keyword-array fields (category, kecamatan, city, badges,
 *   in stock…) and the store's scope (`status`, `sales_channel_ids`, which Medusa's store route
 *   filters on in every query). A catalog of 100,000 products has a few thousand cells. A cell's
 *   id never changes meaning (ids come from a sequence that outlives rebuilds), so the provider
 *   caches cells by id in memory.
 * - **facts** (`<table>_facts`): one row per document — its cell, a copy of `search_vector` with
 *   its own GIN index, and the *row fields* (numbers, sortable fields, integer sets such as
 *   opening slots, and any other filterable field).
 *
 * A search's counts and facets then group rows by one integer (their cell) instead of several
 * columns and arrays; a condition on cell fields is evaluated once per cell, not once per row;
 * a browse page's counts are read off the `(cell) INCLUDE (numbers)` index without touching the
 * rows; and value facets are summed in the provider from per-cell counts.
 *
 * Correctness does not depend on application code: row triggers on the document table copy
 * `indexed` and `search_vector` on every insert, update and delete (in the same transaction as
 * Medusa's write), adding a cell when a new combination appears, and a statement trigger empties
 * both tables on TRUNCATE. The provider's `ensureFacts` (re)builds them whenever the index plan
 * changes.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { isFacetable, type IndexPlan, type NormalizedFacetRequest, type PlannedField } from "@medusajs/search-postgres/dist/utils"

/** Bump when the tables' layout or the trigger changes, so existing tables are rebuilt. */
const FACTS_VERSION = 4

/**
 * Fields Medusa's POST /store/search filters product indexes on in every query (the store's
 * scope): cell fields even though they are not facets, so the scope is checked once per cell.
 */
const STORE_SCOPE_FIELDS = new Set(["status", "sales_channel_ids"])

export type FactType = "text" | "text[]" | "float8" | "boolean" | "intset"

export interface FactColumn {
  path: string
  column: string
  type: FactType
  planned: PlannedField
  /** Held by the cells table (shared by every document of the cell) rather than the facts row. */
  cell: boolean
}

export interface Facts {
  table: string
  /** One row per distinct combination of the cell fields. */
  cells: string
  /** Cell ids: outlives rebuilds of the tables, so an id never names two different cells. */
  sequence: string
  columns: Map<string, FactColumn>
  /** Changes whenever the layout does: stored as the facts table's comment. */
  signature: string
}

/** Raised while compiling a query the facts tables can't answer; the caller uses Medusa's path. */
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

/**
 * A cell field: a facetable (or store-scope) keyword, keyword array or boolean that is neither
 * the primary key nor sortable. Facetable fields are few-valued by design; a facet with one
 * value per seller would make as many cells as sellers, so such a field should be filterable only.
 */
function isCellField(planned: PlannedField, type: FactType, plan: IndexPlan): boolean {
  if (planned.path === plan.primary_key || planned.field.sortable === true) return false
  if (type === "float8" || type === "intset") return false
  return isFacetable(planned.field) || (STORE_SCOPE_FIELDS.has(planned.path) && planned.field.filterable === true)
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
    const column = `f_${planned.path.replace(/\./g, "__").toLowerCase()}`
    columns.set(planned.path, { path: planned.path, column, type, planned, cell: isCellField(planned, type, plan) })
  }
  const layout = [...columns.values()].map(({ column, type, cell }) => `${column}:${type}${cell ? ":cell" : ""}`).join(",")
  const name = factsTableName(table)
  return { table: name, cells: `${name}_cells`, sequence: `${name}_cells_seq`, columns, signature: `v${FACTS_VERSION};${plan.schema_hash};${layout}` }
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

const cellColumns = (facts: Facts) => [...facts.columns.values()].filter((column) => column.cell)
const rowColumns = (facts: Facts) => [...facts.columns.values()].filter((column) => !column.cell)

/** A column that can be read off the facts table's sort indexes (factsIndexes). */
const isIndexedSort = (fact: FactColumn) => fact.planned.field.sortable === true && !fact.cell && !isArrayFact(fact)

/**
 * The facts table's indexes, built after its rows are copied in:
 * - the text index;
 * - `(cell) INCLUDE (<facetable numbers>)`: a page without text counts and facets its rows, with
 *   price statistics and ranges, from this index alone;
 * - per sortable field, both directions, nulls last and `id` as the tie-break, exactly as
 *   `factsOrder` sorts: a page sorted by a field reads its first rows off the index.
 */
function factsIndexes(facts: Facts): string[] {
  const numbers = rowColumns(facts).filter((column) => column.type === "float8" && isFacetable(column.planned.field))
  return [
    `CREATE INDEX "${facts.table}_fts_idx" ON "${facts.table}" USING GIN ("search_vector")`,
    `CREATE INDEX "${facts.table}_cell_idx" ON "${facts.table}" ("cell")${numbers.length ? ` INCLUDE (${numbers.map((column) => `"${column.column}"`).join(", ")})` : ""}`,
    ...rowColumns(facts)
      .filter(isIndexedSort)
      .flatMap((column) =>
        ["ASC", "DESC"].map(
          (dir) => `CREATE INDEX "${facts.table}_${column.column}_${dir.toLowerCase()}_idx" ON "${facts.table}" ("${column.column}" ${dir} NULLS LAST, "id")`
        )
      ),
  ]
}

/**
 * Statements that (re)create the facts and cells tables, the trigger and their contents from the
 * document table. Run in one transaction.
 *
 * A cell is found by its key (the cell fields as one jsonb array). The trigger looks it up and
 * inserts it when missing, without a unique constraint: two writers adding the same new
 * combination at once each add a cell, which only means two cells with the same values (their
 * counts add up in every facet). A unique constraint would make concurrent batches wait on each
 * other's new cells, and deadlock.
 */
export function factsDdl(documentTable: string, facts: Facts): string[] {
  const cells = cellColumns(facts)
  const rows = rowColumns(facts)
  const cellNames = cells.map((column) => `"${column.column}"`)
  const rowNames = rows.map((column) => `"${column.column}"`)
  const key = (source: string) => `jsonb_build_array(${cells.map((column) => extractSql(source, column)).join(", ")})`
  const fn = `${facts.table}_sync`
  const list = (names: string[]) => names.map((name) => `, ${name}`).join("")
  return [
    `CREATE SEQUENCE IF NOT EXISTS "${facts.sequence}" AS integer`,
    `DROP TABLE IF EXISTS "${facts.table}"`,
    `DROP TABLE IF EXISTS "${facts.cells}"`,
    `CREATE TABLE "${facts.cells}" (
      "cell" integer PRIMARY KEY DEFAULT nextval('"${facts.sequence}"'),
      "key" jsonb NOT NULL${cells.map((column) => `,\n      "${column.column}" ${SQL_TYPES[column.type]}`).join("")}
    )`,
    `CREATE INDEX "${facts.cells}_key_idx" ON "${facts.cells}" ("key")`,
    `CREATE TABLE "${facts.table}" (
      "id" text PRIMARY KEY,
      "cell" integer NOT NULL,
      "search_vector" tsvector NOT NULL DEFAULT ''::tsvector${rows.map((column) => `,\n      "${column.column}" ${SQL_TYPES[column.type]}`).join("")}
    )`,
    `CREATE OR REPLACE FUNCTION "${fn}"() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE
      cell_key jsonb;
      cell_id integer;
    BEGIN
      IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE "${facts.table}", "${facts.cells}";
      ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM "${facts.table}" WHERE "id" = OLD."id";
      ELSE
        cell_key := ${key("NEW.indexed")};
        SELECT x."cell" INTO cell_id FROM "${facts.cells}" x WHERE x."key" = cell_key LIMIT 1;
        IF cell_id IS NULL THEN
          INSERT INTO "${facts.cells}" ("key"${list(cellNames)})
          VALUES (cell_key${cells.map((column) => `, ${extractSql("NEW.indexed", column)}`).join("")})
          RETURNING "cell" INTO cell_id;
        END IF;
        INSERT INTO "${facts.table}" ("id", "cell", "search_vector"${list(rowNames)})
        VALUES (NEW."id", cell_id, NEW."search_vector"${rows.map((column) => `, ${extractSql("NEW.indexed", column)}`).join("")})
        ON CONFLICT ("id") DO UPDATE SET ${["\"cell\"", "\"search_vector\"", ...rowNames].map((name) => `${name} = EXCLUDED.${name}`).join(", ")};
      END IF;
      RETURN NULL;
    END
    $fn$`,
    `DROP TRIGGER IF EXISTS "${fn}_row" ON "${documentTable}"`,
    `DROP TRIGGER IF EXISTS "${fn}_truncate" ON "${documentTable}"`,
    `CREATE TRIGGER "${fn}_row" AFTER INSERT OR UPDATE OR DELETE ON "${documentTable}" FOR EACH ROW EXECUTE FUNCTION "${fn}"()`,
    `CREATE TRIGGER "${fn}_truncate" AFTER TRUNCATE ON "${documentTable}" FOR EACH STATEMENT EXECUTE FUNCTION "${fn}"()`,
    `INSERT INTO "${facts.cells}" ("key"${list(cellNames)})
     SELECT DISTINCT ON (k) k${list(cellNames)} FROM (
       SELECT ${key("d.indexed")} AS k${cells.map((column) => `, ${extractSql("d.indexed", column)} AS "${column.column}"`).join("")}
       FROM "${documentTable}" d
     ) s`,
    `INSERT INTO "${facts.table}" ("id", "cell", "search_vector"${list(rowNames)})
     SELECT d."id", x."cell", d."search_vector"${rows.map((column) => `, ${extractSql("d.indexed", column)}`).join("")}
     FROM "${documentTable}" d JOIN "${facts.cells}" x ON x."key" = ${key("d.indexed")}`,
    ...factsIndexes(facts),
    `ANALYZE "${facts.cells}"`,
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

/**
 * ORDER BY on the facts columns (and `score`), ties broken by id so pages never overlap.
 * `unindexed` sorts by the same values through expressions no index matches, so the planner
 * sorts the matches instead of walking an index.
 */
export function factsOrder(order: Record<string, string> | undefined, facts: Facts, hasScore: boolean, unindexed = false): string {
  const ref = (name: string, type: FactType | "id") =>
    !unindexed ? `"${name}"` : type === "float8" ? `("${name}" + 0)` : type === "boolean" ? `("${name}" OR FALSE)` : `("${name}" || '')`
  const id = `${ref("id", "id")} ASC`
  const entries = Object.entries(order ?? {})
  if (!entries.length) {
    return hasScore ? `score DESC NULLS LAST, ${id}` : id
  }
  const clauses = entries.map(([property, direction]) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (property === "_score") return `score ${dir} NULLS LAST`
    const fact = column(facts, property)
    return isArrayFact(fact) ? unsupported(`sort by array "${property}"`) : `${ref(fact.column, fact.type)} ${dir} NULLS LAST`
  })
  if (!entries.some(([property]) => property === "id")) clauses.push(id)
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

/** A cell's values by column (a row of the cells table), for summing value facets. */
export type CellValues = (cell: number) => Record<string, unknown> | undefined

/**
 * A page sorted by an indexed field first reads this many rows off the index (at least, or
 * `WALK_FACTOR` × the rows the page needs): enough for any filter that keeps one row in 20. When
 * fewer match there, the page is sorted from all matches instead. An index walk the planner
 * picks on its own has no such bound: a filter that keeps nothing (a text and a category that
 * never meet, "open now" at night) walked every row of a 100,000-product catalog.
 */
const WALK_MIN = 2_000
const WALK_FACTOR = 20

const joinSql = (parts: Sql[], separator: string): Sql => ({
  sql: parts.map((part) => part.sql).join(separator),
  params: parts.flatMap((part) => part.params),
})

/**
 * The statement answering a group of queries that share their text (Medusa sends a store search
 * as the hits query plus one facet-only query per filtered facet), in three steps:
 *
 * 1. `m`: the match set — facts rows matching the text and the row conditions every query shares,
 *    narrowed to the columns the group reads. With text it is materialized: matched (and ranked,
 *    where a query orders by relevance) once for every pass. Without text each pass reads the
 *    facts table itself, off its indexes.
 * 2. Per query with hits, a top-N pass (`h<i>`), with the hits' documents. A page without text
 *    sorted by an indexed field reads a bounded window of that index first (`hw<i>`, from where
 *    a range on the field starts) and sorts all matches only when the window held too few.
 * 3. `g`, then `c`: one grouped pass over `m` by cell for every count and facet of the group —
 *    per query, the rows where its own row conditions hold (`FILTER`) — then, per cell, the
 *    shared cell conditions (the store's scope) and each query's own (`CASE`). Counts,
 *    statistics and ranges are sums over cells; value facets are summed by the provider from the
 *    per-cell counts (`cellsIn`, `read`).
 *
 * Conditions on cell fields are checked per cell (`"cell" IN (SELECT … FROM cells …)`), never per
 * row; a condition mixing cell and row fields is read off facts joined to their cells.
 */
export function factsStatement(input: {
  facts: Facts
  documentTable: string
  text?: TextMatch
  queries: FactsQuery[]
  /** Rows of a sort index a page reads before sorting all matches (tests make it small). */
  window?: (needed: number) => number
}): {
  statement: Sql
  /** The cells whose values `read` needs. */
  cellsIn: (row: Record<string, unknown>) => number[]
  read: (row: Record<string, unknown>, cellValues: CellValues) => { answers: FactsAnswer[]; documents: Map<string, Record<string, unknown>> }
} {
  const { facts, documentTable, text, queries } = input
  const where = (conditions: Record<string, unknown>[]) => factsWhere({ $and: conditions } as SearchTypes.SearchFilters, facts)

  const shared = queries
    .map((query) => conjuncts(query.filters).map((condition) => JSON.stringify(condition)))
    .reduce((common, keys) => common.filter((key) => keys.includes(key)))
    .map((key) => JSON.parse(key) as Record<string, unknown>)
  const sharedKeys = new Set(shared.map((condition) => JSON.stringify(condition)))
  const residual = queries.map((query) => conjuncts(query.filters).filter((condition) => !sharedKeys.has(JSON.stringify(condition))))
  const factsOf = (condition: Record<string, unknown>) => [...filterPaths(condition)].map((path) => column(facts, path))
  const onCells = (condition: Record<string, unknown>) => factsOf(condition).every((fact) => fact.cell)
  // Each query's own conditions: on cell fields only (checked once per cell), and the rest (per row).
  const cellParts = residual.map((conditions) => conditions.filter(onCells))
  const rowParts = residual.map((conditions) => conditions.filter((condition) => !onCells(condition)))
  const sharedCells = shared.filter(onCells)
  const sharedRows = shared.filter((condition) => !onCells(condition))
  // A condition mixing cell and row fields ($or of a badge and a price) is read off facts joined
  // to their cells. Otherwise the shared cell conditions (the store's scope) are checked per
  // cell, with each query's own: per page of hits, and once per cell after grouping.
  const joined = [...sharedRows, ...rowParts.flat()].some((condition) => factsOf(condition).some((fact) => fact.cell))
  const scopeCells = joined ? [] : sharedCells
  const cellsOf = (i: number) => [...scopeCells, ...cellParts[i]]

  const grouped = queries.map((query) => query.count || query.facets.some(Boolean))
  const valueFacet = (facet: NormalizedFacetRequest | null): boolean => !!facet && facet.type !== "stats" && facet.type !== "range"
  const keys: FactColumn[] = []
  const paths = new Set<string>()
  rowParts.forEach((conditions) => conditions.forEach((condition) => filterPaths(condition, paths)))
  queries.forEach((query) => {
    Object.keys(query.order ?? {}).forEach((path) => path !== "_score" && paths.add(path))
    query.facets.forEach((facet) => {
      if (!facet) return
      const fact = column(facts, facet.field)
      if (!valueFacet(facet)) {
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
  const selected = [...paths].map((path) => column(facts, path))
  if (!joined && selected.some((fact) => fact.cell)) unsupported("a cell field read per row")
  const select = [`f."id"`, `f."cell"`, ...selected.map((fact) => `${fact.cell ? "x" : "f"}."${fact.column}"`)].join(", ")
  const ctes: Sql[] = []

  /** `AND <alias>."cell" IN (cells where the conditions hold)`, or nothing when there are none. */
  const inCells = (alias: string, conditions: Record<string, unknown>[]): Sql => {
    if (!conditions.length) return { sql: "", params: [] }
    const holds = where(conditions)
    return { sql: ` AND ${alias}."cell" IN (SELECT x."cell" FROM "${facts.cells}" x WHERE ${holds.sql})`, params: holds.params }
  }
  /** Facts rows (`source`, aliased f) with the text match and the conditions every query shares on rows. */
  const scoped = (source: string): { from: string; where: Sql } => {
    const match = text?.match ?? { sql: "TRUE", params: [] }
    if (joined) {
      return { from: `${source} f JOIN "${facts.cells}" x ON x."cell" = f."cell"`, where: joinSql([match, where(shared)], " AND ") }
    }
    return { from: `${source} f`, where: joinSql([match, where(sharedRows)], " AND ") }
  }

  // 1. The match set.
  const rank = text?.rank ?? { sql: "0::float4", params: [] }
  const base = scoped(`"${facts.table}"`)
  ctes.push({
    sql: `m AS ${text ? "MATERIALIZED" : "NOT MATERIALIZED"} (SELECT ${select}, ${rank.sql} AS score FROM ${base.from} WHERE ${base.where.sql})`,
    params: [...rank.params, ...base.where.params],
  })

  // 2. The pages of hits.
  const orders = queries.map((query) => factsOrder(query.order, facts, !!text))
  queries.forEach((query, i) => {
    if (query.take <= 0) return
    const own = (alias: string) => joinSql([where(rowParts[i]), inCells(alias, cellsOf(i))], "")
    const entries = Object.entries(query.order ?? {})
    const sortPath = entries.length === 1 && entries[0][0] !== "_score" && isIndexedSort(column(facts, entries[0][0])) ? entries[0][0] : undefined
    const walks = !text && (!entries.length || !!sortPath)
    if (!walks) {
      const mine = own("m")
      ctes.push({ sql: `h${i} AS (SELECT * FROM m WHERE ${mine.sql} ORDER BY ${orders[i]} LIMIT ? OFFSET ?)`, params: [...mine.params, query.take, query.skip] })
      return
    }
    // A window of the sort index first (from where a range on the sort field starts); all
    // matches, sorted, only when the window held too few.
    const needed = query.skip + query.take
    const window = input.window?.(needed) ?? Math.max(WALK_MIN, WALK_FACTOR * needed)
    const onSortField = [...sharedRows, ...rowParts[i]].filter((condition) => sortPath && [...filterPaths(condition)].every((path) => path === sortPath))
    const start = where(onSortField)
    const head = scoped(`(SELECT * FROM "${facts.table}" WHERE ${start.sql} ORDER BY ${orders[i]} LIMIT ?)`)
    const [mineInWindow, mine] = [own("f"), own("m")]
    ctes.push({
      sql: `hw${i} AS MATERIALIZED (SELECT ${select}, 0::float4 AS score FROM ${head.from} WHERE ${head.where.sql} AND ${mineInWindow.sql} ORDER BY ${orders[i]} LIMIT ?)`,
      params: [...start.params, window, ...head.where.params, ...mineInWindow.params, needed],
    })
    ctes.push({
      sql:
        `h${i} AS ((SELECT * FROM hw${i} WHERE (SELECT count(*) FROM hw${i}) >= ? ORDER BY ${orders[i]} LIMIT ? OFFSET ?) UNION ALL ` +
        `(SELECT * FROM m WHERE (SELECT count(*) FROM hw${i}) < ? AND ${mine.sql} ORDER BY ${factsOrder(query.order, facts, !!text, true)} LIMIT ? OFFSET ?))`,
      params: [needed, query.take, query.skip, needed, ...mine.params, query.take, query.skip],
    })
  })

  // 3. One grouped pass by cell for every count and facet.
  const aggregates: { name: string; query: number; sql: Sql }[] = []
  const aggregate = (name: string, i: number, expression: (filter: string) => string, extra?: Sql) => {
    const parts = [where(rowParts[i]), ...(extra ? [extra] : [])].filter((part) => part.sql !== "TRUE")
    const filter = parts.length ? ` FILTER (WHERE ${parts.map((part) => part.sql).join(" AND ")})` : ""
    aggregates.push({ name, query: i, sql: { sql: `${expression(filter)} AS "${name}"`, params: parts.flatMap((part) => part.params) } })
  }
  queries.forEach((query, i) => {
    if (!grouped[i]) return
    aggregate(`n${i}`, i, (filter) => `COUNT(*)${filter}::int`)
    query.facets.forEach((facet, n) => {
      if (!facet) return
      const fact = column(facts, facet.field)
      if (facet.type === "stats") {
        ;["MIN", "MAX", "SUM", "COUNT"].forEach((fn) => aggregate(`${fn.toLowerCase()}${i}_${n}`, i, (filter) => `${fn}("${fact.column}")${filter}`))
      } else if (facet.type === "range") {
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
          aggregate(`r${i}_${n}_${r}`, i, (filter) => `COUNT(*)${filter}::int`, bounds)
        })
      }
    })
  })
  const valueQueries = queries.flatMap((query, i) => (grouped[i] && query.facets.some(valueFacet) ? [i] : []))
  if (grouped.some(Boolean)) {
    const groupBy = [`m."cell"`, ...keys.map((fact) => `m."${fact.column}"`)].join(", ")
    // Rows and cells no query of the group counts are left out before grouping: a filtered page
    // and its relaxed facet queries group a fraction of the scope.
    const counted = queries.flatMap((_, i) => (grouped[i] ? [i] : []))
    const rowsOf = counted.map((i) => where(rowParts[i]))
    const rowFilter = rowsOf.some((part) => part.sql === "TRUE") ? { sql: "TRUE", params: [] } : joinSql(rowsOf.map((part) => ({ sql: `(${part.sql})`, params: part.params })), " OR ")
    // Cells: only when every query has conditions of its own there (the scope alone keeps nearly every cell).
    const cellFilter = counted.every((i) => cellParts[i].length)
      ? inCells("m", [{ $and: scopeCells }, { $or: counted.map((i) => ({ $and: cellParts[i] })) }])
      : { sql: "", params: [] }
    const columns = joinSql(
      aggregates.map((item) => item.sql),
      ", "
    )
    ctes.push({
      sql: `g AS (SELECT ${groupBy}, ${columns.sql} FROM m WHERE ${rowFilter.sql}${cellFilter.sql} GROUP BY ${groupBy})`,
      params: [...columns.params, ...rowFilter.params, ...cellFilter.params],
    })
    // Then per cell: the scope, and each query's own cell conditions.
    const kept = joinSql(
      aggregates.map(({ name, query }) => {
        if (!cellParts[query].length) return { sql: `g."${name}"`, params: [] }
        const holds = where(cellParts[query])
        return { sql: `CASE WHEN ${holds.sql} THEN g."${name}" END AS "${name}"`, params: holds.params }
      }),
      ", "
    )
    const scope = where(scopeCells)
    const cellsJoin = scopeCells.length || counted.some((i) => cellParts[i].length) ? ` JOIN "${facts.cells}" x ON x."cell" = g."cell" WHERE ${scope.sql}` : ""
    ctes.push({
      sql: `c AS MATERIALIZED (SELECT g."cell"${keys.map((fact) => `, g."${fact.column}"`).join("")}, ${kept.sql} FROM g${cellsJoin})`,
      params: [...kept.params, ...scope.params],
    })
  }

  const columns = queries.map((query, i) => {
    const hits = query.take > 0 ? `(SELECT coalesce(json_agg(json_build_array(h."id", h.score) ORDER BY ${orders[i]}), '[]'::json) FROM h${i} h)` : `'[]'::json`
    if (!grouped[i]) return `json_build_array(${hits}) AS r${i}`
    const totals = [`coalesce(SUM("n${i}"), 0)::int AS count`]
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
    return `json_build_array(${hits}, (SELECT row_to_json(t) FROM (SELECT ${totals.join(", ")} FROM c) t)) AS r${i}`
  })
  // Per cell (and row-field facet value), the counts of the queries with value facets.
  const cellCounts = valueQueries.length
    ? `(SELECT coalesce(json_agg(json_build_array(c."cell"${keys.map((fact) => `, c."${fact.column}"`).join("")}${valueQueries.map((i) => `, c."n${i}"`).join("")})), '[]'::json) FROM c WHERE ${valueQueries.map((i) => `c."n${i}" > 0`).join(" OR ")}) AS cells`
    : `NULL::json AS cells`

  // The documents of every page of hits, in the same statement.
  const hitIds = queries.flatMap((query, i) => (query.take > 0 ? [`SELECT "id" FROM h${i}`] : []))
  const documents = hitIds.length
    ? `(SELECT json_object_agg(d."id", d."document") FROM "${documentTable}" d WHERE d."id" IN (${hitIds.join(" UNION ")})) AS documents`
    : `NULL::json AS documents`
  const body = joinSql(ctes, ", ")
  const statement: Sql = { sql: `WITH ${body.sql} SELECT ${[...columns, cellCounts, documents].join(", ")}`, params: body.params }

  const cellRows = (row: Record<string, unknown>) => (row.cells ?? []) as unknown[][]
  const cellsIn = (row: Record<string, unknown>) => [...new Set(cellRows(row).map((cells) => Number(cells[0])))]

  /** A value facet's rows from the per-cell counts: each value of the cell (or row field) gets the cell's count. */
  const valueRows = (row: Record<string, unknown>, cellValues: CellValues, i: number, facet: NormalizedFacetRequest) => {
    const fact = column(facts, facet.field)
    const at = 1 + keys.length + valueQueries.indexOf(i)
    const key = keys.indexOf(fact)
    const counts = new Map<unknown, number>()
    const add = (value: unknown, count: number) => {
      if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + count)
    }
    for (const cells of cellRows(row)) {
      const count = Number(cells[at] ?? 0)
      if (count <= 0) continue
      const raw = key >= 0 ? cells[1 + key] : cellValues(Number(cells[0]))?.[fact.column]
      if (Array.isArray(raw)) raw.forEach((value) => add(value, count))
      else add(raw, count)
    }
    const prefix = facet.query === undefined ? undefined : likePattern(`${facet.query}%`)
    const rows = [...counts].filter(([value]) => !prefix || prefix.test(String(value))).map(([value, count]) => ({ value, count }))
    return sortFacetValues(rows, facet)
  }

  const read = (row: Record<string, unknown>, cellValues: CellValues) => ({
    answers: queries.map((query, i): FactsAnswer => {
      const [hits, totals] = row[`r${i}`] as [[string, number][], Record<string, unknown> | null | undefined]
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
      return { hits: hits ?? [], count: query.count ? Number(totals?.count ?? 0) : null, facetRows }
    }),
    documents: new Map(Object.entries((row.documents ?? {}) as Record<string, Record<string, unknown>>)),
  })

  return { statement, cellsIn, read }
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
