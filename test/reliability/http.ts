/**
 * The HTTP calls the scenarios make, the same ones the storefront and Medusa Admin make: JSON in
 * and out, the publishable key on store routes, a bearer token where given. Every answer is kept
 * with its status and time so the report can count 5xx and latencies.
 */
import { DEMO_SHOPPER_ADDRESS } from "@sentra/seed-data"
import { PAYMENT_PROVIDERS, readyDateWindow, type PaymentMethod } from "@sentra/vocabulary"

// Answers are read loosely; the scenarios check what they rely on.
export type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Answer {
  status: number
  body: Json
  headers: Headers
  ms: number
}

export interface Client {
  publishableKey: string
  /** `raw` is sent as it is (e.g. malformed JSON or a signed webhook payload) instead of `body` as JSON. */
  call(base: string, path: string, init?: { method?: string; body?: unknown; raw?: string; token?: string; headers?: Record<string, string> }): Promise<Answer>
}

export function client(publishableKey: string): Client {
  return {
    publishableKey,
    async call(base, path, init = {}) {
      const started = performance.now()
      try {
        const response = await fetch(`${base}${path}`, {
          method: init.method ?? (init.body === undefined && init.raw === undefined ? "GET" : "POST"),
          headers: {
            "content-type": "application/json",
            "x-publishable-api-key": publishableKey,
            ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
            ...init.headers,
          },
          body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
          signal: AbortSignal.timeout(60_000),
        })
        const body = (await response.json().catch(() => ({}))) as Json
        return { status: response.status, body, headers: response.headers, ms: performance.now() - started }
      } catch (error) {
        // A reset connection or a request that hung for a minute: counted like a 5xx.
        return { status: 599, body: { message: (error as Error).message }, headers: new Headers(), ms: performance.now() - started }
      }
    },
  }
}

/** Fails the run with the answer when a preparation step (not the thing under test) fails. */
export function ok(answer: Answer, what: string): Json {
  if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`)
  return answer.body
}

export async function adminToken(api: Client, base: string): Promise<string> {
  const body = ok(await api.call(base, "/auth/user/emailpass", { body: { email: "admin@sentra.local", password: "sentra-admin" } }), "admin login")
  return body.token as string
}


/** Shipping profile and seller per product id: products change neither during a run. */
const profileOf = new Map<string, string>()
const sellerOf = new Map<string, string>()
/** Pre-order lead time (days) per seller id. */
let leadDaysOf: Map<string, number> | null = null

/**
 * A cart ready to complete, as the storefront's checkout leaves it: the items, the shopper's
 * contact and address, pickup from each of its sellers (one shipping method per seller's shipping
 * profile), the earliest ready date for pre-order sellers (decision 100) and a payment session:
 * cash, or card (a Stripe PaymentIntent the shopper has yet to pay). Returns the cart id.
 */
export async function readyCart(
  api: Client,
  base: string,
  regionId: string,
  email: string,
  items: { productId: string; variantId: string; quantity: number }[],
  pay: PaymentMethod = "cash"
): Promise<string> {
  const missing = items.filter((item) => !profileOf.has(item.productId))
  if (missing.length) {
    const ids = missing.map((item) => `id[]=${item.productId}`).join("&")
    const { products } = ok(await api.call(base, `/store/products?${ids}&fields=id,shipping_profile.id,seller.id`), "shipping profiles")
    for (const product of products as Json[]) {
      profileOf.set(product.id, product.shipping_profile.id)
      sellerOf.set(product.id, product.seller.id)
    }
  }
  if (!leadDaysOf) {
    const { sellers } = ok(await api.call(base, "/store/sellers?limit=100"), "sellers")
    leadDaysOf = new Map((sellers as Json[]).map((seller) => [seller.id as string, Number(seller.lead_time_days)]))
  }
  const cart = ok(
    await api.call(base, "/store/carts", {
      body: { region_id: regionId, email, shipping_address: DEMO_SHOPPER_ADDRESS, items: items.map((item) => ({ variant_id: item.variantId, quantity: item.quantity })) },
    }),
    "create cart"
  ).cart
  const { shipping_options } = ok(await api.call(base, `/store/shipping-options?cart_id=${cart.id}`), "shipping options")
  for (const profile of new Set(items.map((item) => profileOf.get(item.productId)))) {
    const pickup = (shipping_options as Json[]).find((option) => option.shipping_profile_id === profile && option.type?.code === "pickup")
    if (!pickup) throw new Error(`no pickup option for shipping profile ${profile}`)
    ok(await api.call(base, `/store/carts/${cart.id}/shipping-methods`, { body: { option_id: pickup.id } }), "shipping method")
  }
  const parts = [...new Set(items.map((item) => sellerOf.get(item.productId)!))].flatMap((sellerId) => {
    const window = readyDateWindow(leadDaysOf!.get(sellerId) ?? 0)
    return window ? [{ seller_id: sellerId, ready_date: window.min }] : []
  })
  if (parts.length) ok(await api.call(base, `/store/carts/${cart.id}/part-details`, { body: { parts } }), "part details")
  const collection = ok(await api.call(base, "/store/payment-collections", { body: { cart_id: cart.id } }), "payment collection").payment_collection
  ok(
    await api.call(base, `/store/payment-collections/${collection.id}/payment-sessions`, { body: { provider_id: PAYMENT_PROVIDERS[pay] } }),
    "payment session"
  )
  return cart.id as string
}

export const complete = (api: Client, base: string, cartId: string) => api.call(base, `/store/carts/${cartId}/complete`, { body: {} })

/** The order id when a completion placed (or had placed) the order; null otherwise. */
export const placedOrder = (answer: Answer): string | null => (answer.status === 200 && answer.body.type === "order" ? answer.body.order.id : null)

/** Runs `task` over `items` with at most `limit` at a time. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await task(items[index], index)
      }
    })
  )
  return results
}

