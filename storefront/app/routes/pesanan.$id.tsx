import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react"
import { formatDateTime, formatDay, formatRupiah } from "@sentra/format"
import { useEffect } from "react"
import { DEFAULT_LOCALE, intlLocale, t, type Locale, type MessageKey } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { readOrders, rememberOrder } from "~/lib/cookies.server"
import { MOVING_STATUSES } from "~/lib/order-status"
import { orderGroup } from "~/lib/orders.server"
import type { OrderPart } from "~/lib/orders.server"

/** How often the page re-reads the order while a part is still moving. */
const REFRESH_MS = 15_000

/**
 * The shopper's order. A guest proves it with the email used at checkout: remembered in the
 * signed `sentra_orders` cookie set by the checkout, or typed into the form below. The id alone
 * shows nothing.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const id = params.id ?? ""
  const proof = (await readOrders(request)).find((o) => o.id === id)
  const order = proof ? await orderGroup(id, proof.email) : null
  const fresh = new URL(request.url).searchParams.has("baru")
  return data({ locale, id, order, fresh }, { headers: { "Cache-Control": "private, no-store" } })
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: t(data?.locale ?? DEFAULT_LOCALE, data?.order ? "order.metaTitle" : "order.proveHeading", { number: data?.order?.displayId ?? "" }) },
  { name: "robots", content: "noindex" },
]

export async function action({ request, params }: ActionFunctionArgs) {
  const id = params.id ?? ""
  const email = String((await request.formData()).get("email") ?? "").trim().toLowerCase()
  if (email && (await orderGroup(id, email))) {
    return redirect(`/pesanan/${id}`, { headers: { "Set-Cookie": await rememberOrder(request, { id, email }) } })
  }
  return data({ error: "order.proveFailed" as MessageKey }, { status: 404 })
}

const STATUS_KEY: Record<OrderPart["status"], MessageKey> = {
  received: "order.status.received",
  preparing: "order.status.preparing",
  ready: "order.status.ready",
  completed: "order.status.completed",
  declined: "order.status.declined",
  cancelled: "order.status.cancelled",
}

function statusKey(part: OrderPart): MessageKey {
  return part.status === "ready" && part.fulfillmentType === "delivery" ? "order.status.readyDelivery" : STATUS_KEY[part.status]
}

function Part({ part, locale }: { part: OrderPart; locale: Locale }) {
  const released = part.status === "declined" || part.status === "cancelled"
  return (
    <section className={`order-part order-part--${part.status}`} aria-labelledby={`part-${part.id}`}>
      <header className="order-part__header">
        <h2 id={`part-${part.id}`}>{part.seller.name}</h2>
        <p className={`status status--${part.status}`}>{t(locale, statusKey(part))}</p>
      </header>
      <p className={`order-part__payment order-part__payment--${part.payment}`}>{t(locale, `order.payment.${part.payment}`)}</p>
      {part.readyDate && (
        <p className="order-part__preorder">
          <strong>{t(locale, "order.readyDate", { date: formatDay(part.readyDate, intlLocale(locale)) })}</strong>
        </p>
      )}
      {part.note && <p className="order-part__note">{t(locale, "order.note", { note: part.note })}</p>}
      {part.reason && <p className="order-part__reason">{t(locale, "order.reason", { reason: part.reason })}</p>}
      {released && <p className="order-part__released">{t(locale, "order.released", { amount: formatRupiah(part.total) })}</p>}
      {part.pickupCode && (
        <div className="pickup-code">
          <p className="pickup-code__label">{t(locale, "order.pickupCode")}</p>
          <p className="pickup-code__value">{part.pickupCode}</p>
          <p className="pickup-code__hint">{t(locale, "order.pickupCodeHint")}</p>
        </div>
      )}
      <ul className="order-part__items">
        {part.items.map((item) => (
          <li key={item.id}>
            {item.quantity} × {item.title}
            {item.variantTitle && item.variantTitle !== "Default" ? ` (${item.variantTitle})` : ""} — {formatRupiah(item.total)}
          </li>
        ))}
      </ul>
      <p className="order-part__where">
        {part.fulfillmentType === "pickup" && part.seller.pickupAddress
          ? t(locale, "order.pickupAt", { address: part.seller.pickupAddress })
          : part.fulfillmentType === "delivery"
            ? t(locale, "order.delivery")
            : null}
      </p>
      <p>
        <Link to={`/penjual/${part.seller.handle}`}>{t(locale, "order.seller", { name: part.seller.name })}</Link>
      </p>
    </section>
  )
}

export default function OrderPage() {
  const { locale, id, order, fresh } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const revalidator = useRevalidator()
  const moving = !!order?.parts.some((p) => MOVING_STATUSES.includes(p.status))

  useEffect(() => {
    if (!moving) return
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && revalidator.state === "idle") revalidator.revalidate()
    }, REFRESH_MS)
    return () => clearInterval(timer)
  }, [moving, revalidator])

  if (!order) {
    return (
      <section className="order-prove" aria-labelledby="prove-heading">
        <h1 id="prove-heading">{t(locale, "order.proveHeading")}</h1>
        <p>{t(locale, "order.proveText")}</p>
        <Form method="post" action={`/pesanan/${id}`} className="checkout-form">
          <div className="field">
            <label htmlFor="prove-email">{t(locale, "checkout.email")}</label>
            <input id="prove-email" name="email" type="email" inputMode="email" autoComplete="email" required aria-invalid={result?.error ? true : undefined} />
            {result?.error && <p className="field-error" role="alert">{t(locale, result.error)}</p>}
          </div>
          <button type="submit" className="button button--primary">{t(locale, "order.proveSubmit")}</button>
        </Form>
      </section>
    )
  }

  return (
    <section className="order" aria-labelledby="order-heading">
      <h1 id="order-heading">{t(locale, "order.heading", { number: order.displayId })}</h1>
      {fresh && <p className="notice" role="status">{t(locale, "order.thanks")}</p>}
      <p className="order__meta">
        {t(locale, "order.placedAt", { date: formatDateTime(order.createdAt, "WIB", intlLocale(locale)) })}
        {moving && <> · {t(locale, "order.autoRefresh")}</>}
      </p>
      {order.parts.map((part) => (
        <Part key={part.id} part={part} locale={locale} />
      ))}
      <dl className="totals">
        <div><dt>{t(locale, "order.itemsTotal")}</dt><dd>{formatRupiah(order.itemTotal)}</dd></div>
        <div><dt>{t(locale, "order.shipping")}</dt><dd>{formatRupiah(order.shippingTotal)}</dd></div>
        {order.releasedTotal > 0 && (
          <div><dt>{t(locale, "order.releasedTotal")}</dt><dd>− {formatRupiah(order.releasedTotal)}</dd></div>
        )}
        <div className="totals__grand"><dt>{t(locale, "order.payable")}</dt><dd>{formatRupiah(order.payableTotal)}</dd></div>
      </dl>
    </section>
  )
}
