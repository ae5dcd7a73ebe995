import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { DEFAULT_LOCALE, t, type Locale } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { listHomeProducts, type HomeProduct } from "~/lib/products.server"

const HOME_PRODUCT_LIMIT = 24
const IMAGE_SIZE = 400

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

function ProductCard({ product, locale }: { product: HomeProduct; locale: Locale }) {
  return (
    <li className="product-card">
      {product.thumbnail ? (
        <img
          className="product-card__image"
          src={product.thumbnail}
          alt={product.title}
          width={IMAGE_SIZE}
          height={IMAGE_SIZE}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className="product-card__image product-card__image--empty">
          {t(locale, "product.noImage")}
        </div>
      )}
      <h2 className="product-card__title">{product.title}</h2>
      {product.price === null ? (
        <p className="product-card__price product-card__price--none">
          {t(locale, "product.noPrice")}
        </p>
      ) : (
        <p className="product-card__price">{formatRupiah(product.price)}</p>
      )}
    </li>
  )
}

export default function Home() {
  const { locale, products } = useLoaderData<typeof loader>()
  return (
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
  )
}
