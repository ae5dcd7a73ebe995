import { formatRupiah } from "@sentra/format"
import { t, type Locale } from "~/i18n"
import type { SearchHitView } from "~/lib/search-view"

const IMAGE_SIZE = 400

/** A search result: the home page's product card plus seller, kecamatan, badges and stock. */
export function SearchResultCard({ hit, locale }: { hit: SearchHitView; locale: Locale }) {
  const origin = [hit.seller, hit.district].filter(Boolean).join(" · ")
  return (
    <li className="product-card">
      {hit.thumbnail ? (
        <img
          className="product-card__image"
          src={hit.thumbnail}
          alt={hit.title}
          width={IMAGE_SIZE}
          height={IMAGE_SIZE}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className="product-card__image product-card__image--empty">{t(locale, "product.noImage")}</div>
      )}
      <h2 className="product-card__title">{hit.title}</h2>
      {origin && <p className="product-card__origin">{origin}</p>}
      {hit.price === null ? (
        <p className="product-card__price product-card__price--none">{t(locale, "product.noPrice")}</p>
      ) : (
        <p className="product-card__price">{formatRupiah(hit.price)}</p>
      )}
      {(hit.badges.length > 0 || !hit.inStock) && (
        <ul className="product-card__badges">
          {hit.badges.map((badge) => (
            <li key={badge} className="badge">
              {t(locale, `search.badge.${badge}`)}
            </li>
          ))}
          {!hit.inStock && <li className="badge badge--muted">{t(locale, "product.outOfStock")}</li>}
        </ul>
      )}
    </li>
  )
}
