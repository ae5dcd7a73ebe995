/**
 * Product search through the backend: Medusa's POST /store/search on the `product` index, and
 * GET /store/search/suggest for the search box. Server only.
 */
import { env } from "~/lib/env.server"
import { medusa } from "~/lib/medusa.server"
import { hasFilters, withoutFilters, type SearchState } from "~/lib/search-url"
import {
  NO_SUGGESTIONS,
  toCountRequest,
  toSearchRequest,
  toSearchResults,
  toSuggestions,
  type ProductSearchResult,
  type SearchLabels,
  type SearchResultsView,
  type SuggestionsView,
  type SuggestResponse,
} from "~/lib/search-view"

/** A results page waits this long for the backend before showing the "try again" page. */
const SEARCH_TIMEOUT_MS = 8_000
/** Suggestions are worthless once the shopper has typed on: give up early. */
const SUGGEST_TIMEOUT_MS = 2_000
const SUGGESTION_LIMIT = 5
/** Category and kecamatan names change rarely (staff edits); re-read them this often. */
const LABELS_TTL_MS = 5 * 60_000

/** The backend could not answer (down, timed out, or refused the query). */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Product search is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = "SearchUnavailableError"
  }
}

const within = (ms: number, signal?: AbortSignal) =>
  signal ? AbortSignal.any([signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms)

interface CategoryRow {
  id: string
  handle: string
  name: string
  rank?: number | null
  parent_category_id?: string | null
}
interface DistrictRow {
  code: string
  name: string
  city: string
  regency_code: string
}

async function fetchLabels(): Promise<SearchLabels> {
  const signal = AbortSignal.timeout(SEARCH_TIMEOUT_MS)
  const [{ product_categories }, { districts }] = await Promise.all([
    medusa.client.fetch<{ product_categories: CategoryRow[] }>("/store/product-categories", {
      query: { fields: "id,handle,name,rank,parent_category_id", limit: 200 },
      signal,
    }),
    medusa.client.fetch<{ districts: DistrictRow[] }>("/store/districts", { query: { limit: 500 }, signal }),
  ])
  const byRank = (a: CategoryRow, b: CategoryRow) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, "id")
  const handleOf = new Map(product_categories.map((c) => [c.id, c.handle]))
  const mains = product_categories.filter((c) => !c.parent_category_id).sort(byRank)
  return {
    categories: mains.flatMap((main) => [
      { handle: main.handle, name: main.name, parent: null },
      ...product_categories
        .filter((c) => c.parent_category_id === main.id)
        .sort(byRank)
        .map((c) => ({ handle: c.handle, name: c.name, parent: handleOf.get(main.id) ?? null })),
    ]),
    districts: districts.map((d) => ({ code: d.code, name: d.name, city: d.city, cityCode: d.regency_code })),
  }
}

let cachedLabels: { value: Promise<SearchLabels>; expires: number } | undefined

/** Names of categories and kecamatan, cached per server process; a failed read is not cached. */
function getSearchLabels(): Promise<SearchLabels> {
  if (!cachedLabels || cachedLabels.expires < Date.now()) {
    const value = fetchLabels()
    const entry = { value, expires: Date.now() + LABELS_TTL_MS }
    cachedLabels = entry
    value.catch(() => {
      if (cachedLabels === entry) cachedLabels = undefined
    })
  }
  return cachedLabels.value
}

/** Names of categories and kecamatan; throws SearchUnavailableError when the backend can't answer. */
export async function loadSearchLabels(): Promise<SearchLabels> {
  try {
    return await getSearchLabels()
  } catch (error) {
    throw new SearchUnavailableError(error)
  }
}

/** One results page with its facets; throws SearchUnavailableError when the backend can't answer. */
export async function searchProducts(
  state: SearchState,
  labels: SearchLabels,
  signal?: AbortSignal
): Promise<SearchResultsView> {
  try {
    const response = await medusa.client.fetch<{ results: ProductSearchResult[] }>("/store/search", {
      method: "POST",
      body: toSearchRequest(state),
      signal: within(SEARCH_TIMEOUT_MS, signal),
    })
    const results = toSearchResults(response.results[0], state, labels, env.MEDUSA_BACKEND_URL)
    if (results.total > 0 || !hasFilters(state)) return results
    // Nothing matched: tell the shopper whether the text finds anything once the filters go.
    const unfiltered = await medusa.client.fetch<{ results: ProductSearchResult[] }>("/store/search", {
      method: "POST",
      body: toCountRequest(withoutFilters(state)),
      signal: within(SEARCH_TIMEOUT_MS, signal),
    })
    return { ...results, unfilteredTotal: unfiltered.results[0].metadata.count ?? 0 }
  } catch (error) {
    throw new SearchUnavailableError(error)
  }
}

/** Suggestions for the search box; none (rather than an error) when the backend can't answer. */
export async function suggestProducts(q: string, signal?: AbortSignal): Promise<SuggestionsView> {
  try {
    const response = await medusa.client.fetch<SuggestResponse>("/store/search/suggest", {
      query: { q, limit: SUGGESTION_LIMIT },
      signal: within(SUGGEST_TIMEOUT_MS, signal),
    })
    return toSuggestions(response, env.MEDUSA_BACKEND_URL)
  } catch (error) {
    if (!signal?.aborted) console.warn(`[search] suggestions for "${q}" failed:`, error instanceof Error ? error.message : error)
    return NO_SUGGESTIONS(q)
  }
}
