import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useActionData, useLoaderData } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { Fragment } from "react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { PanelForm } from "~/components/mitra/panel"
import { VariantFields } from "~/components/mitra/product-form"
import { valuesFromForm } from "~/components/mitra/profile-fields"
import { DEFAULT_LOCALE, t, type Locale } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { getProduct, listProducts, parseVariantEdits, updateProduct } from "~/lib/mitra/products.server"
import { requireSeller, requireSellerForm } from "~/lib/mitra/session.server"
import { VISIBILITY_KEY } from "~/lib/mitra/status"
import { priceRange } from "~/lib/mitra/variants"

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSeller(request)
  const url = new URL(request.url)
  const { products, count } = await listProducts(request, session)
  return data(
    { locale: resolveLocale(request), products, count, saved: url.searchParams.get("disimpan"), deleted: url.searchParams.has("dihapus") },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.products.heading") }]

/**
 * Quick edits from the list: price and stock (`intent=quick`) or show/hide (`intent=publish`,
 * `intent=unpublish`). The product is read through the vendor API first: another seller's id is a 404.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request)
  const product = await getProduct(request, session, String(form.get("product_id") ?? ""))
  const intent = String(form.get("intent") ?? "")
  if (intent === "publish" || intent === "unpublish") {
    const result = await updateProduct(request, session, product, { publish: intent === "publish" })
    if (!result.ok) return data({ productId: product.id, errors: result.errors, values: {}, message: result.message ?? null }, { status: 400 })
    return redirect(`/mitra/produk?disimpan=${product.id}`)
  }
  const { edits, errors } = parseVariantEdits(form, product.variants)
  if (Object.keys(errors).length) return data({ productId: product.id, errors, values: valuesFromForm(form), message: null }, { status: 400 })
  const result = await updateProduct(request, session, product, { variants: edits })
  if (!result.ok) return data({ productId: product.id, errors: result.errors, values: valuesFromForm(form), message: result.message ?? null }, { status: 400 })
  return redirect(`/mitra/produk?disimpan=${product.id}`)
}

/** "Rp 25.000 · stok 10", or with several variants "3 pilihan · Rp 20.000–Rp 30.000 · stok 15" (parts kept on one line each). */
function priceParts(locale: Locale, variants: { price: number; stock: number }[]): string[] {
  const range = priceRange(variants.map((v) => v.price))
  const stock = t(locale, "mitra.products.stock", { count: variants.reduce((sum, v) => sum + v.stock, 0) })
  if (!range) return ["Rp -", stock]
  const prices = range.min === range.max ? formatRupiah(range.min) : `${formatRupiah(range.min)}–${formatRupiah(range.max)}`
  return [...(range.count > 1 ? [t(locale, "mitra.products.variantCount", { count: range.count })] : []), prices, stock]
}

export default function Products() {
  const { locale, products, count, saved, deleted } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <section className="mitra-products" aria-labelledby="products-heading">
      <h1 id="products-heading">{t(locale, "mitra.products.heading")}</h1>
      {saved && !result && <p className="notice" role="status">{t(locale, "mitra.products.saved")}</p>}
      {deleted && <p className="notice" role="status">{t(locale, "mitra.products.deleted")}</p>}
      <p>
        <Link to="/mitra/produk/baru" className="button button--block">
          {t(locale, "mitra.products.add")}
        </Link>
      </p>
      <p className="field-hint">{t(locale, "mitra.products.count", { count })}</p>
      {products.length === 0 && <p className="empty-state">{t(locale, "mitra.products.empty")}</p>}
      <ul className="mitra-product-list">
        {products.map((product) => {
          const mine = result?.productId === product.id ? result : null
          return (
            <li key={product.id} className="mitra-product" id={`produk-${product.id}`}>
              <div className="mitra-product__head">
                {product.thumbnail ? (
                  <img src={product.thumbnail} alt="" width={72} height={72} loading="lazy" className="mitra-product__photo" />
                ) : (
                  <span className="mitra-product__photo mitra-product__photo--empty">{t(locale, "product.noImage")}</span>
                )}
                <div>
                  <h2 className="mitra-product__title">
                    <Link to={`/mitra/produk/${product.id}`}>{product.title}</Link>
                  </h2>
                  <p className="mitra-product__price">
                    {priceParts(locale, product.variants).map((part, i) => (
                      <Fragment key={part}>
                        {i > 0 && " · "}
                        <span>{part}</span>
                      </Fragment>
                    ))}
                  </p>
                  <p className={`mitra-pill mitra-pill--${product.visibility}`}>{t(locale, VISIBILITY_KEY[product.visibility])}</p>
                </div>
              </div>
              {mine?.message && (
                <p className="notice notice--error" role="alert">
                  {mine.message}
                </p>
              )}
              <details className="mitra-quick" open={!!mine}>
                <summary>{t(locale, "mitra.products.quickEdit")}</summary>
                <PanelForm preventScrollReset>
                  <input type="hidden" name="product_id" value={product.id} />
                  <input type="hidden" name="intent" value="quick" />
                  <VariantFields variants={product.variants} errors={mine?.errors ?? {}} values={mine?.values} compact />
                  <button type="submit" className="button button--block">
                    {t(locale, "mitra.products.saveQuick")}
                  </button>
                </PanelForm>
              </details>
              <PanelForm preventScrollReset className="mitra-product__toggle">
                <input type="hidden" name="product_id" value={product.id} />
                <input type="hidden" name="intent" value={product.published ? "unpublish" : "publish"} />
                <button type="submit" className="button button--secondary button--block">
                  {t(locale, product.published ? "mitra.products.unpublish" : "mitra.products.publish")}
                </button>
              </PanelForm>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
