import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { DEFAULT_LOCALE, t, type Locale } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { ProductCard } from "~/components/product-card"
import { listHomeProducts } from "~/lib/products.server"

const HOME_PRODUCT_LIMIT = 24

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const products = await listHomeProducts({ limit: HOME_PRODUCT_LIMIT })
  return { locale, products }
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

export default function Home() {
  const { locale, products } = useLoaderData<typeof loader>()
  return (
    <>
      <BrowseLinks locale={locale} />
      <section aria-labelledby="home-heading">
        <div className="section-heading">
          <h1 id="home-heading">{t(locale, "home.heading")}</h1>
          {products.length > 0 && (
            <p className="section-heading__count">
              {t(locale, "home.count", { count: products.length })}
            </p>
          )}
        </div>
        {products.length === 0 ? (
          <p className="empty-state">{t(locale, "home.empty")}</p>
        ) : (
          <ul className="product-grid">
            {products.map((product) => (
              <ProductCard key={product.id} product={product} locale={locale} />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
