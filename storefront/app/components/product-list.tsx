import { Pagination } from "~/components/pagination"
import { ProductCard, type ProductCardView } from "~/components/product-card"
import type { ReactNode } from "react"
import { t, type Locale } from "~/i18n"
import type { ProductListView } from "~/lib/product-list.server"

/** A grid of product cards (h3 titles: the grid sits under a section heading). */
export function ProductGrid({ products, locale }: { products: ProductCardView[]; locale: Locale }) {
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <ProductCard key={product.id} product={product} locale={locale} heading="h3" />
      ))}
    </ul>
  )
}

/** A paged grid of product cards (category, kecamatan and seller pages). */
export function ProductList({
  locale,
  list,
  href,
  label,
  empty,
}: {
  locale: Locale
  list: ProductListView
  /** The URL of another page of the same list. */
  href: (page: number) => string
  /** The pagination landmark's name. */
  label: string
  /** Shown when there is no product. */
  empty: string
}) {
  if (list.products.length === 0) return <p className="empty-state">{empty}</p>
  return (
    <>
      <ProductGrid products={list.products} locale={locale} />
      <Pagination locale={locale} page={list.page} pageCount={list.pageCount} href={href} label={label} />
    </>
  )
}

/** `path` with `?hal=page` (none for page 1), keeping the other parameters. */
export function pageHref(path: string, params: Record<string, string | null>, page: number): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value)
  if (page > 1) search.set("hal", String(page))
  const query = search.toString()
  return query ? `${path}?${query}` : path
}

/** A page's products section: heading, product count, then its content (filters, the list). */
export function ProductsSection({
  locale,
  title,
  total,
  children,
}: {
  locale: Locale
  title: string
  total: number
  children: ReactNode
}) {
  return (
    <section aria-labelledby="products-heading">
      <div className="section-heading">
        <h2 id="products-heading">{title}</h2>
        {total > 0 && <p className="section-heading__count">{t(locale, "browse.productsCount", { count: total })}</p>}
      </div>
      {children}
    </section>
  )
}
