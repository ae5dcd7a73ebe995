import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { DEFAULT_LOCALE, t } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { addToCart, CartError, cartCookieFor, cartView, currentCart, setLineQuantity } from "~/lib/cart.server"

const MAX_QUANTITY = 99

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const cart = await currentCart(request)
  const added = new URL(request.url).searchParams.has("ditambah")
  return data(
    { locale, added, cart: cart ? await cartView(cart) : null },
    { headers: { "Set-Cookie": await cartCookieFor(cart), "Cache-Control": "private, no-store" } }
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "cart.metaTitle") }]

/** A whole quantity from 0 to 99, or null. */
function quantityOf(value: FormDataEntryValue | null): number | null {
  const quantity = Number(String(value ?? "").trim())
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= MAX_QUANTITY ? quantity : null
}

/**
 * Cart changes, as plain form posts (they work without JavaScript): `add` (from a product page:
 * `variant_id`, `quantity`), `update` (`line_id`, `quantity`; 0 removes) and `remove` (`line_id`).
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  const intent = String(form.get("intent") ?? "")
  const quantity = intent === "remove" ? 0 : quantityOf(form.get("quantity"))
  const lineId = String(form.get("line_id") ?? "")
  const variantId = String(form.get("variant_id") ?? "")
  try {
    if (intent === "add" && variantId && quantity) {
      const cart = await addToCart(request, variantId, quantity)
      return redirect("/keranjang?ditambah=1", { headers: { "Set-Cookie": await cartCookieFor(cart) } })
    }
    if ((intent === "update" || intent === "remove") && lineId && quantity !== null) {
      const cart = await setLineQuantity(request, lineId, quantity)
      return redirect("/keranjang", { headers: { "Set-Cookie": await cartCookieFor(cart) } })
    }
    return data({ error: "cart.error.quantity" as const, lineId }, { status: 400 })
  } catch (error) {
    if (error instanceof CartError) return data({ error: error.key, lineId }, { status: 400 })
    throw error
  }
}

export default function CartPage() {
  const { locale, cart, added } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state !== "idle"
  if (!cart || cart.groups.length === 0) {
    return (
      <section className="cart" aria-labelledby="cart-heading">
        <h1 id="cart-heading">{t(locale, "cart.heading")}</h1>
        {result?.error && <p className="notice notice--error" role="alert">{t(locale, result.error)}</p>}
        <p className="empty-state">{t(locale, "cart.empty")}</p>
        <p className="not-found__actions">
          <Link className="button" to="/">{t(locale, "cart.emptyCta")}</Link>
          <Link className="button button--secondary" to="/kecamatan">{t(locale, "browse.districts")}</Link>
        </p>
      </section>
    )
  }
  return (
    <section className="cart" aria-labelledby="cart-heading">
      <h1 id="cart-heading">{t(locale, "cart.heading")}</h1>
      {added && !result && <p className="notice" role="status">{t(locale, "cart.added")}</p>}
      {result?.error && <p className="notice notice--error" role="alert">{t(locale, result.error)}</p>}
      {cart.groups.map((group) => (
        <section className="cart-group" key={group.seller?.handle ?? "other"} aria-label={group.seller?.name ?? t(locale, "cart.sellerUnknown")}>
          <h2 className="cart-group__seller">
            {group.seller ? (
              <Link to={`/penjual/${group.seller.handle}`}>{t(locale, "cart.seller", { name: group.seller.name })}</Link>
            ) : (
              t(locale, "cart.sellerUnknown")
            )}
            {group.seller?.district && <span className="cart-group__district"> · {t(locale, "cart.sellerDistrict", { district: group.seller.district })}</span>}
          </h2>
          <ul className="cart-lines">
            {group.lines.map((line) => (
              <li className="cart-line" key={line.id}>
                {line.thumbnail && <img className="cart-line__image" src={line.thumbnail} alt="" width={64} height={64} loading="lazy" />}
                <div className="cart-line__body">
                  <p className="cart-line__title">
                    {line.productHandle ? <Link to={`/produk/${line.productHandle}`}>{line.title}</Link> : line.title}
                  </p>
                  {line.variantTitle && <p className="cart-line__variant">{line.variantTitle}</p>}
                  <p className="cart-line__price">{t(locale, "cart.each", { price: formatRupiah(line.unitPrice) })}</p>
                  <div className="cart-line__actions">
                    <Form method="post" className="cart-line__quantity" preventScrollReset>
                      <input type="hidden" name="intent" value="update" />
                      <input type="hidden" name="line_id" value={line.id} />
                      <label className="visually-hidden" htmlFor={`qty-${line.id}`}>{t(locale, "cart.quantityOf", { title: line.title })}</label>
                      <input id={`qty-${line.id}`} name="quantity" type="number" inputMode="numeric" min={0} max={MAX_QUANTITY} step={1} defaultValue={line.quantity} />
                      <button type="submit" className="button button--secondary" disabled={busy}>{t(locale, "cart.update")}</button>
                    </Form>
                    <Form method="post" preventScrollReset>
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="line_id" value={line.id} />
                      <button type="submit" className="button button--link" disabled={busy} aria-label={t(locale, "cart.removeItem", { title: line.title })}>
                        {t(locale, "cart.remove")}
                      </button>
                    </Form>
                  </div>
                  {result?.error && result.lineId === line.id && <p className="field-error" role="alert">{t(locale, result.error)}</p>}
                </div>
                <p className="cart-line__total">{formatRupiah(line.total)}</p>
              </li>
            ))}
          </ul>
          <p className="cart-group__subtotal">
            <span>{t(locale, "cart.subtotal")}</span> <strong>{formatRupiah(group.subtotal)}</strong>
          </p>
        </section>
      ))}
      <div className="cart-summary">
        <p className="cart-summary__total">
          <span>{t(locale, "cart.total")}</span> <strong>{formatRupiah(cart.itemTotal)}</strong>
        </p>
        <p className="cart-summary__note">{t(locale, "cart.shippingNote")}</p>
        <Link className="button button--primary" to="/checkout">{t(locale, "cart.checkout")}</Link>
        <Link className="button button--link" to="/">{t(locale, "cart.continue")}</Link>
      </div>
    </section>
  )
}
