import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { DEFAULT_LOCALE, t, type Locale } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { ProductGrid } from "~/components/product-list"
import { listFeaturedDistricts, type FeaturedDistrictView } from "~/lib/districts.server"
import { countExposure } from "~/lib/exposure/exposure.server"
import { listRotation } from "~/lib/rotation.server"

const HOME_PRODUCT_LIMIT = 24
const HERO_WIDTH = 1200
const HERO_HEIGHT = 600
const FLAGSHIP_SIZE = 72

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const [featured, products] = await Promise.all([
    listFeaturedDistricts(),
    listRotation({ limit: HOME_PRODUCT_LIMIT }),
  ])
  countExposure(request, "home", products)
  return { locale, featured, products }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const locale = data?.locale ?? DEFAULT_LOCALE
  return [
    { title: t(locale, "home.metaTitle") },
    { name: "description", content: t(locale, "home.metaDescription") },
  ]
}

/** The three main categories (their handles are fixed by the seed and the search index). */
const MAIN_CATEGORIES = ["kuliner", "fesyen", "kriya"] as const

function BrowseLinks({ locale }: { locale: Locale }) {
  return (
    <nav className="browse-links" aria-label={t(locale, "browse.heading")}>
      <ul className="browse-links__categories">
        {MAIN_CATEGORIES.map((handle) => (
          <li key={handle}>
            <Link to={`/kategori/${handle}`} className={`browse-links__category browse-links__category--${handle}`}>
              {t(locale, `browse.category.${handle}`)}
            </Link>
          </li>
        ))}
      </ul>
      <Link to="/kecamatan" className="browse-links__districts">
        <span className="browse-links__districts-title">{t(locale, "browse.districts")}</span>
        <span className="browse-links__districts-hint">{t(locale, "browse.districtsHint")}</span>
      </Link>
    </nav>
  )
}

/** One featured kecamatan: hero, name, headline, its flagship product and a link to the kecamatan. */
function FeaturedDistrict({ district, locale, first }: { district: FeaturedDistrictView; locale: Locale; first: boolean }) {
  const href = `/kecamatan/${encodeURIComponent(district.code)}`
  return (
    <li className="featured-district">
      {district.hero && (
        <img
          className="featured-district__hero"
          src={district.hero}
          alt=""
          width={HERO_WIDTH}
          height={HERO_HEIGHT}
          loading={first ? "eager" : "lazy"}
          decoding="async"
        />
      )}
      <div className="featured-district__body">
        <p className="featured-district__city">{district.city}</p>
        <h3 className="featured-district__name">
          <Link to={href}>{t(locale, "home.districtName", { name: district.name })}</Link>
        </h3>
        {district.headline && <p className="featured-district__headline">{district.headline}</p>}
        {district.flagship && (
          <Link to={`/produk/${encodeURIComponent(district.flagship.handle)}`} className="flagship__link featured-district__flagship">
            {district.flagship.thumbnail && (
              <img src={district.flagship.thumbnail} alt="" width={FLAGSHIP_SIZE} height={FLAGSHIP_SIZE} loading="lazy" />
            )}
            <span>
              <span className="featured-district__flagship-label">{t(locale, "district.flagship")}</span>
              <span className="featured-district__flagship-title">{district.flagship.title}</span>
              {district.flagship.price !== null && (
                <span className="featured-district__flagship-price">{formatRupiah(district.flagship.price)}</span>
              )}
            </span>
          </Link>
        )}
      </div>
    </li>
  )
}

export default function Home() {
  const { locale, featured, products } = useLoaderData<typeof loader>()
  return (
    <>
      {featured.length > 0 && (
        <section className="featured-districts" aria-labelledby="featured-heading">
          <h1 id="featured-heading" className="page-title">
            {t(locale, "home.featuredHeading")}
          </h1>
          <p className="featured-districts__lede">{t(locale, "home.featuredLede")}</p>
          <ul className="featured-districts__list">
            {featured.map((district, index) => (
              <FeaturedDistrict key={district.code} district={district} locale={locale} first={index === 0} />
            ))}
          </ul>
        </section>
      )}
      <BrowseLinks locale={locale} />
      <section aria-labelledby="home-heading">
        <div className="section-heading">
          {featured.length > 0 ? (
            <h2 id="home-heading">{t(locale, "home.heading")}</h2>
          ) : (
            <h1 id="home-heading">{t(locale, "home.heading")}</h1>
          )}
        </div>
        {products.length > 0 && <p className="section-note">{t(locale, "home.rotationNote")}</p>}
        {products.length === 0 ? (
          <p className="empty-state">{t(locale, "home.empty")}</p>
        ) : (
          <ProductGrid products={products} locale={locale} />
        )}
      </section>
    </>
  )
}
