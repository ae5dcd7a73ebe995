/**
 * Medusa's filter tree → a Meilisearch filter expression, with the semantics of Medusa's
 * PostgreSQL provider (so one storefront query means the same on both engines):
 *
 * - on an array field, a bare value / `$eq` means "contains", `$in` / `$overlaps` "contains any",
 *   `$contains` "contains all"; range operators are refused on arrays;
 * - `null` means "absent": `{ f: null }` matches documents without a value, `$ne` and `$nin`
 *   match documents without the field;
 * - dates are compared as epoch milliseconds (how documents store them, see documents.ts);
 * - `$prefix` and `$like` are refused: Meilisearch has no substring filter.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { notAllowed } from "./errors"
import type { IndexPlan, PlannedField } from "./plan"

type Filters = SearchTypes.SearchFilters
type Scalar = string | number | boolean | Date | null

const OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$gt", "$gte", "$lt", "$lte", "$exists", "$contains", "$overlaps", "$prefix", "$like"])

/** A value as a Meilisearch literal: strings double-quoted, dates as epoch milliseconds. */
export function literal(field: PlannedField, value: Scalar): string {
  if (value instanceof Date || (field.kind === "date" && typeof value === "string")) {
    const time = new Date(value as string | Date).getTime()
    if (Number.isNaN(time)) {
      throw notAllowed(`"${String(value)}" is not a date (filter on "${field.path}")`)
    }
    return String(time)
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw notAllowed(`Filter on "${field.path}" needs a finite number`)
    }
    return String(value)
  }
  if (typeof value === "boolean") {
    return String(value)
  }
  if (field.kind === "number" && typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return String(Number(value))
  }
  if (field.kind === "boolean" && (value === "true" || value === "false")) {
    return value
  }
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

const absent = (path: string) => `(${path} NOT EXISTS OR ${path} IS NULL)`
const present = (path: string) => `(${path} EXISTS AND ${path} IS NOT NULL)`

function equals(field: PlannedField, value: Scalar): string {
  return value === null || value === undefined ? absent(field.path) : `${field.path} = ${literal(field, value)}`
}

function anyOf(field: PlannedField, values: Scalar[]): string {
  const nulls = values.some((value) => value === null || value === undefined)
  const rest = values.filter((value) => value !== null && value !== undefined)
  const parts = [
    ...(rest.length ? [`${field.path} IN [${rest.map((value) => literal(field, value)).join(", ")}]`] : []),
    ...(nulls ? [absent(field.path)] : []),
  ]
  if (!parts.length) {
    // Nothing can equal a member of an empty list.
    return `${field.path} IN []`
  }
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

function comparison(field: PlannedField, operator: string, value: Scalar): string {
  if (field.array) {
    throw notAllowed(`Operator "${operator}" is not supported on array field "${field.path}"`)
  }
  if (value === null || value === undefined) {
    throw notAllowed(`Operator "${operator}" on "${field.path}" needs a value`)
  }
  const symbol = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }[operator]!
  return `${field.path} ${symbol} ${literal(field, value)}`
}

const asList = (value: unknown): Scalar[] => (Array.isArray(value) ? value : [value]) as Scalar[]

function fieldPredicate(path: string, raw: unknown, plan: IndexPlan): string {
  const field = plan.fields.get(path)
  if (!field) {
    throw notAllowed(`Unknown filter field "${path}" on the Meilisearch provider`)
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    return Array.isArray(raw) ? anyOf(field, raw as Scalar[]) : equals(field, raw as Scalar)
  }
  const operators = Object.entries(raw as Record<string, unknown>)
  if (!operators.length) {
    throw notAllowed(`Empty operator map on filter field "${path}"`)
  }
  const parts = operators.map(([operator, value]) => {
    if (!OPERATORS.has(operator)) {
      throw notAllowed(`The Meilisearch provider does not support operator "${operator}" on "${path}"`)
    }
    switch (operator) {
      case "$eq":
        return equals(field, value as Scalar)
      case "$ne":
        return value === null || value === undefined ? present(path) : `NOT ${equals(field, value as Scalar)}`
      case "$in":
        return anyOf(field, asList(value))
      case "$nin":
        return `NOT ${anyOf(field, asList(value))}`
      case "$exists":
        return value ? present(path) : absent(path)
      case "$contains": {
        if (!field.array) {
          throw notAllowed(`Operator $contains on "${path}" needs an array field`)
        }
        const values = asList(value)
        return values.length === 1 ? equals(field, values[0]) : `(${values.map((v) => equals(field, v)).join(" AND ")})`
      }
      case "$overlaps":
        if (!field.array) {
          throw notAllowed(`Operator $overlaps on "${path}" needs an array field`)
        }
        return anyOf(field, asList(value))
      case "$prefix":
      case "$like":
        throw notAllowed(`Meilisearch has no substring filter: "${operator}" on "${path}" is not supported`)
      default:
        return comparison(field, operator, value as Scalar)
    }
  })
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** The Meilisearch filter of a filter tree (`q` is not a filter and is skipped), or undefined. */
export function compileFilter(filters: Filters | undefined, plan: IndexPlan): string | undefined {
  if (!filters) {
    return undefined
  }
  const compile = (branch: Filters): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q" || value === undefined) {
        continue
      }
      if (key === "$and" || key === "$or") {
        const nested = ((value as Filters[]) ?? []).map(compile).filter(Boolean)
        if (nested.length) {
          parts.push(nested.length === 1 ? nested[0] : `(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        }
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Filters)
        if (nested) {
          parts.push(`NOT (${nested})`)
        }
        continue
      }
      parts.push(fieldPredicate(key, value, plan))
    }
    return parts.length > 1 ? `(${parts.join(" AND ")})` : (parts[0] ?? "")
  }
  return compile(filters) || undefined
}

/** ANDs two Meilisearch filters (either may be missing). */
export function andFilters(...filters: (string | undefined)[]): string | undefined {
  const present = filters.filter((filter): filter is string => !!filter)
  return present.length > 1 ? present.map((filter) => `(${filter})`).join(" AND ") : present[0]
}
