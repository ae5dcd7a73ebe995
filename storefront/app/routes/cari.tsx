import { data, redirect, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData, useLocation } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { SearchFilters } from "~/components/search-filters"
import { Pagination } from "~/components/pagination"
import { ProductCard } from "~/components/product-card"
import { DEFAULT_LOCALE, t, type Locale } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { countExposure } from "~/lib/exposure/exposure.server"
import {
  EMPTY_SEARCH,
  hasFilters,
  searchHref,
  withoutFilters,
  type SearchState,
} from "~/lib/search-url"
import { canonicalSearchUrl, parseSearchParams } from "~/lib/search-url.server"
import { withKnownValues, type SearchResultsView } from "~/lib/search-view"
import { loadSearchLabels, searchProducts, SearchUnavailableError } from "~/lib/search.server"

/** Retry after this many seconds when the backend is down. */
const RETRY_AFTER_SECONDS = 30

/**
 * GET /cari — product search results, server-rendered; every bit of state is in the URL
 * (see lib/search-url.ts). Non-canonical URLs (empty form fields, bad values, a page past the
 * last) redirect to the canonical one.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const locale = resolveLocale(request)
  const parsed = parseSearchParams(url.searchParams)

  let state: SearchState = parsed
  let results: SearchResultsView
  try {
    const labels = await loadSearchLabels()
    state = withKnownValues(parsed, labels)
    const canonical = canonicalSearchUrl(url, state)
    if (canonical) throw redirect(canonical)
    results = await searchProducts(state, labels, request.signal)
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error
    console.error(`[search] ${url.pathname}${url.search}:`, error.message)
    return data(
      { locale, state, results: null },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } }
    )
  }
  if (state.page > results.pageCount) {
    throw redirect(canonicalSearchUrl(url, { ...state, page: results.pageCount })!)
  }
  countExposure(request, "search", results.hits)
  return data({ locale, state, results: results as SearchResultsView | null })
}

/** The loader's Retry-After and Cache-Control reach the document response too. */
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? DEFAULT_LOCALE
  const q = data?.state.q
  return [
    { title: q ? t(locale, "search.metaTitle", { q }) : t(locale, "search.metaTitleAll") },
    { name: "description", content: t(locale, "search.metaDescription") },
    // Result pages are many and change all the time: let search engines follow, not index, them.
    { name: "robots", content: "noindex, follow" },
  ]
}

export default function SearchPage() {
  const { locale, state, results } = useLoaderData<typeof loader>()
  return (
    <section className="search" aria-labelledby="search-heading">
      <div className="section-heading">
        <h1 id="search-heading">
          {state.q ? t(locale, "search.heading", { q: state.q }) : t(locale, "search.headingAll")}
        </h1>
        {results && results.total > 0 && (
          <p className="section-heading__count" role="status">
            {t(locale, "search.count", { count: results.total.toLocaleString("id-ID") })}
          </p>
        )}
      </div>
      {results ? <Results locale={locale} state={state} results={results} /> : <Unavailable locale={locale} />}
    </section>
  )
}

function Results({ locale, state, results }: { locale: Locale; state: SearchState; results: SearchResultsView }) {
  return (
    <div className="search__layout">
      <SearchFilters locale={locale} state={state} facets={results.facets} />
      <div className="search__results">
        <ActiveFilters locale={locale} state={state} results={results} />
        {results.hits.length === 0 ? (
          <NoResults locale={locale} state={state} results={results} />
        ) : (
          <>
            <ul className="product-grid">
              {results.hits.map((hit) => (
                <ProductCard key={hit.id} product={hit} locale={locale} />
              ))}
            </ul>
            <Pagination
              locale={locale}
              page={state.page}
              pageCount={results.pageCount}
              href={(page) => searchHref(state, { page })}
              label={t(locale, "search.pagination")}
            />
          </>
        )}
      </div>
    </div>
  )
}

/** Each applied filter as a link that removes it. */
function ActiveFilters({ locale, state, results }: { locale: Locale; state: SearchState; results: SearchResultsView }) {
  if (!hasFilters(state)) return null
  const { facets } = results
  const labelOf = (options: { value: string; label: string }[], value: string) =>
    options.find((option) => option.value === value)?.label ?? value
  const without = <T,>(list: T[], value: T) => list.filter((item) => item !== value)
  const chips: { key: string; label: string; href: string }[] = [
    ...state.categories.map((value) => ({
      key: `k-${value}`,
      label: labelOf(facets.categories, value),
      href: searchHref(state, { categories: without(state.categories, value) }),
    })),
    ...state.cities.map((value) => ({
      key: `c-${value}`,
      label: labelOf(facets.cities, value),
      href: searchHref(state, { cities: without(state.cities, value) }),
    })),
    ...state.districts.map((value) => ({
      key: `d-${value}`,
      label: labelOf(facets.districts, value),
      href: searchHref(state, { districts: without(state.districts, value) }),
    })),
    ...(state.seller
      ? [{ key: "seller", label: t(locale, "search.chip.seller", { name: results.sellerName ?? state.seller }), href: searchHref(state, { seller: null }) }]
      : []),
    ...(state.priceMin !== null
      ? [{ key: "min", label: t(locale, "search.chip.priceMin", { price: formatRupiah(state.priceMin) }), href: searchHref(state, { priceMin: null }) }]
      : []),
    ...(state.priceMax !== null
      ? [{ key: "max", label: t(locale, "search.chip.priceMax", { price: formatRupiah(state.priceMax) }), href: searchHref(state, { priceMax: null }) }]
      : []),
    ...state.badges.map((badge) => ({
      key: `b-${badge}`,
      label: t(locale, `search.badge.${badge}`),
      href: searchHref(state, { badges: without(state.badges, badge) }),
    })),
    ...(state.inStock ? [{ key: "stock", label: t(locale, "search.filter.inStock"), href: searchHref(state, { inStock: false }) }] : []),
    ...(state.openNow ? [{ key: "open", label: t(locale, "search.filter.openNow"), href: searchHref(state, { openNow: false }) }] : []),
  ]
  return (
    <div className="active-filters">
      <h2 className="visually-hidden">{t(locale, "search.active")}</h2>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link to={chip.href} className="chip" aria-label={t(locale, "search.chip.remove", { label: chip.label })} preventScrollReset>
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </Link>
          </li>
        ))}
        <li>
          <Link to={searchHref(withoutFilters(state))} className="active-filters__clear">
            {t(locale, "search.clearFilters")}
          </Link>
        </li>
      </ul>
    </div>
  )
}

function NoResults({ locale, state, results }: { locale: Locale; state: SearchState; results: SearchResultsView }) {
  const filtered = hasFilters(state)
  return (
    <div className="empty-state search-empty">
      <h2>{state.q ? t(locale, "search.empty.title", { q: state.q }) : t(locale, "search.empty.titleNoQuery")}</h2>
      {filtered && results.unfilteredTotal !== 0 && (
        <p>
          {t(locale, "search.empty.withFilters")}{" "}
          <Link to={searchHref(withoutFilters(state))}>
            {state.q ? t(locale, "search.empty.searchWithoutFilters", { q: state.q }) : t(locale, "search.clearFilters")}
          </Link>
          {results.unfilteredTotal !== null && ` (${t(locale, "search.count", { count: results.unfilteredTotal })})`}
        </p>
      )}
      {state.q && <p>{t(locale, "search.empty.tips")}</p>}
      {results.popular.length > 0 && (
        <>
          <p>{t(locale, "search.empty.popular")}</p>
          <ul className="search-empty__categories">
            {results.popular.map((category) => (
              <li key={category.handle}>
                <Link to={searchHref(EMPTY_SEARCH, { categories: [category.handle] })} className="chip">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** The backend didn't answer: say so in the shopper's words and offer the same search again. */
function Unavailable({ locale }: { locale: Locale }) {
  const location = useLocation()
  return (
    <div className="error search-error" role="alert">
      <h2>{t(locale, "search.error.title")}</h2>
      <p>{t(locale, "search.error.message")}</p>
      <p>
        <a href={`${location.pathname}${location.search}`} className="button">
          {t(locale, "search.error.retry")}
        </a>{" "}
        <Link to="/">{t(locale, "error.backHome")}</Link>
      </p>
    </div>
  )
}
