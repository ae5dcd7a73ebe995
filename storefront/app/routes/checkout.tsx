import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { useEffect, useState } from "react"
import { DEFAULT_LOCALE, t, type Locale, type MessageKey } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { cartCookieFor, cartView, currentCart } from "~/lib/cart.server"
import { CheckoutError, fulfillmentOptions, listDistricts, placeOrder, readCheckoutForm, sellerPickups } from "~/lib/checkout.server"
import type { CheckoutErrors, CheckoutValues, Fulfillment } from "~/lib/checkout.server"
import { rememberOrder } from "~/lib/cookies.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const cart = await currentCart(request)
  if (!cart || !(cart.items ?? []).length) {
    throw redirect("/keranjang", { headers: { "Set-Cookie": await cartCookieFor(cart) } })
  }
  const view = await cartView(cart)
  const handles = view.groups.flatMap((g) => (g.seller ? [g.seller.handle] : []))
  const [districts, pickups, options] = await Promise.all([
    listDistricts(),
    sellerPickups(handles),
    fulfillmentOptions(cart.id, profilesOf(view.groups)),
  ])
  return data({ locale, cart: view, districts, pickups, options }, { headers: { "Cache-Control": "private, no-store" } })
}

const profilesOf = (groups: { shippingProfileId: string | null }[]) =>
  [...new Set(groups.flatMap((g) => (g.shippingProfileId ? [g.shippingProfileId] : [])))]

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "checkout.metaTitle") }]

export async function action({ request }: ActionFunctionArgs) {
  const cart = await currentCart(request)
  if (!cart) return redirect("/keranjang")
  const form = await request.formData()
  const [districts, options] = await Promise.all([listDistricts(), fulfillmentOptions(cart.id, profilesOf((await cartView(cart)).groups))])
  const { values, errors } = readCheckoutForm(form, districts, options)
  if (Object.keys(errors).length) {
    return data({ values, errors, message: "checkout.fixErrors" as MessageKey }, { status: 400 })
  }
  try {
    const orderId = await placeOrder(cart.id, values, districts, options)
    const headers = new Headers()
    headers.append("Set-Cookie", await rememberOrder(request, { id: orderId, email: values.email }))
    headers.append("Set-Cookie", await cartCookieFor(null))
    return redirect(`/pesanan/${orderId}?baru=1`, { headers })
  } catch (error) {
    if (error instanceof CheckoutError) {
      return data({ values, errors: {} as CheckoutErrors, message: error.key }, { status: 409 })
    }
    throw error
  }
}

function Field(props: {
  locale: Locale
  name: string
  label: MessageKey
  hint?: MessageKey
  error?: MessageKey
  defaultValue?: string
  type?: string
  autoComplete?: string
  inputMode?: "email" | "tel" | "numeric" | "text"
  required?: boolean
}) {
  const id = `f-${props.name}`
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(" ") || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{t(props.locale, props.label)}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described}
      />
      {props.hint && <p className="field-hint" id={`${id}-hint`}>{t(props.locale, props.hint)}</p>}
      {props.error && <p className="field-error" id={`${id}-error`}>{t(props.locale, props.error)}</p>}
    </div>
  )
}

export default function Checkout() {
  const { locale, cart, districts, pickups, options } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const values: Partial<CheckoutValues> = result?.values ?? {}
  const errors: CheckoutErrors = result?.errors ?? {}
  const [fulfillment, setFulfillment] = useState<Record<string, Fulfillment>>(() =>
    Object.fromEntries(Object.keys(options).map((id) => [id, values.fulfillment?.[id] ?? "pickup"]))
  )
  const placing = useNavigation().state === "submitting"
  // Without JavaScript the address fields stay visible; once hydrated they follow the choice.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const feeOf = (profileId: string | null) =>
    profileId ? options[profileId]?.[fulfillment[profileId] ?? "pickup"]?.amount ?? 0 : 0
  const shipping = Object.keys(options).reduce((sum, id) => sum + feeOf(id), 0)
  const delivering = Object.values(fulfillment).includes("delivery")
  const cities = [...new Set(districts.map((d) => d.city))]

  return (
    <section className="checkout" aria-labelledby="checkout-heading">
      <h1 id="checkout-heading">{t(locale, "checkout.heading")}</h1>
      {result?.message && <p className="notice notice--error" role="alert">{t(locale, result.message)}</p>}
      <Form method="post" className="checkout-form" noValidate>
        <fieldset>
          <legend>{t(locale, "checkout.contact")}</legend>
          <Field locale={locale} name="name" label="checkout.name" autoComplete="name" defaultValue={values.name} error={errors.name} required />
          <Field locale={locale} name="email" label="checkout.email" type="email" inputMode="email" autoComplete="email" hint="checkout.emailHint" defaultValue={values.email} error={errors.email} required />
          <Field locale={locale} name="whatsapp" label="checkout.whatsapp" type="tel" inputMode="tel" autoComplete="tel" hint="checkout.whatsappHint" defaultValue={values.whatsapp} error={errors.whatsapp} required />
        </fieldset>

        <fieldset>
          <legend>{t(locale, "checkout.fulfillment")}</legend>
          {cart.groups.map((group) => {
            const profileId = group.shippingProfileId
            if (!profileId || !options[profileId]) return null
            const pickup = pickups.find((p) => p.handle === group.seller?.handle)
            return (
              <div className="fulfillment-part" key={profileId} role="radiogroup" aria-labelledby={`fp-${profileId}`}>
                <p className="fulfillment-part__seller" id={`fp-${profileId}`}>{group.seller?.name ?? t(locale, "cart.sellerUnknown")}</p>
                {(["pickup", "delivery"] as const).map((option) => {
                  const choice = options[profileId][option]
                  if (!choice) return null
                  return (
                    <label className="choice" key={option}>
                      <input
                        type="radio"
                        name={`fulfillment:${profileId}`}
                        value={option}
                        checked={fulfillment[profileId] === option}
                        onChange={() => setFulfillment((current) => ({ ...current, [profileId]: option }))}
                      />
                      <span>
                        {t(locale, option === "pickup" ? "checkout.pickup" : "checkout.delivery")}
                        <span className="choice__price">
                          {choice.amount === 0 ? t(locale, "checkout.pickupPrice") : formatRupiah(choice.amount)}
                          {option === "pickup" && pickup?.pickupAddress ? ` · ${pickup.pickupAddress}` : ""}
                        </span>
                      </span>
                    </label>
                  )
                })}
              </div>
            )
          })}
          {errors.fulfillment && <p className="field-error">{t(locale, errors.fulfillment)}</p>}
          {/* The server reads the address only when a part is delivered. */}
          <div className="delivery-address" hidden={hydrated && !delivering ? true : undefined}>
            <p className="field-hint">{t(locale, "checkout.addressFor")}</p>
            <Field locale={locale} name="address" label="checkout.address" autoComplete="street-address" defaultValue={values.address} error={errors.address} />
            <div className="field">
              <label htmlFor="f-district">{t(locale, "checkout.district")}</label>
              <select id="f-district" name="district" defaultValue={values.district ?? ""} aria-invalid={errors.district ? true : undefined}>
                <option value="">{t(locale, "checkout.districtChoose")}</option>
                {cities.map((city) => (
                  <optgroup label={city} key={city}>
                    {districts.filter((d) => d.city === city).map((d) => (
                      <option key={d.code} value={d.code}>{d.name}</option>
                    ))}
                  </optgroup>
                ))}
              </select>
              {errors.district && <p className="field-error">{t(locale, errors.district)}</p>}
            </div>
            <Field locale={locale} name="postal_code" label="checkout.postalCode" inputMode="numeric" autoComplete="postal-code" defaultValue={values.postalCode} error={errors.postalCode} />
          </div>
        </fieldset>

        <fieldset>
          <legend>{t(locale, "checkout.payment")}</legend>
          <label className="choice">
            <input type="radio" name="payment" value="cash" defaultChecked />
            <span>{t(locale, "checkout.cash")}</span>
          </label>
          {errors.form && <p className="field-error">{t(locale, errors.form)}</p>}
        </fieldset>

        <section className="checkout-review" aria-labelledby="review-heading">
          <h2 id="review-heading">{t(locale, "checkout.review")}</h2>
          {cart.groups.map((group) => {
            const pickup = pickups.find((p) => p.handle === group.seller?.handle)
            return (
              <div className="review-part" key={group.seller?.handle ?? "other"}>
                <h3>{group.seller?.name ?? t(locale, "cart.sellerUnknown")}</h3>
                <ul>
                  {group.lines.map((line) => (
                    <li key={line.id}>
                      {line.quantity} × {line.title}
                      {line.variantTitle ? ` (${line.variantTitle})` : ""} — {formatRupiah(line.total)}
                    </li>
                  ))}
                </ul>
                {pickup && group.shippingProfileId && fulfillment[group.shippingProfileId] !== "delivery" && pickup.pickupAddress && (
                  <p className="review-part__note">{t(locale, "checkout.pickupAt", { address: pickup.pickupAddress })}</p>
                )}
                {pickup && <p className="review-part__note">{t(locale, pickup.openNow ? "checkout.openNow" : "checkout.closedNow")}</p>}
                {pickup && pickup.leadTimeDays > 0 && (
                  <p className="review-part__note">{t(locale, "checkout.leadTime", { days: pickup.leadTimeDays })}</p>
                )}
                {feeOf(group.shippingProfileId) > 0 && (
                  <p className="review-part__note">
                    {t(locale, "checkout.shipping")}: {formatRupiah(feeOf(group.shippingProfileId))}
                  </p>
                )}
                <p className="review-part__subtotal">
                  <span>{t(locale, "cart.subtotal")}</span> <strong>{formatRupiah(group.subtotal + feeOf(group.shippingProfileId))}</strong>
                </p>
              </div>
            )
          })}
          <dl className="totals">
            <div><dt>{t(locale, "checkout.itemsTotal")}</dt><dd>{formatRupiah(cart.itemTotal)}</dd></div>
            <div><dt>{t(locale, "checkout.shipping")}</dt><dd>{formatRupiah(shipping)}</dd></div>
            <div className="totals__grand"><dt>{t(locale, "checkout.grandTotal")}</dt><dd>{formatRupiah(cart.itemTotal + shipping)}</dd></div>
          </dl>
        </section>

        <button type="submit" className="button button--primary button--block" disabled={placing}>
          {t(locale, placing ? "checkout.placing" : "checkout.place")}
        </button>
      </Form>
    </section>
  )
}
