import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { ChipNav } from "~/components/chip-nav"
import { notFoundBoundary } from "~/components/not-found-boundary"
import { pageHref, ProductList, ProductsSection } from "~/components/product-list"
import { DEFAULT_LOCALE, t } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { getDistrictPage } from "~/lib/districts.server"
import { countExposure } from "~/lib/exposure/exposure.server"
import { notFound } from "~/lib/not-found.server"
import { listProducts, pageParam, redirectPastLastPage } from "~/lib/product-list.server"

const HERO_WIDTH = 800
const HERO_HEIGHT = 450
const FLAGSHIP_SIZE = 120
/** The main categories a kecamatan's products can be filtered by (`?kategori=`). */
const CATEGORIES = ["kuliner", "fesyen", "kriya"] as const
type Category = (typeof CATEGORIES)[number]
const isCategory = (value: string | null): value is Category => (CATEGORIES as readonly (string | null)[]).includes(value)

/** GET /kecamatan/:code[?kategori=kuliner&hal=2] — one kecamatan: story, sellers, products. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const code = params.code ?? ""
  const url = new URL(request.url)
  const wanted = url.searchParams.get("kategori")
  const category = isCategory(wanted) ? wanted : null
  const page = pageParam(url)
  const [district, products] = await Promise.all([
    getDistrictPage(code),
    listProducts({ districts: [code], categories: category ? [category] : [] }, page, request.signal),
  ])
  if (!district) throw notFound()
  redirectPastLastPage(url, products)
  // The cards name their seller; the kecamatan is this page's.
  const cards = products.products.map(({ district: _district, ...card }) => card)
  countExposure(request, "kecamatan", cards)
  return { locale, district, category, products: { ...products, products: cards } }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: t(DEFAULT_LOCALE, "district.notFoundTitle") }]
  const { locale, district } = data
  const vars = { name: district.name, city: district.city }
  return [
    { title: t(locale, "district.detailMetaTitle", vars) },
    { name: "description", content: district.headline ?? t(locale, "district.detailMetaDescription", vars) },
  ]
}

export const ErrorBoundary = notFoundBoundary("district.notFoundTitle", "district.notFoundMessage")

export default function DistrictPage() {
  const { locale, district, category, products } = useLoaderData<typeof loader>()
  const path = `/kecamatan/${encodeURIComponent(district.code)}`
  return (
    <article className="district-page" aria-labelledby="district-name">
      <p className="kicker">
        <Link to="/kecamatan">{t(locale, "district.all")}</Link> · {t(locale, "district.kicker", { city: district.city })}
      </p>
      <h1 id="district-name" className="page-title">
        {district.name}
      </h1>
      {district.headline && <p className="district-page__headline">{district.headline}</p>}
      <p className="district-page__counts">
        {t(locale, "district.counts", { sellers: district.sellerCount, products: district.productCount })}
      </p>
      {district.hero && (
        <img
          className="district-page__hero"
          src={district.hero}
          alt=""
          width={HERO_WIDTH}
          height={HERO_HEIGHT}
        />
      )}
      {district.story && <p className="district-page__story">{district.story}</p>}

      {district.flagship && (
        <section className="flagship" aria-labelledby="flagship-heading">
          <h2 id="flagship-heading">{t(locale, "district.flagship")}</h2>
          <Link to={`/produk/${encodeURIComponent(district.flagship.handle)}`} className="flagship__link">
            {district.flagship.thumbnail && (
              <img src={district.flagship.thumbnail} alt="" width={FLAGSHIP_SIZE} height={FLAGSHIP_SIZE} loading="lazy" />
            )}
            <span>{district.flagship.title}</span>
          </Link>
        </section>
      )}

      {district.sellerCount === 0 ? (
        <section className="empty-district" aria-labelledby="empty-district-heading">
          <h2 id="empty-district-heading">{t(locale, "district.emptyTitle", { name: district.name })}</h2>
          <p>{t(locale, "district.emptyHint")}</p>
          <p className="not-found__actions">
            <Link to="/kecamatan" className="button">
              {t(locale, "district.otherDistricts")}
            </Link>
            <Link to="/cari" className="button button--secondary">
              {t(locale, "browse.notFoundSearch")}
            </Link>
          </p>
        </section>
      ) : (
        <>
        <section aria-labelledby="sellers-heading">
          <h2 id="sellers-heading">{t(locale, "district.sellers")}</h2>
          {district.sellers.length === 0 ? (
            <p className="empty-state">{t(locale, "district.noSellers")}</p>
          ) : (
            <ul className="link-list">
              {district.sellers.map((seller) => (
                <li key={seller.handle}>
                  <Link to={`/penjual/${encodeURIComponent(seller.handle)}`} className="link-list__item">
                    <span className="link-list__title">{seller.name}</span>
                    <span className={`link-list__detail ${seller.openNow ? "open-state--open" : ""}`}>
                      {t(locale, seller.openNow ? "seller.openNow" : "seller.closed")}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <ProductsSection locale={locale} title={t(locale, "district.products")} total={products.total}>
          <ChipNav
            label={t(locale, "district.categoryFilter")}
            keepScroll
            items={[null, ...CATEGORIES].map((value) => ({
              key: value ?? "all",
              href: pageHref(path, { kategori: value }, 1),
              label: value ? t(locale, `browse.category.${value}`) : t(locale, "district.allCategories"),
              current: value === category,
            }))}
          />
          <ProductList
            locale={locale}
            list={products}
            href={(page) => pageHref(path, { kategori: category }, page)}
            label={t(locale, "district.pagination")}
            empty={t(locale, "district.noProducts")}
          />
        </ProductsSection>
        </>
      )}
    </article>
  )
}
