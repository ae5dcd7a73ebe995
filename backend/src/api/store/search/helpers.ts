import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { meilisearchAvailability } from "@sentra/meilisearch-provider"
import { PRODUCT_FALLBACK_INDEX, PRODUCT_INDEX, usesMeilisearch } from "../../../lib/search/engine"
import { openNowFilter } from "../../../lib/search/open-slots"

type Filters = Record<string, unknown>

/** Whether this process is currently answering product searches from the PostgreSQL copy. */
let fallingBack = false

/**
 * The index that answers shopper product searches: `product`, or — when Meilisearch holds it
 * but doesn't answer — its PostgreSQL copy. Each switch is logged once.
 */
export async function productIndexFor(container: MedusaContainer): Promise<string> {
  if (!usesMeilisearch()) {
    return PRODUCT_INDEX
  }
  const host = process.env.MEILISEARCH_HOST!.trim()
  const available = await meilisearchAvailability(host, process.env.MEILISEARCH_API_KEY).isAvailable()
  if (available === fallingBack) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    fallingBack = !available
    if (fallingBack) {
      logger.warn(`[search] Meilisearch at ${host} is unreachable: product search falls back to PostgreSQL`)
    } else {
      logger.info(`[search] Meilisearch at ${host} answers again: product search uses Meilisearch`)
    }
  }
  return available ? PRODUCT_INDEX : PRODUCT_FALLBACK_INDEX
}

/**
 * Replaces the `open_now` shorthand in a product filter tree by the slot filter of `at`
 * (lib/search/open-slots.ts): `open_now: true` keeps sellers open at that moment, `false` is no
 * constraint. Anything else is a 400.
 */
export function expandOpenNow(filters: Filters, at: Date): Filters {
  const expanded: Filters = {}
  const clauses: Filters[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "open_now") {
      if (typeof value !== "boolean") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "filters.open_now must be true or false")
      }
      if (value) {
        clauses.push(openNowFilter(at))
      }
    } else if ((key === "$and" || key === "$or") && Array.isArray(value)) {
      expanded[key] = value.map((branch) => (isFilters(branch) ? expandOpenNow(branch, at) : branch))
    } else if (key === "$not" && isFilters(value)) {
      expanded[key] = expandOpenNow(value, at)
    } else {
      expanded[key] = value
    }
  }
  if (!clauses.length) {
    return expanded
  }
  const { $and, ...rest } = expanded
  return { ...rest, $and: [...((Array.isArray($and) ? $and : []) as Filters[]), ...clauses] }
}

const isFilters = (value: unknown): value is Filters => typeof value === "object" && value !== null && !Array.isArray(value)
