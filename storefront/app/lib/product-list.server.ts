/**
 * Paged product cards for the browse pages (category, kecamatan, seller): the product search
 * index (POST /store/search) filtered by category, kecamatan or seller, newest first. Server only.
 */
import { redirect } from "@remix-run/node"
import type { ProductCardView } from "~/components/product-card"
import { env } from "~/lib/env.server"
import { medusa } from "~/lib/medusa.server"
import { EMPTY_SEARCH, PAGE_SIZE, type SearchState } from "~/lib/search-url"
import { toSearchHit, toSearchRequest, type ProductSearchResult } from "~/lib/search-view"

const LIST_TIMEOUT_MS = 8_000
/** Pages past this are not offered (the search page caps the same way). */
export const MAX_LIST_PAGE = 100

export interface ProductListFilter {
  categories?: string[]
  districts?: string[]
  seller?: string
}

export interface ProductListView {
  products: ProductCardView[]
  total: number
  page: number
  pageCount: number
}

/** The 1-based page of `?hal=`; anything else is page 1. */
export function pageParam(url: URL): number {
  const page = Number(url.searchParams.get("hal"))
  return Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_LIST_PAGE) : 1
}

export async function listProducts(filter: ProductListFilter, page: number, signal?: AbortSignal): Promise<ProductListView> {
  const state: SearchState = {
    ...EMPTY_SEARCH,
    categories: filter.categories ?? [],
    districts: filter.districts ?? [],
    seller: filter.seller ?? null,
    page,
  }
  // The search page's request without facets: only the hits and their count.
  const { search_options: { facets: _facets, disjunctive_facets: _disjunctive, ...options }, ...request } =
    toSearchRequest(state)
  const timeout = AbortSignal.timeout(LIST_TIMEOUT_MS)
  const { results } = await medusa.client.fetch<{ results: ProductSearchResult[] }>("/store/search", {
    method: "POST",
    body: { ...request, search_options: options },
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  })
  const result = results[0]
  const total = result.metadata.count ?? result.hits.length
  return {
    products: result.hits.map((hit) => {
      const { city: _city, ...card } = toSearchHit(hit.document, env.MEDUSA_BACKEND_URL)
      return card
    }),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  }
}

/** A page past the last one (an old link, a hand-edited URL) redirects to the last page. */
export function redirectPastLastPage(url: URL, list: ProductListView): void {
  if (list.page <= list.pageCount) return
  const target = new URL(url)
  if (list.pageCount > 1) target.searchParams.set("hal", String(list.pageCount))
  else target.searchParams.delete("hal")
  throw redirect(`${target.pathname}${target.search}`)
}
