/**
 * Talking to a running backend's product search, shared by the relevance report
 * (test/relevance/run.ts) and the benchmark (test/bench/search.ts).
 */

export interface SearchResult {
  hits: { id: string; document: Record<string, unknown> & { handle: string } }[]
  facets?: Record<string, unknown>
  metadata: { count: number | null; processing_time_ms?: number }
}

/** Nearest-rank percentile (p in 0..100) of the values. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** POST /store/search with one query; the first result, or an error naming the status. */
export async function searchProducts(url: string, key: string, body: unknown): Promise<SearchResult> {
  const response = await fetch(`${url}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": key },
    body: JSON.stringify(body),
  })
  const json = (await response.json()) as { results?: SearchResult[]; message?: string }
  if (!response.ok || !json.results) {
    throw new Error(`POST /store/search ${response.status}: ${json.message ?? JSON.stringify(json)}`)
  }
  return json.results[0]
}

/** Waits until the product index holds at least `expected` documents; returns the count. */
export async function waitForIndex(url: string, key: string, expected: number, timeoutMs = 180_000): Promise<number> {
  const started = Date.now()
  let count: number | null = null
  while (Date.now() - started < timeoutMs) {
    try {
      const body = { entity: "product", pagination: { take: 0 }, search_options: { count: "exact" } }
      count = (await searchProducts(url, key, body)).metadata.count
      if (count !== null && count >= expected) {
        return count
      }
    } catch {
      // not migrated or seeded yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`The product index holds ${count ?? "no"} documents after ${timeoutMs} ms (expected ${expected})`)
}
