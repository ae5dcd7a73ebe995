/**
 * Medusa's filter tree as a predicate on the facts columns, and the two ways the statement
 * builder takes a filter tree apart (the paths it reads, the conditions it ANDs).
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { columnOf, unsupported, type FactColumn, type Facts, type FactType } from "./layout"
import type { Sql } from "../sql"

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
      parts.push(fieldPredicate(columnOf(facts, key), value, params, twoValued))
    }
    return parts.join(" AND ")
  }
  const sql = filters ? compile(filters as Record<string, unknown>, false) : ""
  return { sql: sql || "TRUE", params }
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
