import {
  configureStoreSearch,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_FALLBACK_INDEX, PRODUCT_INDEX } from "../../../lib/search/engine"
import { expandOpenNow, productIndexFor } from "./helpers"
import { StoreSearchSuggestQuery } from "./validators"

/** Longer queries are not typed by shoppers; each word costs the engine a little. */
const MAX_QUERY_LENGTH = 200

type SearchQueryBody = {
  entity: string
  filters?: Record<string, unknown>
  search_options?: Record<string, unknown>
}

/**
 * Shopper product queries on Medusa's POST /store/search, before the route runs:
 * - typo tolerance on unless the query turns it off (Medusa's default is off);
 * - the `open_now` filter shorthand expanded to the slot filter of this moment;
 * - the index chosen: Meilisearch's `product`, or its PostgreSQL copy while Meilisearch is down.
 * Works on the validated body when Medusa's validator ran first, on the raw body otherwise.
 */
async function tuneProductSearch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = ((req as MedusaRequest & { validatedBody?: unknown }).validatedBody ?? req.body) as
    | { queries?: SearchQueryBody[] }
    | SearchQueryBody
    | undefined
  const queries = body && typeof body === "object" ? ("queries" in body && Array.isArray(body.queries) ? body.queries : [body]) : []
  const now = new Date()
  let index: string | undefined
  for (const query of queries as SearchQueryBody[]) {
    if (!query || typeof query !== "object") {
      continue
    }
    if (query.entity === PRODUCT_FALLBACK_INDEX) {
      // The copy is an implementation detail: it is answered like an index that doesn't exist.
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No search index named "${PRODUCT_FALLBACK_INDEX}"`)
    }
    if (query.entity !== PRODUCT_INDEX) {
      continue
    }
    const q = isObject(query.filters) ? query.filters.q : undefined
    if (q !== undefined && (typeof q !== "string" || q.length > MAX_QUERY_LENGTH)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `filters.q must be a text of at most ${MAX_QUERY_LENGTH} characters`)
    }
    query.search_options = { typo_tolerance: true, ...(isObject(query.search_options) ? query.search_options : {}) }
    if (isObject(query.filters)) {
      query.filters = expandOpenNow(query.filters, now)
    }
    index ??= await productIndexFor(req.scope)
    query.entity = index
  }
  next()
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/search",
    middlewares: [
      configureStoreSearch({ allowed_indexes: { [PRODUCT_INDEX]: true, [PRODUCT_FALLBACK_INDEX]: true } }),
      tuneProductSearch,
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/search/suggest",
    middlewares: [validateAndTransformQuery(StoreSearchSuggestQuery, {})],
  },
]
