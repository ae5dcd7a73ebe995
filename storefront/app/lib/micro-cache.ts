/**
 * A time-to-live cache of promises with single flight: concurrent misses for one key share one
 * call, a failure is never kept, at most `maxEntries` keys (oldest dropped first). Used by the
 * catalog micro-cache (catalog-cache.server.ts, decision 101).
 */
export const MAX_ENTRIES = 500

interface Entry {
  expires: number
  value: Promise<unknown>
}

export function catalogCacheSeconds(source: Record<string, string | undefined> = process.env): number {
  const configured = Number(source.CATALOG_CACHE_SECONDS)
  if (source.CATALOG_CACHE_SECONDS !== undefined && source.CATALOG_CACHE_SECONDS !== "" && Number.isFinite(configured) && configured >= 0) {
    return configured
  }
  return source.NODE_ENV === "production" ? 10 : 0
}

/** A cache of promises by key with a time to live; `now` is injectable for tests. */
export function createMicroCache(options: { ttlMs: number; maxEntries?: number; now?: () => number }) {
  const entries = new Map<string, Entry>()
  const now = options.now ?? Date.now
  const max = options.maxEntries ?? MAX_ENTRIES
  return {
    get size() {
      return entries.size
    },
    read<T>(key: string, load: () => Promise<T>): Promise<T> {
      if (options.ttlMs <= 0) return load()
      const hit = entries.get(key)
      if (hit && hit.expires > now()) return hit.value as Promise<T>
      entries.delete(key)
      const value = load()
      entries.set(key, { expires: now() + options.ttlMs, value })
      // Errors are not kept: the next request tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key)
      })
      while (entries.size > max) entries.delete(entries.keys().next().value!)
      return value
    },
  }
}

