import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { formatDay, formatRupiah } from "@sentra/format"
import { PART_NOTE_MAX_LENGTH } from "@sentra/vocabulary"
import type { PaymentMethod } from "@sentra/vocabulary"
import { useEffect, useState } from "react"
import { CardPaymentStep } from "~/components/card-payment"
import { DEFAULT_LOCALE, intlLocale, t, type Locale, type MessageKey } from "~/i18n"
import { resolveLocale } from "~/i18n/locale.server"
import { cartCookieFor, cartView, currentCart } from "~/lib/cart.server"
import { cardCheckout, cardReturnNotice, CheckoutError, fulfillmentOptions, listDistricts, orderPlaced, placeOrder, readCheckoutForm, sellerPickups, startCardPayment } from "~/lib/checkout.server"
import type { CardPayment, CheckoutErrors, CheckoutValues, Fulfillment, PartErrors, PartValues, SellerPickup } from "~/lib/checkout.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const cart = await currentCart(request)
  if (!cart || !(cart.items ?? []).length) {
    throw redirect("/keranjang", { headers: { "Set-Cookie": await cartCookieFor(cart) } })
  }
  const view = await cartView(cart)
  const handles = view.groups.flatMap((g) => (g.seller ? [g.seller.handle] : []))
  const [districts, pickups, options, card] = await Promise.all([
    listDistricts(),
    sellerPickups(handles),
    fulfillmentOptions(cart.id, profilesOf(view.groups)),
    cardCheckout(cart.region_id),
  ])
  // Back from a card payment that did not go through (routes/checkout_.kartu.tsx).
  const notice = cardReturnNotice(new URL(request.url).searchParams.get("kartu"))
  return data({ locale, cart: view, districts, pickups, options, card, notice }, { headers: { "Cache-Control": "private, no-store" } })
}

const profilesOf = (groups: { shippingProfileId: string | null }[]) =>
  [...new Set(groups.flatMap((g) => (g.shippingProfileId ? [g.shippingProfileId] : [])))]

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "checkout.metaTitle") }]

export async function action({ request }: ActionFunctionArgs) {
  const cart = await currentCart(request)
  if (!cart) return redirect("/keranjang")
  const form = await request.formData()
  const view = await cartView(cart)
  const [districts, options, card, pickups] = await Promise.all([
    listDistricts(),
    fulfillmentOptions(cart.id, profilesOf(view.groups)),
    cardCheckout(cart.region_id),
    sellerPickups(view.groups.flatMap((g) => (g.seller ? [g.seller.handle] : []))),
  ])
  const methods: PaymentMethod[] = card ? ["cash", "card"] : ["cash"]
  const { values, errors } = readCheckoutForm(form, districts, options, methods, pickups)
  if (Object.keys(errors).length) {
    return data({ values, errors, message: "checkout.fixErrors" as MessageKey, cardPayment: null }, { status: 400 })
  }
  try {
    if (values.payment === "card") {
      // The page mounts Stripe's Payment Element with this; the order is placed on the way back.
      const cardPayment: CardPayment = await startCardPayment(cart.id, values, districts, options)
      return data({ values, errors: {} as CheckoutErrors, message: null, cardPayment }, { headers: { "Cache-Control": "private, no-store" } })
    }
    return await orderPlaced(request, await placeOrder(cart.id, values, districts, options), values.email)
  } catch (error) {
    if (error instanceof CheckoutError) {
      return data({ values, errors: {} as CheckoutErrors, message: error.key, cardPayment: null }, { status: 409 })
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

/**
 * A seller part's note and, for a pre-order seller, its ready date (plain fields: they work
 * without JavaScript). The date starts at the earliest day the seller can make it.
 */
function PartDetailsFields({ locale, seller, values, errors }: { locale: Locale; seller: SellerPickup; values?: PartValues; errors?: PartErrors }) {
  const noteId = `f-note-${seller.id}`
  const dateId = `f-ready-${seller.id}`
  const window = seller.readyDates
  const range = window ? { min: formatDay(window.min, intlLocale(locale)), max: formatDay(window.max, intlLocale(locale)) } : null
  const described = (id: string, error?: MessageKey) => [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ")
  return (
    <div className="part-details">
      {window && range && (
        <div className="field">
          <label htmlFor={dateId}>{t(locale, "checkout.readyDate")}</label>
          <input
            id={dateId}
            name={`ready_date:${seller.id}`}
            type="date"
            min={window.min}
            max={window.max}
            defaultValue={values?.readyDate || window.min}
            required
            aria-invalid={errors?.readyDate ? true : undefined}
            aria-describedby={described(dateId, errors?.readyDate)}
          />
          <p className="field-hint" id={`${dateId}-hint`}>{t(locale, "checkout.readyDateHint", range)}</p>
          {errors?.readyDate && <p className="field-error" id={`${dateId}-error`}>{t(locale, errors.readyDate, range)}</p>}
        </div>
      )}
      <div className="field">
        <label htmlFor={noteId}>{t(locale, "checkout.note")}</label>
        <textarea
          id={noteId}
          name={`note:${seller.id}`}
          rows={2}
          maxLength={PART_NOTE_MAX_LENGTH}
          placeholder={t(locale, "checkout.notePlaceholder")}
          defaultValue={values?.note}
          aria-invalid={errors?.note ? true : undefined}
          aria-describedby={described(noteId, errors?.note)}
        />
        <p className="field-hint" id={`${noteId}-hint`}>{t(locale, "checkout.noteHint")}</p>
        {errors?.note && <p className="field-error" id={`${noteId}-error`}>{t(locale, errors.note)}</p>}
      </div>
    </div>
  )
}

export default function Checkout() {
  const { locale, cart, districts, pickups, options, card, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const values: Partial<CheckoutValues> = result?.values ?? {}
  const errors: CheckoutErrors = result?.errors ?? {}
  const [payment, setPayment] = useState<PaymentMethod>(values.payment ?? "cash")
  // The card step shows the PaymentIntent the last submit prepared; editing the form drops it
  // (the cart on the server changes only with the next submit, and so does the amount).
  const [cardPayment, setCardPayment] = useState<CardPayment | null>(result?.cardPayment ?? null)
  useEffect(() => setCardPayment(result?.cardPayment ?? null), [result])
  const cardStep = card && payment === "card" ? cardPayment : null
  const message = result ? result.message : notice
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
      {message && <p className="notice notice--error" role="alert">{t(locale, message)}</p>}
      <Form method="post" className="checkout-form" noValidate onChange={() => setCardPayment(null)}>
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
              <div className="checkout-part" key={profileId} role="group" aria-labelledby={`fp-${profileId}`}>
                <div className="fulfillment-part" role="radiogroup" aria-labelledby={`fp-${profileId}`}>
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
                {pickup && <PartDetailsFields locale={locale} seller={pickup} values={values.parts?.[pickup.id]} errors={errors.parts?.[pickup.id]} />}
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
            <input type="radio" name="payment" value="cash" checked={payment === "cash"} onChange={() => setPayment("cash")} />
            <span>{t(locale, "checkout.cash")}</span>
          </label>
          {card && (
            <label className="choice">
              <input type="radio" name="payment" value="card" checked={payment === "card"} onChange={() => setPayment("card")} />
              <span>
                {t(locale, "checkout.card")}
                <span className="choice__price">{t(locale, "checkout.cardHint")}</span>
              </span>
            </label>
          )}
          {card && (
            <noscript>
              <p className="field-hint">{t(locale, "checkout.cardNoScript")}</p>
            </noscript>
          )}
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

        {!cardStep && (
          <button type="submit" className="button button--primary button--block" disabled={placing}>
            {t(locale, placing ? "checkout.placing" : payment === "card" ? "checkout.toCard" : "checkout.place")}
          </button>
        )}
      </Form>
      {card && cardStep && (
        <CardPaymentStep locale={locale} publishableKey={card.publishableKey} clientSecret={cardStep.clientSecret} amount={cardStep.amount} />
      )}
    </section>
  )
}
