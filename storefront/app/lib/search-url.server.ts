import { z } from "zod"
import {
  BADGES,
  DEFAULT_SORT,
  PARAM,
  searchParamsOf,
  SORTS,
  type Badge,
  type SearchState,
} from "~/lib/search-url"

/**
 * Reads the search state from a URL. Anything a shopper (or a crawler) may put in the URL is
 * survivable: bad values are dropped, numbers clamped, lists deduplicated and capped. Never
 * throws, so a hand-edited URL never becomes a 500.
 */

export const MAX_QUERY_LENGTH = 100
export const MAX_PAGE = 100
export const MAX_PRICE = 1_000_000_000
const MAX_VALUES = 20

const ON = new Set(["1", "on", "true", "ya"])

const text = z
  .string()
  // Control characters (a NUL cannot even be stored; the backend refuses it) read as spaces.
  // eslint-disable-next-line no-control-regex
  .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim())
  .catch("")

const list = (pattern: RegExp) =>
  z
    .array(z.string())
    .transform((values) =>
      [...new Set(values.map((value) => value.trim().toLowerCase()).filter((value) => pattern.test(value)))]
        .sort()
        .slice(0, MAX_VALUES)
    )
    .catch([])

/** Whole Rupiah; "25.000", "Rp 25.000" and "25000" are all 25000. */
const price = z
  .string()
  .transform((value) => value.replace(/^\s*rp\.?/i, "").replace(/[\s.]/g, ""))
  .pipe(z.string().regex(/^\d{1,13}$/).transform(Number))
  .transform((value) => Math.min(value, MAX_PRICE))
  .nullable()
  .catch(null)

const flag = z
  .string()
  .transform((value) => ON.has(value.trim().toLowerCase()))
  .catch(false)

const page = z.coerce
  .number()
  .int()
  .transform((value) => Math.min(Math.max(value, 1), MAX_PAGE))
  .catch(1)

const handle = /^[a-z0-9][a-z0-9-]{0,99}$/

const schema = z.object({
  q: text,
  categories: list(handle),
  districts: list(/^\d{2}\.\d{2}\.\d{2}$/),
  cities: list(/^\d{2}\.\d{2}$/),
  seller: z.string().trim().toLowerCase().regex(handle).nullable().catch(null),
  priceMin: price,
  priceMax: price,
  badges: z.array(z.enum(BADGES)),
  inStock: flag,
  openNow: flag,
  sort: z.enum(SORTS).catch(DEFAULT_SORT),
  page,
})

/** The free text of a query parameter, as the search uses it (whitespace collapsed, capped). */
export function parseQuery(value: string | null): string {
  return text.parse(value ?? "")
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const one = (name: string) => params.get(name) ?? undefined
  const state = schema.parse({
    q: one(PARAM.q) ?? "",
    categories: params.getAll(PARAM.categories),
    districts: params.getAll(PARAM.districts),
    cities: params.getAll(PARAM.cities),
    seller: one(PARAM.seller) ?? null,
    priceMin: one(PARAM.priceMin) ?? null,
    priceMax: one(PARAM.priceMax) ?? null,
    badges: BADGES.filter((badge: Badge) => ON.has((params.get(badge) ?? "").trim().toLowerCase())),
    inStock: one(PARAM.inStock) ?? "",
    openNow: one(PARAM.openNow) ?? "",
    sort: one(PARAM.sort) ?? DEFAULT_SORT,
    page: one(PARAM.page) ?? 1,
  })
  // A reversed range is what the shopper meant the other way round.
  if (state.priceMin !== null && state.priceMax !== null && state.priceMin > state.priceMax) {
    return { ...state, priceMin: state.priceMax, priceMax: state.priceMin }
  }
  return state
}

/** Parameters that belong to the whole site rather than the search (kept as they are). */
const SITE_PARAMS = ["lang"]

/**
 * The canonical form of a search URL, or null when `url` already is canonical (up to parameter
 * order). Forms submitted without JavaScript send empty fields and defaults; redirecting to the
 * canonical URL keeps the address bar clean and shows what was applied.
 */
export function canonicalSearchUrl(url: URL, state: SearchState): string | null {
  const canonical = searchParamsOf(state)
  for (const name of SITE_PARAMS) {
    const value = url.searchParams.get(name)
    if (value !== null) canonical.set(name, value)
  }
  const pairs = (params: URLSearchParams) => [...params].map(([name, value]) => `${name}=${value}`).sort().join("&")
  if (pairs(canonical) === pairs(url.searchParams)) return null
  const query = canonical.toString()
  return query ? `${url.pathname}?${query}` : url.pathname
}
