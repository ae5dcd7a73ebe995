import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { ChipNav } from "~/components/chip-nav"
import { notFoundBoundary } from "~/components/not-found-boundary"
import { pageHref, ProductGrid, ProductList } from "~/components/product-list"
import { DEFAULT_LOCALE, t } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { notFound } from "~/lib/not-found.server"
import { countExposure } from "~/lib/exposure/exposure.server"
import { listRotation } from "~/lib/rotation.server"
import { listProducts, pageParam, redirectPastLastPage } from "~/lib/product-list.server"
import { loadSearchLabels } from "~/lib/search.server"

/** GET /kategori/:handle[?hal=2] — the products of a main category (with its children) or a sub category. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const handle = params.handle ?? ""
  const { categories } = await loadSearchLabels()
  const category = categories.find((c) => c.handle === handle)
  if (!category) throw notFound()
  const parent = category.parent ? (categories.find((c) => c.handle === category.parent) ?? null) : null
  const children = categories.filter((c) => c.parent === category.handle)
  // A product carries its sub category and its main category: the handle alone matches both.
  const url = new URL(request.url)
  const page = pageParam(url)
  // The first page opens with this hour's fair rotation of the category's sellers (decision 095).
  const [products, rotation] = await Promise.all([
    listProducts({ categories: [handle] }, page, request.signal),
    page === 1 ? listRotation({ limit: ROTATION_LIMIT, category: handle }) : Promise.resolve([]),
  ])
  redirectPastLastPage(url, products)
  countExposure(request, "category", [...rotation, ...products.products])
  return {
    locale,
    category: { handle: category.handle, name: category.name },
    parent: parent && { handle: parent.handle, name: parent.name },
    children: children.map((c) => ({ handle: c.handle, name: c.name })),
    products,
    rotation,
  }
}

const ROTATION_LIMIT = 4

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: t(DEFAULT_LOCALE, "category.notFoundTitle") }]
  const { locale, category } = data
  return [
    { title: t(locale, "category.metaTitle", { name: category.name }) },
    { name: "description", content: t(locale, "category.metaDescription", { name: category.name }) },
  ]
}

export const ErrorBoundary = notFoundBoundary("category.notFoundTitle", "category.notFoundMessage")

export default function CategoryPage() {
  const { locale, category, parent, children, products, rotation } = useLoaderData<typeof loader>()
  return (
    <section className="category-page" aria-labelledby="category-name">
      {parent && (
        <p className="kicker">
          <Link to={`/kategori/${encodeURIComponent(parent.handle)}`}>{t(locale, "category.partOf", { name: parent.name })}</Link>
        </p>
      )}
      <div className="section-heading">
        <h1 id="category-name">{category.name}</h1>
        {products.total > 0 && (
          <p className="section-heading__count">{t(locale, "browse.productsCount", { count: products.total })}</p>
        )}
      </div>
      <ChipNav
        label={t(locale, "category.subcategories")}
        items={children.map((child) => ({
          key: child.handle,
          href: `/kategori/${encodeURIComponent(child.handle)}`,
          label: child.name,
        }))}
      />
      {rotation.length > 0 && (
        <section className="rotation-strip" aria-labelledby="rotation-heading">
          <h2 id="rotation-heading">{t(locale, "category.rotationHeading")}</h2>
          <ProductGrid products={rotation} locale={locale} />
        </section>
      )}
      {rotation.length > 0 && <h2>{t(locale, "category.allProducts", { name: category.name })}</h2>}
      <ProductList
        locale={locale}
        list={products}
        href={(page) => pageHref(`/kategori/${encodeURIComponent(category.handle)}`, {}, page)}
        label={t(locale, "category.pagination")}
        empty={t(locale, "category.empty")}
      />
    </section>
  )
}
