/**
 * Documents in and out of Meilisearch. Dates are stored as epoch milliseconds so they can be
 * filtered by range and sorted (Meilisearch compares numbers, not date strings), and come back
 * as ISO strings, the shape Medusa's PostgreSQL provider returns.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { IndexPlan } from "./plan"

function mapPath(value: unknown, segments: string[], map: (leaf: unknown) => unknown): unknown {
  if (value === null || value === undefined) {
    return value
  }
  if (Array.isArray(value)) {
    return value.map((item) => mapPath(item, segments, map))
  }
  if (!segments.length) {
    return map(value)
  }
  if (typeof value !== "object") {
    return value
  }
  const [head, ...rest] = segments
  const record = value as Record<string, unknown>
  if (!(head in record)) {
    return value
  }
  return { ...record, [head]: mapPath(record[head], rest, map) }
}

const dateFields = (plan: IndexPlan) => [...plan.fields.values()].filter((field) => field.kind === "date")

const toEpoch = (leaf: unknown) => {
  const time = leaf instanceof Date ? leaf.getTime() : typeof leaf === "string" ? Date.parse(leaf) : leaf
  return typeof time === "number" && Number.isFinite(time) ? time : leaf
}

const toIso = (leaf: unknown) => (typeof leaf === "number" && Number.isFinite(leaf) ? new Date(leaf).toISOString() : leaf)

export function encodeDocument(document: SearchTypes.SearchDocument, plan: IndexPlan): Record<string, unknown> {
  let encoded: unknown = document
  for (const field of dateFields(plan)) {
    encoded = mapPath(encoded, field.path.split("."), toEpoch)
  }
  return encoded as Record<string, unknown>
}

export function decodeDocument(document: Record<string, unknown>, plan: IndexPlan): Record<string, unknown> {
  let decoded: unknown = document
  for (const field of dateFields(plan)) {
    decoded = mapPath(decoded, field.path.split("."), toIso)
  }
  return decoded as Record<string, unknown>
}
