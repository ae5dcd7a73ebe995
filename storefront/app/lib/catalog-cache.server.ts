/**
 * A micro-cache for the catalog reads every shopper shares (featured kecamatan, this hour's
 * rotation, a kecamatan, a seller, a product): the same answer for everyone, so one backend call
 * serves every request for a few seconds (decision 101). On a busy evening a thousand shoppers
 * opening the home page cost the backend one rotation query per interval, not a thousand.
 *
 * - Only public, anonymous GET reads go through here; carts, checkout, orders and the seller
 *   panel never do.
 * - Single flight: concurrent misses for one key share one backend call.
 * - A failed call is not cached. The call is not tied to one shopper's request (its abort signal),
 *   since others may be waiting on it.
 * - `CATALOG_CACHE_SECONDS` (default 10 in production, 0 = off elsewhere) bounds staleness; the
 *   cache holds at most 500 keys (oldest dropped first).
 */
import { medusa } from "~/lib/medusa.server"
import { catalogCacheSeconds, createMicroCache } from "~/lib/micro-cache"

/** A shared read gives up after this long (no shopper's request can cancel it). */
const READ_TIMEOUT_MS = 10_000

const cache = createMicroCache({ ttlMs: catalogCacheSeconds() * 1000 })

type Query = Record<string, string | number | boolean | string[] | undefined>

/** GET a public store route through the micro-cache. */
export function catalogRead<T>(path: string, query: Query = {}): Promise<T> {
  const key = `${path}?${JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)))}`
  return cache.read(key, () => medusa.client.fetch<T>(path, { query, signal: AbortSignal.timeout(READ_TIMEOUT_MS) }))
}
