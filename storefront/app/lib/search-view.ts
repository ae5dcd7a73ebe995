/**
 * Search state → POST /store/search body, and the engine's answer → what the page renders.
 * Pure functions (no I/O, no env), so they are unit-tested without a backend; search.server.ts
 * does the calls.
 */
import { PRODUCT_FACETS, PRODUCT_HIT_FIELDS, PRODUCT_INDEX, type ProductHitDocument } from "@sentra/search-contract"
import { backendAssetUrl } from "~/lib/asset-url"
import { BADGES, EMPTY_SEARCH, PAGE_SIZE, searchHref, type Badge, type SearchState } from "~/lib/search-url"

const FACET_LIMIT = 100

/** Sort → the index's sort fields; relevance is the engine's own order. */
const ORDER: Record<SearchState["sort"], Record<string, "ASC" | "DESC"> | undefined> = {
  relevan: undefined,
  termurah: { price: "ASC" },
  termahal: { price: "DESC" },
  terbaru: { created_at: "DESC" },
}

type Filters = Record<string, unknown>

/** The body of POST /store/search for one results page, with the facets the filters show. */
export function toSearchRequest(state: SearchState) {
  const filters: Filters = {}
  if (state.q) filters.q = state.q
  // A product carries its sub category and its main category: any selected one matches.
  if (state.categories.length) filters[PRODUCT_FACETS.categories] = { $overlaps: state.categories }
  if (state.districts.length) filters[PRODUCT_FACETS.districts] = { $in: state.districts }
  if (state.cities.length) filters[PRODUCT_FACETS.cities] = { $in: state.cities }
  if (state.seller) filters.seller_handle = state.seller
  if (state.priceMin !== null || state.priceMax !== null) {
    filters.price = {
      ...(state.priceMin !== null ? { $gte: state.priceMin } : {}),
      ...(state.priceMax !== null ? { $lte: state.priceMax } : {}),
    }
  }
  if (state.badges.length) filters[PRODUCT_FACETS.badges] = { $contains: state.badges }
  if (state.inStock) filters[PRODUCT_FACETS.inStock] = true
  if (state.openNow) filters.open_now = true

  // Without text there is no relevance: newest first.
  const order = ORDER[state.sort] ?? (state.q ? undefined : ORDER.terbaru)
  return {
    entity: PRODUCT_INDEX,
    fields: [...PRODUCT_HIT_FIELDS],
    filters,
    pagination: { take: PAGE_SIZE, skip: (state.page - 1) * PAGE_SIZE, ...(order ? { order } : {}) },
    search_options: {
      // The last word may be half-typed ("tas anyam" + Enter): it matches as a prefix. The other
      // words match in full, typo tolerance included, as with the default strategy.
      ...(state.q ? { match_strategy: "last" as const } : {}),
      facets: [
        { field: PRODUCT_FACETS.categories, limit: FACET_LIMIT },
        { field: PRODUCT_FACETS.districts, limit: FACET_LIMIT },
        { field: PRODUCT_FACETS.cities, limit: FACET_LIMIT },
        { field: PRODUCT_FACETS.badges, limit: BADGES.length },
        PRODUCT_FACETS.inStock,
        { field: PRODUCT_FACETS.price, type: "stats" as const },
      ],
      // Each facet counts as if its own filter were off: the shopper sees the other values it could add.
      disjunctive_facets: true,
    },
  }
}

/** A count-only body: how many products the state matches, no hits, no facets. */
export function toCountRequest(state: SearchState) {
  const { entity, filters, search_options } = toSearchRequest(state)
  const { facets: _facets, disjunctive_facets: _disjunctive, ...options } = search_options
  return { entity, fields: ["id"], filters, pagination: { take: 0 }, search_options: options }
}

// ---- The engine's answer (Medusa's SearchResult, as JSON; hit documents: @sentra/search-contract) ----

interface ValueFacet {
  type: "value"
  values: { value: string; count: number }[]
}
interface StatsFacet {
  type: "stats"
  min: number
  max: number
  count: number
}
interface RangeFacet {
  type: "range"
}

export interface ProductSearchResult {
  hits: { id: string; document: ProductHitDocument }[]
  facets?: Record<string, ValueFacet | StatsFacet | RangeFacet>
  metadata: { count: number | null; skip: number; take: number }
}

/** Names for facet values, which the index holds as handles and codes. */
export interface SearchLabels {
  /** In display order, main categories before their sub categories. */
  categories: { handle: string; name: string; parent: string | null }[]
  districts: { code: string; name: string; city: string; cityCode: string }[]
}

/**
 * The state without category, kecamatan and city values the store doesn't have (typos, stale
 * links): they would only empty the results.
 */
export function withKnownValues(state: SearchState, labels: SearchLabels): SearchState {
  const categories = new Set(labels.categories.map((c) => c.handle))
  const districts = new Set(labels.districts.map((d) => d.code))
  const cities = new Set(labels.districts.map((d) => d.cityCode))
  return {
    ...state,
    categories: state.categories.filter((value) => categories.has(value)),
    districts: state.districts.filter((value) => districts.has(value)),
    cities: state.cities.filter((value) => cities.has(value)),
  }
}

// ---- What the page renders ----

export interface SearchHitView {
  id: string
  /** For the link to /produk/:handle. */
  handle: string
  title: string
  thumbnail: string | null
  /** Whole Rupiah; null when unpriced. */
  price: number | null
  seller: string | null
  sellerId: string | null
  district: string | null
  city: string | null
  badges: Badge[]
  inStock: boolean
}

export interface FacetOption {
  value: string
  label: string
  count: number
  selected: boolean
  /** A second line: the city of a kecamatan. */
  detail?: string
  /** 1 for a sub category under its main category. */
  depth?: 0 | 1
}

export interface SearchFacetsView {
  categories: FacetOption[]
  districts: FacetOption[]
  cities: FacetOption[]
  badges: FacetOption[]
  /** Matching products that can be bought now. */
  inStock: number
  /** Price span of the matching products (ignoring the price filter), for the inputs' hints. */
  price: { min: number; max: number } | null
}

export interface SearchResultsView {
  total: number
  page: number
  pageCount: number
  hits: SearchHitView[]
  facets: SearchFacetsView
  /** The seller's name when the results are narrowed to one seller. */
  sellerName: string | null
  /** Main categories to browse instead, only when nothing matched. */
  popular: { handle: string; name: string }[]
  /** When filters left nothing: how many products the text alone matches (null: not asked). */
  unfilteredTotal: number | null
}

const isBadge = (value: unknown): value is Badge => (BADGES as readonly unknown[]).includes(value)

function valueCounts(facet: ValueFacet | StatsFacet | RangeFacet | undefined): Map<string, number> {
  return new Map(facet?.type === "value" ? facet.values.map(({ value, count }) => [String(value), count]) : [])
}

/** Options with a count, plus the selected ones the engine no longer counts (so they can be unticked). */
function options(
  counts: Map<string, number>,
  selected: string[],
  label: (value: string) => Omit<FacetOption, "value" | "count" | "selected"> | null
): FacetOption[] {
  const values = [...new Set([...counts.keys(), ...selected])]
  return values.flatMap((value) => {
    const described = label(value)
    if (!described) return []
    return [{ value, count: counts.get(value) ?? 0, selected: selected.includes(value), ...described }]
  })
}

/** Selected values first (they stay visible when a list is folded), then the most products. */
const bySelectedThenCount = (a: FacetOption, b: FacetOption) =>
  Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label, "id")

export function toSearchFacets(
  facets: ProductSearchResult["facets"],
  state: SearchState,
  labels: SearchLabels
): SearchFacetsView {
  const categoryCounts = valueCounts(facets?.[PRODUCT_FACETS.categories])
  const order = new Map(labels.categories.map((category, index) => [category.handle, index]))
  const category = new Map(labels.categories.map((c) => [c.handle, c]))
  const district = new Map(labels.districts.map((d) => [d.code, d]))
  const cityNames = new Map(labels.districts.map((d) => [d.cityCode, d.city]))

  const categories = options(categoryCounts, state.categories, (handle) => {
    const known = category.get(handle)
    return known ? { label: known.name, depth: known.parent ? 1 : 0 } : null
  })
    .filter((option) => option.count > 0 || option.selected)
    .sort((a, b) => order.get(a.value)! - order.get(b.value)!)

  const districts = options(valueCounts(facets?.[PRODUCT_FACETS.districts]), state.districts, (code) => {
    const known = district.get(code)
    return { label: known?.name ?? code, ...(known ? { detail: known.city } : {}) }
  }).sort(bySelectedThenCount)

  const cities = options(valueCounts(facets?.[PRODUCT_FACETS.cities]), state.cities, (code) => ({
    label: cityNames.get(code) ?? code,
  })).sort(bySelectedThenCount)

  const badgeCounts = valueCounts(facets?.[PRODUCT_FACETS.badges])
  const badges = BADGES.map((badge) => ({
    value: badge,
    label: badge,
    count: badgeCounts.get(badge) ?? 0,
    selected: state.badges.includes(badge),
  }))

  const stats = facets?.[PRODUCT_FACETS.price]
  return {
    categories,
    districts,
    cities,
    badges,
    inStock: valueCounts(facets?.[PRODUCT_FACETS.inStock]).get("true") ?? 0,
    price: stats?.type === "stats" && stats.count > 0 ? { min: stats.min, max: stats.max } : null,
  }
}

export function toSearchHit(document: ProductHitDocument, backendUrl: string): SearchHitView {
  return {
    id: document.id,
    handle: document.handle,
    title: document.title,
    thumbnail: backendAssetUrl(document.thumbnail, backendUrl),
    price: typeof document.price === "number" && Number.isFinite(document.price) ? document.price : null,
    seller: document.seller_name ?? null,
    sellerId: document.seller_id ?? null,
    district: document.district_name ?? null,
    city: document.city ?? null,
    badges: BADGES.filter((badge) => (document.badges ?? []).filter(isBadge).includes(badge)),
    inStock: document.in_stock !== false,
  }
}

export function toSearchResults(
  result: ProductSearchResult,
  state: SearchState,
  labels: SearchLabels,
  backendUrl: string
): SearchResultsView {
  const hits = result.hits.map((hit) => toSearchHit(hit.document, backendUrl))
  const total = result.metadata.count ?? result.metadata.skip + hits.length
  const sellerName = state.seller ? (result.hits.find((hit) => hit.document.seller_name)?.document.seller_name ?? null) : null
  return {
    total,
    page: state.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    hits,
    facets: toSearchFacets(result.facets, state, labels),
    sellerName,
    popular: total === 0 ? labels.categories.filter((c) => !c.parent).map(({ handle, name }) => ({ handle, name })) : [],
    unfilteredTotal: null,
  }
}

// ---- Suggestions (GET /store/search/suggest) ----

export interface SuggestResponse {
  q: string
  products: { id: string; handle: string; title: string; thumbnail?: string | null; price?: number | null; seller_name?: string | null }[]
  sellers: { id: string; handle: string; name: string }[]
  districts: { code: string; name: string; city: string }[]
}

export interface SuggestionOption {
  id: string
  label: string
  detail: string | null
  href: string
  image: string | null
  /** Whole Rupiah, products only. */
  price: number | null
}

export interface SuggestionsView {
  q: string
  products: SuggestionOption[]
  sellers: SuggestionOption[]
  districts: SuggestionOption[]
}

export const NO_SUGGESTIONS = (q: string): SuggestionsView => ({ q, products: [], sellers: [], districts: [] })

/**
 * Suggestions lead to result pages: a product to a search for its title (there is no product
 * page yet), a seller to its products, a kecamatan to its products.
 */
export function toSuggestions(response: SuggestResponse, backendUrl: string): SuggestionsView {
  const href = (patch: Partial<SearchState>) => searchHref(EMPTY_SEARCH, patch)
  return {
    q: response.q,
    products: response.products.map((product) => ({
      id: `p-${product.id}`,
      label: product.title,
      detail: product.seller_name ?? null,
      href: href({ q: product.title }),
      image: backendAssetUrl(product.thumbnail, backendUrl),
      price: typeof product.price === "number" ? product.price : null,
    })),
    sellers: response.sellers.map((seller) => ({
      id: `s-${seller.handle}`,
      label: seller.name,
      detail: null,
      href: href({ seller: seller.handle }),
      image: null,
      price: null,
    })),
    districts: response.districts.map((district) => ({
      id: `d-${district.code}`,
      label: district.name,
      detail: district.city,
      href: href({ districts: [district.code] }),
      image: null,
      price: null,
    })),
  }
}
