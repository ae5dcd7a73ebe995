import { redirect } from "@remix-run/node"
import type { HttpTypes } from "@medusajs/types"
import { normalizeIndonesianMobile } from "@sentra/format"
import { checkPartDetail, PAYMENT_PROVIDERS, readyDateWindow, type PartDetailProblem, type PaymentMethod } from "@sentra/vocabulary"
import type { MessageKey } from "~/i18n"
import { cartCookieFor } from "~/lib/cart.server"
import { rememberOrder } from "~/lib/cookies.server"
import { env } from "~/lib/env.server"
import { medusa } from "~/lib/medusa.server"

/** How the shopper receives the order: at the seller's door, or by the city's local delivery. */
export type Fulfillment = "pickup" | "delivery"
/** Medusa shipping option type codes set up for Sentra (backend/src/setup/commerce.ts). */
const SHIPPING_TYPE: Record<Fulfillment, string> = { pickup: "pickup", delivery: "local-delivery" }

export interface District {
  code: string
  name: string
  city: string
  province: string | null
}

export interface CheckoutValues {
  name: string
  email: string
  whatsapp: string
  /** Per seller (shipping profile id): pickup or delivery. */
  fulfillment: Record<string, Fulfillment>
  address: string
  district: string
  postalCode: string
  /** Cash (COD / bayar saat ambil, paid part by part at handover) or card (Stripe, paid now). */
  payment: PaymentMethod
  /** Per seller (seller id): the note for the seller and, for a pre-order seller, the ready date (`YYYY-MM-DD`). */
  parts: Record<string, PartValues>
}

export interface PartValues {
  note: string
  readyDate: string
}

/** Field errors next to a seller's note and ready date. */
export type PartErrors = Partial<Record<keyof PartValues, MessageKey>>

export type CheckoutErrors = Partial<Record<Exclude<keyof CheckoutValues, "parts"> | "form", MessageKey>> & {
  /** Per seller id. */
  parts?: Record<string, PartErrors>
}

export interface SellerPickup {
  id: string
  handle: string
  name: string
  pickupAddress: string | null
  openNow: boolean
  leadTimeDays: number
  /** For a pre-order seller: the ready dates the shopper may choose (WIB days), else null. */
  readyDates: { min: string; max: string } | null
  whatsapp: string | null
}

/** Every kecamatan loaded in the store (for the delivery address), by city then name. */
export async function listDistricts(): Promise<District[]> {
  const { districts } = await medusa.client.fetch<{ districts: District[] }>("/store/districts", { query: { limit: 500 } })
  return districts
    .map(({ code, name, city, province }) => ({ code, name, city, province }))
    .sort((a, b) => a.city.localeCompare(b.city) || a.name.localeCompare(b.name))
}

/** Pickup details of the cart's sellers (address, open now, pre-order lead time). */
export async function sellerPickups(handles: string[]): Promise<SellerPickup[]> {
  const sellers = await Promise.all(
    handles.map((handle) =>
      medusa.client
        .fetch<{ seller: { id: string; handle: string; name: string; pickup_address: string | null; open_now: boolean; lead_time_days: number | null; whatsapp: string | null } }>(
          `/store/sellers/${encodeURIComponent(handle)}`,
          { query: { limit: 1 } } // the seller's fields; its products are not needed here
        )
        .then(({ seller }) => seller)
        .catch(() => null)
    )
  )
  return sellers.flatMap((s) =>
    s
      ? [{
          id: s.id,
          handle: s.handle,
          name: s.name,
          pickupAddress: s.pickup_address,
          openNow: s.open_now,
          leadTimeDays: s.lead_time_days ?? 0,
          readyDates: readyDateWindow(s.lead_time_days ?? 0),
          whatsapp: s.whatsapp,
        }]
      : []
  )
}

export interface ShippingChoice {
  optionId: string
  amount: number
}

/** For each seller (shipping profile) of the cart: its pickup and delivery options with their fees. */
export type PartOptions = Record<string, Record<Fulfillment, ShippingChoice | null>>

export async function fulfillmentOptions(cartId: string, profileIds: string[]): Promise<PartOptions> {
  const { shipping_options } = await medusa.store.fulfillment.listCartOptions({ cart_id: cartId })
  const options = shipping_options as (HttpTypes.StoreCartShippingOption & { type?: { code?: string }; shipping_profile_id?: string })[]
  const choice = (profileId: string, fulfillment: Fulfillment): ShippingChoice | null => {
    const option = options.find((o) => o.shipping_profile_id === profileId && o.type?.code === SHIPPING_TYPE[fulfillment])
    return option ? { optionId: option.id, amount: Number(option.amount ?? 0) } : null
  }
  return Object.fromEntries(profileIds.map((id) => [id, { pickup: choice(id, "pickup"), delivery: choice(id, "delivery") }]))
}

/**
 * The card step's settings when the checkout offers card: the storefront has Stripe's publishable
 * key AND the cart's region has the Stripe provider (the backend has STRIPE_API_KEY). Null
 * otherwise: then the page names nothing of Stripe.
 */
export async function cardCheckout(regionId: string | null | undefined): Promise<{ publishableKey: string } | null> {
  const publishableKey = env.STRIPE_PUBLISHABLE_KEY
  if (!publishableKey || !regionId) return null
  const { payment_providers } = await medusa.store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.some((p) => p.id === PAYMENT_PROVIDERS.card) ? { publishableKey } : null
}

const PART_PROBLEM_KEY: Record<PartDetailProblem, [keyof PartValues, MessageKey]> = {
  note_too_long: ["note", "checkout.error.note"],
  note_invalid: ["note", "checkout.error.note"],
  date_required: ["readyDate", "checkout.error.readyDateRequired"],
  date_invalid: ["readyDate", "checkout.error.readyDateRange"],
  date_too_early: ["readyDate", "checkout.error.readyDateRange"],
  date_too_late: ["readyDate", "checkout.error.readyDateRange"],
  date_not_preorder: ["readyDate", "checkout.error.readyDateRange"],
}

/**
 * Each seller's note (`note:<seller id>`) and ready date (`ready_date:<seller id>`), checked with
 * the backend's own rule (@sentra/vocabulary checkPartDetail); errors per seller id.
 */
export function readPartFields(form: FormData, sellers: Pick<SellerPickup, "id" | "leadTimeDays">[]) {
  const parts: Record<string, PartValues> = {}
  const errors: Record<string, PartErrors> = {}
  for (const seller of sellers) {
    const note = String(form.get(`note:${seller.id}`) ?? "").trim()
    const readyDate = seller.leadTimeDays > 0 ? String(form.get(`ready_date:${seller.id}`) ?? "").trim() : ""
    parts[seller.id] = { note, readyDate }
    const { problems } = checkPartDetail({ note, ready_date: readyDate }, seller.leadTimeDays)
    for (const problem of Object.values(problems)) {
      const [field, key] = PART_PROBLEM_KEY[problem]
      errors[seller.id] = { ...errors[seller.id], [field]: key }
    }
  }
  return { parts, errors }
}

/** Reads and checks the checkout form; field errors are i18n keys shown next to each field. */
export function readCheckoutForm(
  form: FormData,
  districts: District[],
  options: PartOptions,
  methods: PaymentMethod[] = ["cash"],
  sellers: Pick<SellerPickup, "id" | "leadTimeDays">[] = []
): { values: CheckoutValues; errors: CheckoutErrors } {
  const text = (name: string) => String(form.get(name) ?? "").trim()
  const fulfillment: Record<string, Fulfillment> = {}
  let fulfillmentMissing = false
  for (const [profileId, choices] of Object.entries(options)) {
    const chosen = text(`fulfillment:${profileId}`)
    if ((chosen === "pickup" || chosen === "delivery") && choices[chosen]) fulfillment[profileId] = chosen
    else fulfillmentMissing = true
  }
  const values: CheckoutValues = {
    name: text("name"),
    email: text("email").toLowerCase(),
    whatsapp: text("whatsapp"),
    fulfillment,
    address: text("address"),
    district: text("district"),
    postalCode: text("postal_code"),
    payment: methods.find((m) => m === text("payment")) ?? "cash",
    parts: {},
  }
  const errors: CheckoutErrors = {}
  const partFields = readPartFields(form, sellers)
  values.parts = partFields.parts
  if (Object.keys(partFields.errors).length) errors.parts = partFields.errors
  if (values.name.length < 2 || values.name.length > 100) errors.name = "checkout.error.name"
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email) || values.email.length > 200) errors.email = "checkout.error.email"
  if (!normalizeIndonesianMobile(values.whatsapp)) errors.whatsapp = "checkout.error.whatsapp"
  if (fulfillmentMissing) errors.fulfillment = "checkout.error.fulfillment"
  if (needsAddress(values)) {
    if (values.address.length < 5 || values.address.length > 300) errors.address = "checkout.error.address"
    if (!districts.some((d) => d.code === values.district)) errors.district = "checkout.error.district"
    if (values.postalCode && !/^\d{5}$/.test(values.postalCode)) errors.postalCode = "checkout.error.postalCode"
  }
  if (!methods.some((m) => m === text("payment"))) errors.form = "checkout.error.payment"
  return { values, errors }
}

/** Whether any seller's part is delivered (then the address is needed). */
export const needsAddress = (values: Pick<CheckoutValues, "fulfillment">) =>
  Object.values(values.fulfillment).includes("delivery")

/** A failure the shopper can act on; `key` is the message shown above the form. */
export class CheckoutError extends Error {
  constructor(readonly key: MessageKey, readonly detail?: string) {
    super(detail ?? key)
  }
}

/**
 * Places a cash order: contact and address on the cart, the chosen shipping method, a cash
 * payment session (replacing a card one), then completion (which splits the order per seller).
 * Pressing the button twice, or coming back after success, finds the cart completed and returns
 * the same order.
 */
export async function placeOrder(
  cartId: string,
  values: CheckoutValues,
  districts: District[],
  options: PartOptions
): Promise<string> {
  const { cart } = await medusa.store.cart.retrieve(cartId, { fields: "id,completed_at" })
  if (!cart.completed_at) {
    try {
      await prepareCart(cart.id, values, districts, options, "cash")
    } catch (error) {
      // A second press may be completing this cart right now: then its order is ours.
      const placed = await orderOnceCompleted(cartId)
      if (placed) return placed
      throw failure(error)
    }
  }
  return completeCart(cartId)
}

/** What the browser needs to mount Stripe's Payment Element, and the amount the backend set. */
export interface CardPayment {
  clientSecret: string
  /** Rupiah, as the backend put it in the payment session (never taken from the browser). */
  amount: number
}

/**
 * The card step: the cart is prepared like a cash order but with a Stripe payment session, whose
 * PaymentIntent (amount set by the backend from the cart) the shopper then confirms in the browser.
 */
export async function startCardPayment(
  cartId: string,
  values: CheckoutValues,
  districts: District[],
  options: PartOptions
): Promise<CardPayment> {
  try {
    const session = await prepareCart(cartId, values, districts, options, "card")
    const clientSecret = (session?.data as { client_secret?: unknown } | undefined)?.client_secret
    if (!session || typeof clientSecret !== "string") throw new CheckoutError("checkout.error.payment")
    return { clientSecret, amount: Number(session.amount) }
  } catch (error) {
    throw failure(error)
  }
}

/**
 * The shopper's browser came back from Stripe: completes the cart if its payment session is the
 * card one (Medusa authorizes by retrieving the PaymentIntent from Stripe, so nothing the browser
 * says counts). The order id; CheckoutError("checkout.error.card") when the card was not charged.
 */
export async function completeCardPayment(cartId: string): Promise<string> {
  const { cart } = await medusa.store.cart.retrieve(cartId, { fields: "id,completed_at,*payment_collection.payment_sessions" })
  if (cart.completed_at) return completeCart(cartId)
  const sessions = cart.payment_collection?.payment_sessions ?? []
  if (!sessions.some((s) => s.provider_id === PAYMENT_PROVIDERS.card)) throw new CheckoutError("checkout.error.card")
  try {
    const result = await medusa.store.cart.complete(cartId)
    if (result.type === "order") return result.order.id
    throw new CheckoutError("checkout.error.card", result.error?.message)
  } catch (error) {
    if (error instanceof CheckoutError) throw error
    const message = String((error as { message?: string }).message ?? "")
    // Stripe says the intent is not paid (declined, abandoned): Medusa refuses with this.
    if (/not authorized with the provider/i.test(message)) throw new CheckoutError("checkout.error.card", message)
    // The same return URL loaded twice at once: the other request's order is ours.
    const placed = (error as { status?: number }).status === 409 ? await orderOnceCompleted(cartId) : null
    if (placed) return placed
    throw failure(error)
  }
}

/**
 * Why a card payment came back to the checkout (`/checkout?kartu=…`), as the shopper reads it: the
 * card was not charged, or the cart itself could not be placed (stock, a product gone, busy).
 */
const CARD_RETURN_NOTICES = {
  gagal: "checkout.error.card",
  stok: "checkout.error.stock",
  "tidak-dijual": "checkout.error.unavailable",
  diproses: "checkout.error.busy",
  "coba-lagi": "checkout.error.generic",
} as const satisfies Record<string, MessageKey>

/** The checkout URL to send the shopper back to after a card payment failed with `error`. */
export function cardReturnPath(error: CheckoutError): string {
  const reason = Object.entries(CARD_RETURN_NOTICES).find(([, key]) => key === error.key)?.[0] ?? "gagal"
  return `/checkout?kartu=${reason}`
}

/** The notice for the checkout's `kartu` parameter, or null. */
export function cardReturnNotice(reason: string | null): MessageKey | null {
  return reason && Object.hasOwn(CARD_RETURN_NOTICES, reason) ? CARD_RETURN_NOTICES[reason as keyof typeof CARD_RETURN_NOTICES] : null
}

/** Completes the cart (idempotent: a completed cart answers its order again). */
async function completeCart(cartId: string): Promise<string> {
  try {
    const result = await medusa.store.cart.complete(cartId)
    if (result.type === "order") return result.order.id
    throw new CheckoutError("checkout.error.payment", result.error?.message)
  } catch (error) {
    const placed = error instanceof CheckoutError ? null : await orderOnceCompleted(cartId)
    if (placed) return placed
    throw failure(error)
  }
}

/** Waits (a few seconds at most) for another request to complete the cart; its order id, or null. */
async function orderOnceCompleted(cartId: string): Promise<string | null> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { cart } = await medusa.store.cart.retrieve(cartId, { fields: "id,completed_at" })
    if (cart.completed_at) {
      // Completing a completed cart answers its order again (idempotent).
      const result = await medusa.store.cart.complete(cartId)
      return result.type === "order" ? result.order.id : null
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return null
}

/** Contact, address and shipping on the cart, then the payment session (last: changing the cart afterwards invalidates it). */
async function prepareCart(cartId: string, values: CheckoutValues, districts: District[], options: PartOptions, method: PaymentMethod) {
  const [firstName, ...rest] = values.name.split(/\s+/)
  const district = districts.find((d) => d.code === values.district)
  const address =
    needsAddress(values) && district
      ? { address_1: values.address, address_2: `Kec. ${district.name}`, city: district.city, province: district.province ?? undefined, postal_code: values.postalCode || undefined }
      : { address_1: "Ambil sendiri di penjual" }
  const shipping_address = {
    first_name: firstName,
    last_name: rest.join(" ") || undefined,
    phone: normalizeIndonesianMobile(values.whatsapp) ?? values.whatsapp,
    country_code: "id",
    ...address,
  }
  const { cart } = await medusa.store.cart.update(cartId, { email: values.email, shipping_address, billing_address: shipping_address })
  // One shipping method per seller: Medusa keeps one per shipping profile.
  for (const [profileId, fulfillment] of Object.entries(values.fulfillment)) {
    const choice = options[profileId]?.[fulfillment]
    if (!choice) throw new CheckoutError("checkout.error.fulfillment")
    await medusa.store.cart.addShippingMethod(cartId, { option_id: choice.optionId })
  }
  // Notes and ready dates per seller: the backend checks them again and completion once more.
  const parts = Object.entries(values.parts).map(([sellerId, part]) => ({
    seller_id: sellerId,
    note: part.note || null,
    ready_date: part.readyDate || null,
  }))
  await medusa.client.fetch(`/store/carts/${encodeURIComponent(cartId)}/part-details`, { method: "POST", body: { parts } })
  // A new session replaces the cart's other one (switching between cash and card).
  const { payment_collection } = await medusa.store.payment.initiatePaymentSession(cart, { provider_id: PAYMENT_PROVIDERS[method] })
  return payment_collection.payment_sessions?.find((s) => s.provider_id === PAYMENT_PROVIDERS[method])
}

/** Maps the backend's refusal to a message for the shopper; anything else stays an error. */
function failure(error: unknown): Error {
  if (error instanceof CheckoutError) return error
  const message = String((error as { message?: string }).message ?? "")
  const status = (error as { status?: number }).status
  if (/sudah tidak dijual|tidak aktif|not available/i.test(message)) return new CheckoutError("checkout.error.unavailable", message)
  if (/part_details|'parts\./.test(message)) return new CheckoutError("checkout.error.partDetails", message)
  if (/inventory|stock/i.test(message)) return new CheckoutError("checkout.error.stock", message)
  if (status === 409) return new CheckoutError("checkout.error.busy", message)
  if (status && status < 500) return new CheckoutError("checkout.error.generic", message)
  return error instanceof Error ? error : new Error(message)
}

/** After an order is placed (cash, or card on the way back from Stripe): its page, proven by a cookie; the cart cookie cleared. */
export async function orderPlaced(request: Request, orderId: string, email: string): Promise<Response> {
  const headers = new Headers()
  headers.append("Set-Cookie", await rememberOrder(request, { id: orderId, email }))
  headers.append("Set-Cookie", await cartCookieFor(null))
  return redirect(`/pesanan/${orderId}?baru=1`, { headers })
}
