import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node"
import { Form, Link, useLoaderData } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { notFoundBoundary } from "~/components/not-found-boundary"
import { DistrictLink, OpenState, SellerBadges } from "~/components/seller-status"
import { DEFAULT_LOCALE, t, type Locale } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { notFound } from "~/lib/not-found.server"
import { getProductPage, type VariantView } from "~/lib/product-page.server"
import { isAvailable as available, stockLevel, totalStock, type Stock } from "~/lib/stock"

const IMAGE_SIZE = 600

/** GET /produk/:handle — one product with its variants, stock, seller and the add-to-cart form. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const product = await getProductPage(params.handle ?? "")
  if (!product) throw notFound()
  return { locale, product }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: t(DEFAULT_LOCALE, "productPage.notFoundTitle") }]
  const { locale, product } = data
  const seller = product.seller ? ` – ${product.seller.name}` : ""
  return [
    { title: `${product.title}${seller} | Sentra` },
    { name: "description", content: t(locale, "productPage.metaDescription", { title: product.title }) },
  ]
}

export const ErrorBoundary = notFoundBoundary("productPage.notFoundTitle", "productPage.notFoundMessage")

function stockLabel(stock: Stock, locale: Locale): string {
  const level = stockLevel(stock)
  return level === "low" && stock.kind === "count"
    ? t(locale, "productPage.stock.low", { count: stock.count })
    : t(locale, `productPage.stock.${level}`)
}

/** "Rp 25.000", or "Rp 20.000 – Rp 35.000" when the variants differ. */
function priceRange(variants: VariantView[], locale: Locale): string {
  const prices = variants.flatMap((v) => (v.price === null ? [] : [v.price]))
  if (prices.length === 0) return t(locale, "product.noPrice")
  const [min, max] = [Math.min(...prices), Math.max(...prices)]
  return min === max ? formatRupiah(min) : `${formatRupiah(min)} – ${formatRupiah(max)}`
}

export default function ProductPage() {
  const { locale, product } = useLoaderData<typeof loader>()
  const { seller, variants } = product
  const stock = totalStock(variants.map((v) => v.stock))
  const buyable = variants.filter((v) => available(v.stock) && v.price !== null)
  const leadTime = seller && seller.leadTimeDays > 0 && product.madeToOrder ? seller.leadTimeDays : 0
  const [firstImage, ...moreImages] = product.images
  const stockClass = `stock stock--${stockLevel(stock)}`

  return (
    <article className="product-page" aria-labelledby="product-title">
      <div className="product-page__gallery" aria-label={t(locale, "productPage.images")} role="group">
        {firstImage ? (
          <img
            className="product-page__image"
            src={firstImage.url}
            alt={t(locale, "productPage.imageAlt", { title: product.title })}
            width={IMAGE_SIZE}
            height={IMAGE_SIZE}
            decoding="async"
          />
        ) : (
          <div className="product-page__image product-card__image--empty">{t(locale, "product.noImage")}</div>
        )}
        {moreImages.length > 0 && (
          <ul className="product-page__thumbs">
            {moreImages.map((image, index) => (
              <li key={image.url}>
                <img
                  src={image.url}
                  alt={t(locale, "productPage.imageAltMore", {
                    title: product.title,
                    number: index + 2,
                    total: product.images.length,
                  })}
                  width={IMAGE_SIZE}
                  height={IMAGE_SIZE}
                  loading="lazy"
                  decoding="async"
                />
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="product-page__body">
        {product.category && (
          <p className="product-page__category">
            <Link to={`/kategori/${encodeURIComponent(product.category.handle)}`}>{product.category.name}</Link>
          </p>
        )}
        <h1 id="product-title" className="product-page__title">
          {product.title}
        </h1>
        {product.subtitle && <p className="product-page__subtitle">{product.subtitle}</p>}
        <p className="product-page__price">{priceRange(variants, locale)}</p>
        <p className={stockClass}>{stockLabel(stock, locale)}</p>
        {leadTime > 0 && <p className="preorder">{t(locale, "productPage.preorder", { days: leadTime })}</p>}

        {buyable.length > 0 ? (
          <Form method="post" action="/keranjang" className="add-to-cart">
            <input type="hidden" name="intent" value="add" />
            {variants.length > 1 ? (
              <fieldset className="variant-choice">
                <legend>{t(locale, "productPage.variant")}</legend>
                {variants.map((variant) => {
                  const canBuy = available(variant.stock) && variant.price !== null
                  return (
                    <label key={variant.id} className={`variant-choice__option${canBuy ? "" : " variant-choice__option--out"}`}>
                      <input
                        type="radio"
                        name="variant_id"
                        value={variant.id}
                        required
                        disabled={!canBuy}
                        defaultChecked={variant.id === buyable[0].id}
                      />
                      <span className="variant-choice__title">{variant.title}</span>
                      <span className="variant-choice__detail">
                        {variant.price !== null && formatRupiah(variant.price)} · {stockLabel(variant.stock, locale)}
                      </span>
                    </label>
                  )
                })}
              </fieldset>
            ) : (
              <input type="hidden" name="variant_id" value={buyable[0].id} />
            )}
            <div className="add-to-cart__row">
              <label className="add-to-cart__quantity">
                <span>{t(locale, "productPage.quantity")}</span>
                <input
                  type="number"
                  name="quantity"
                  min={1}
                  step={1}
                  defaultValue={1}
                  inputMode="numeric"
                  required
                  {...(buyable.length === 1 && buyable[0].stock.kind === "count" ? { max: buyable[0].stock.count } : {})}
                />
              </label>
              <button type="submit" className="button add-to-cart__submit">
                {t(locale, "productPage.addToCart")}
              </button>
            </div>
          </Form>
        ) : (
          <p className="add-to-cart__sold-out">{t(locale, "productPage.soldOutAll")}</p>
        )}

        {seller && (
          <section className="seller-card" aria-labelledby="seller-card-heading">
            <h2 id="seller-card-heading" className="seller-card__label">
              {t(locale, "productPage.seller")}
            </h2>
            <p className="seller-card__name">
              <Link to={`/penjual/${encodeURIComponent(seller.handle)}`}>{seller.name}</Link>
            </p>
            <DistrictLink district={seller.district} locale={locale} className="seller-card__district" />
            <OpenState seller={seller} locale={locale} />
            <SellerBadges badges={seller.badges} locale={locale} />
            <Link to={`/penjual/${encodeURIComponent(seller.handle)}`} className="button button--secondary seller-card__link">
              {t(locale, "productPage.sellerLink")}
            </Link>
          </section>
        )}

        {product.description && (
          <section className="product-page__description" aria-labelledby="description-heading">
            <h2 id="description-heading">{t(locale, "productPage.description")}</h2>
            <p>{product.description}</p>
          </section>
        )}
      </div>
    </article>
  )
}
