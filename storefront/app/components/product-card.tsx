import { Link } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { t, type Locale } from "~/i18n"
import type { Badge } from "~/lib/search-url"

const IMAGE_SIZE = 400

/** What any product card shows; the origin, badges and stock are optional extras. */
export interface ProductCardView {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** Whole Rupiah; null when unpriced. */
  price: number | null
  seller?: string | null
  /** The seller's id: the page counts it as shown (lib/exposure); the card does not render it. */
  sellerId?: string | null
  district?: string | null
  badges?: readonly Badge[]
  inStock?: boolean
}

/**
 * The one product card of the storefront (home, search, category, kecamatan, seller pages): the
 * whole card links to the product page.
 */
export function ProductCard({
  product,
  locale,
  heading: Heading = "h2",
}: {
  product: ProductCardView
  locale: Locale
  heading?: "h2" | "h3"
}) {
  const origin = [product.seller, product.district].filter(Boolean).join(" · ")
  const badges = product.badges ?? []
  const soldOut = product.inStock === false
  return (
    <li className="product-card">
      {product.thumbnail ? (
        <img
          className="product-card__image"
          src={product.thumbnail}
          alt=""
          width={IMAGE_SIZE}
          height={IMAGE_SIZE}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className="product-card__image product-card__image--empty">{t(locale, "product.noImage")}</div>
      )}
      <Heading className="product-card__title">
        <Link to={`/produk/${encodeURIComponent(product.handle)}`} className="product-card__link">
          {product.title}
        </Link>
      </Heading>
      {origin && <p className="product-card__origin">{origin}</p>}
      {product.price === null ? (
        <p className="product-card__price product-card__price--none">{t(locale, "product.noPrice")}</p>
      ) : (
        <p className="product-card__price">{formatRupiah(product.price)}</p>
      )}
      {(badges.length > 0 || soldOut) && (
        <ul className="product-card__badges">
          {badges.map((badge) => (
            <li key={badge} className="badge">
              {t(locale, `search.badge.${badge}`)}
            </li>
          ))}
          {soldOut && <li className="badge badge--muted">{t(locale, "product.outOfStock")}</li>}
        </ul>
      )}
    </li>
  )
}
