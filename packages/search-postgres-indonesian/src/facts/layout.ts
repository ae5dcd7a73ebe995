/**
 * The layout of an index's facts and cells tables: which fields get a column, of which type, and
 * in which table (README.md, "Glossary").
 */
import { isFacetable, type IndexPlan, type PlannedField } from "../medusa"

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

export const unsupported = (why: string): never => {
  throw new UnsupportedByFacts(why)
}

export const SQL_TYPES: Record<FactType, string> = {
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

/** The column of a field, or UnsupportedByFacts when it has none. */
export function columnOf(facts: Facts, path: string): FactColumn {
  return facts.columns.get(path) ?? unsupported(`no fact column for "${path}"`)
}

export const isArrayFact = (fact: FactColumn) => fact.type === "text[]" || fact.type === "intset"

export const cellColumns = (facts: Facts) => [...facts.columns.values()].filter((column) => column.cell)
export const rowColumns = (facts: Facts) => [...facts.columns.values()].filter((column) => !column.cell)

/** A column that can be read off the facts table's sort indexes (see ddl.ts). */
export const isIndexedSort = (fact: FactColumn) => fact.planned.field.sortable === true && !fact.cell && !isArrayFact(fact)
