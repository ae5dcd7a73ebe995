/**
 * The search page's state lives in its URL (/cari?q=…&kategori=…), so every result page can be
 * shared, bookmarked and reached without JavaScript. This module writes that URL; reading it
 * (with validation) is search-url.server.ts. Client-safe: no zod here, it ships to the browser.
 */

export const SEARCH_PATH = "/cari"

export const SORTS = ["relevan", "termurah", "termahal", "terbaru"] as const
export type Sort = (typeof SORTS)[number]
export const DEFAULT_SORT: Sort = "relevan"

/** Legality badges a seller can carry; each is its own URL flag (`halal=1`). */
export const BADGES = ["halal", "pirt", "nib"] as const
export type Badge = (typeof BADGES)[number]

export const PAGE_SIZE = 24

export interface SearchState {
  /** Free text; "" when the shopper only filters. */
  q: string
  /** Category handles (`kategori`), main or sub categories; any of them matches. */
  categories: string[]
  /** Kecamatan codes (`kecamatan`, e.g. 32.73.02); any of them matches. */
  districts: string[]
  /** City (regency) codes (`kota`, e.g. 32.73); any of them matches. */
  cities: string[]
  /** One seller's handle (`penjual`), from a seller suggestion. */
  seller: string | null
  /** Whole Rupiah, inclusive (`harga_min`, `harga_maks`). */
  priceMin: number | null
  priceMax: number | null
  /** Every listed badge is required. */
  badges: Badge[]
  /** `stok=1`: only products that can be bought now. */
  inStock: boolean
  /** `buka=1`: only sellers open right now. */
  openNow: boolean
  sort: Sort
  /** 1-based (`hal`). */
  page: number
}

export const EMPTY_SEARCH: SearchState = {
  q: "",
  categories: [],
  districts: [],
  cities: [],
  seller: null,
  priceMin: null,
  priceMax: null,
  badges: [],
  inStock: false,
  openNow: false,
  sort: DEFAULT_SORT,
  page: 1,
}

/** URL parameter names, in the order they are written. */
export const PARAM = {
  q: "q",
  categories: "kategori",
  districts: "kecamatan",
  cities: "kota",
  seller: "penjual",
  priceMin: "harga_min",
  priceMax: "harga_maks",
  inStock: "stok",
  openNow: "buka",
  sort: "urut",
  page: "hal",
} as const

/** The canonical query string of a state: defaults and empty values left out, lists sorted. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.q) params.set(PARAM.q, state.q)
  for (const category of [...state.categories].sort()) params.append(PARAM.categories, category)
  for (const district of [...state.districts].sort()) params.append(PARAM.districts, district)
  for (const city of [...state.cities].sort()) params.append(PARAM.cities, city)
  if (state.seller) params.set(PARAM.seller, state.seller)
  if (state.priceMin !== null) params.set(PARAM.priceMin, String(state.priceMin))
  if (state.priceMax !== null) params.set(PARAM.priceMax, String(state.priceMax))
  for (const badge of BADGES) if (state.badges.includes(badge)) params.set(badge, "1")
  if (state.inStock) params.set(PARAM.inStock, "1")
  if (state.openNow) params.set(PARAM.openNow, "1")
  if (state.sort !== DEFAULT_SORT) params.set(PARAM.sort, state.sort)
  if (state.page > 1) params.set(PARAM.page, String(state.page))
  return params
}

/** `/cari?…` for a state, optionally changed by `patch`. A filter change starts at page 1. */
export function searchHref(state: SearchState, patch: Partial<SearchState> = {}): string {
  const next = { ...state, page: 1, ...patch }
  const query = searchParamsOf(next).toString()
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH
}

/** How many filters narrow the results besides the free text. */
export function filterCount(state: SearchState): number {
  return (
    state.categories.length +
    state.districts.length +
    state.cities.length +
    state.badges.length +
    [state.seller !== null, state.priceMin !== null, state.priceMax !== null, state.inStock, state.openNow].filter(Boolean).length
  )
}

export const hasFilters = (state: SearchState): boolean => filterCount(state) > 0

/** The same search without any filter (text and sort kept). */
export function withoutFilters(state: SearchState): SearchState {
  return { ...EMPTY_SEARCH, q: state.q, sort: state.sort }
}

/**
 * `/cari?…` for what a filter form holds, without its empty fields and defaults: the URL the
 * loader would redirect to, reached directly when JavaScript submits the form.
 */
export function searchHrefOfForm(entries: Iterable<[string, FormDataEntryValue]>): string {
  const params = new URLSearchParams()
  for (const [name, value] of entries) {
    const trimmed = typeof value === "string" ? value.trim() : ""
    if (trimmed && !(name === PARAM.sort && trimmed === DEFAULT_SORT)) params.append(name, trimmed)
  }
  const query = params.toString()
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH
}
