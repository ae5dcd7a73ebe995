import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { DEFAULT_LOCALE, t } from "~/i18n"
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

export default function Home() {
  const { locale, products } = useLoaderData<typeof loader>()
  return (
    <>
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
