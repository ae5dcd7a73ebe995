/**
 * The checkout's card step against the shared backend, which runs Medusa's real Stripe provider and
 * the real `stripe` SDK pointed at the global setup's local Stripe test server: nothing reaches
 * Stripe. The test stands in for the shopper's browser (the Payment Element) by confirming over
 * HTTP with a test card; loaders and actions are called directly, as in shop.test.tsx.
 */
import { stripeTestClient } from "@sentra/stripe-test-server"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { call, cartOf, checkoutForm, Jar, location, payload, request, statusOf, twoSellerCart, type CheckoutData } from "./shop-support"
import { render } from "./support"

type CheckoutRoute = typeof import("~/routes/checkout")
type ReturnRoute = typeof import("~/routes/checkout_.kartu")
type OrderRoute = typeof import("~/routes/pesanan.$id")
type OrderData = Awaited<ReturnType<OrderRoute["loader"]>>["data"]
type CardResult = { cardPayment: { clientSecret: string; amount: number } | null; errors: Record<string, string> }

const STRIPE_KEY = "pk_test_sentra_local"

// The shared backend runs Medusa's Stripe provider against the global setup's Stripe test server.
const stripe = stripeTestClient(inject("stripeUrl"))
const intentById = async (id: string) => (await stripe.intents()).find((pi) => pi.id === id)
let checkout: CheckoutRoute
let cardReturn: ReturnRoute
let order: OrderRoute
let env: typeof import("~/lib/env.server").env
let medusa: typeof import("~/lib/medusa.server").medusa
let cookies: typeof import("~/lib/cookies.server")

beforeAll(async () => {
  ;[checkout, cardReturn, order, { env }, { medusa }, cookies] = await Promise.all([
    import("~/routes/checkout"),
    import("~/routes/checkout_.kartu"),
    import("~/routes/pesanan.$id"),
    import("~/lib/env.server"),
    import("~/lib/medusa.server"),
    import("~/lib/cookies.server"),
  ])
})

/** The storefront with or without Stripe's publishable key (env.server.ts read it at import). */
const withStripeKey = (key: string | undefined) => {
  env.STRIPE_PUBLISHABLE_KEY = key
}

const checkoutData = async (jar: Jar, path = "/checkout") => payload<CheckoutData>(await call(checkout.loader, jar, path))

/** The cart's total as the backend computes it (items + shipping), in Rupiah. */
async function backendTotal(jar: Jar): Promise<number> {
  const { id } = (await cookies.readCartCookie(request(jar, "/")))!
  const { cart } = await medusa.store.cart.retrieve(id, { fields: "id,total" })
  return Number(cart.total)
}

/** Checkout with card: the action prepares the cart and a Stripe session; its PaymentIntent. */
async function chooseCard(jar: Jar) {
  const data = await checkoutData(jar)
  const result = await call(checkout.action, jar, "/checkout", { ...checkoutForm(data), payment: "card" })
  expect(statusOf(result)).toBe(200)
  const card = payload<CardResult>(result).cardPayment!
  const intent = (await stripe.intents()).find((pi) => pi.client_secret === card.clientSecret)
  expect(intent, "a PaymentIntent on the local Stripe server with that client secret").toBeDefined()
  return { data, card, intent: intent! }
}

/** The browser comes back from Stripe to the return route (Stripe adds these parameters). */
const backFromStripe = (jar: Jar, intentId: string, status: string) =>
  call(cardReturn.loader, jar, `/checkout/kartu?payment_intent=${intentId}&payment_intent_client_secret=x&redirect_status=${status}`)

describe("card at checkout", () => {
  it("without STRIPE_PUBLISHABLE_KEY offers no card, names nothing of Stripe and refuses a posted card", async () => {
    withStripeKey(undefined)
    const jar = await twoSellerCart()
    const data = await checkoutData(jar)
    expect(data.card).toBeNull()
    const html = render("/checkout", "/checkout", checkout.default, data)
    expect(html).toMatch(/name="payment"[^>]*value="cash"/)
    expect(html).not.toMatch(/value="card"/)
    expect(html).not.toMatch(/stripe/i)
    const intents = (await stripe.intents()).length
    const posted = await call(checkout.action, jar, "/checkout", { ...checkoutForm(data), payment: "card" })
    expect(statusOf(posted)).toBe(400)
    expect(payload<CardResult>(posted).errors.form).toBe("checkout.error.payment")
    expect((await stripe.intents()).length).toBe(intents)
  }, 120_000)

  it("with the key, choosing card gives the client secret of a PaymentIntent for the backend's total ×100, exact to the Rupiah", async () => {
    withStripeKey(STRIPE_KEY)
    const jar = await twoSellerCart()
    const data = await checkoutData(jar)
    expect(data.card).toEqual({ publishableKey: STRIPE_KEY })
    const html = render("/checkout", "/checkout", checkout.default, data)
    expect(html).toMatch(/name="payment"[^>]*value="card"/)
    expect(html).toContain("Kartu debit/kredit")
    expect(html).toContain("Pembayaran kartu memerlukan JavaScript") // <noscript>
    expect(html).not.toContain("js.stripe.com") // Stripe.js only once the shopper chooses card

    const { card, intent } = await chooseCard(jar)
    const total = await backendTotal(jar)
    // The form delivers the batik (a fee) and picks up the empal: items + that fee.
    const deliveryFee = Object.values(data.options).map((o) => o.delivery!.amount)
    expect(deliveryFee.some((fee) => fee > 0)).toBe(true)
    expect(deliveryFee).toContain(total - data.cart.itemTotal)
    expect(card.amount).toBe(total)
    expect(intent).toMatchObject({ amount: total * 100, currency: "idr", status: "requires_payment_method" })
    expect((await cartOf(jar))!.count).toBe(3) // nothing is placed before the card is charged
  }, 180_000)

  it("after the card is charged, the return route places the order and opens its page with every part paid", async () => {
    withStripeKey(STRIPE_KEY)
    const jar = await twoSellerCart()
    const { intent } = await chooseCard(jar)
    await stripe.confirm(intent.id, "succeeded")
    const to = location(await backFromStripe(jar, intent.id, "succeeded"))
    expect(to).toMatch(/^\/pesanan\/order_[A-Z0-9]+\?baru=1$/)
    expect(jar.has("sentra_cart")).toBe(false)
    const id = to!.slice("/pesanan/".length, to!.indexOf("?"))
    const page = payload<OrderData>(await call(order.loader, jar, to!, undefined, { id }))
    expect(page.order!.parts).toHaveLength(2)
    expect(page.order!.parts.map((p) => p.payment)).toEqual(["paid", "paid"])
    expect((await intentById(intent.id))!.amount_received).toBe(page.order!.payableTotal * 100)
    // Coming back to the return URL again places nothing more.
    expect(location(await backFromStripe(jar, intent.id, "succeeded"))).toBe("/keranjang")
  }, 180_000)

  it("a declined card comes back to the checkout with the message and the cart intact; then cash places the order", async () => {
    withStripeKey(STRIPE_KEY)
    const jar = await twoSellerCart()
    const { data, intent } = await chooseCard(jar)
    await stripe.confirm(intent.id, "failed")
    // The browser's word counts for nothing: Medusa asks Stripe.
    expect(location(await backFromStripe(jar, intent.id, "succeeded"))).toBe("/checkout?kartu=gagal")
    const back = await checkoutData(jar, "/checkout?kartu=gagal")
    expect(back.notice).toBe("checkout.error.card")
    expect(render("/checkout", "/checkout?kartu=gagal", checkout.default, back)).toContain("Pembayaran kartu tidak berhasil")
    expect((await cartOf(jar))!.count).toBe(3)

    const placed = await call(checkout.action, jar, "/checkout", { ...checkoutForm(data), payment: "cash" })
    const to = location(placed)
    expect(to).toMatch(/^\/pesanan\/order_[A-Z0-9]+\?baru=1$/)
    const id = to!.slice("/pesanan/".length, to!.indexOf("?"))
    const page = payload<OrderData>(await call(order.loader, jar, to!, undefined, { id }))
    expect(page.order!.parts.map((p) => p.payment)).toEqual(["awaiting_cash", "awaiting_cash"])
    // The cash session replaced the card one: its PaymentIntent was cancelled, never charged.
    expect(await intentById(intent.id)).toMatchObject({ status: "canceled", amount_received: 0 })
  }, 180_000)
})
