/**
 * How the buying suites (shop, card) act like a browser without JavaScript: a cookie jar, loaders
 * and actions called directly, a two-seller cart and the checkout form. Routes are imported when
 * first used (use-backend.ts has pointed env.server.ts at the shared backend by then).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node"
import { expect } from "vitest"

type CartRoute = typeof import("~/routes/keranjang")
type CheckoutRoute = typeof import("~/routes/checkout")

/** Seeded (packages/seed-data): a Coblong kitchen and a Cigadung batik workshop. */
export const EMPAL = "empal-gepuk-khas-sunda-dapur-bu-imas"
export const BATIK = "kain-batik-tulis-bandung-motif-merak-ngibing-batik-cigadung-lestari"

/** A browser's cookies: what Set-Cookie headers set, sent back on the next request. */
export class Jar {
  private cookies = new Map<string, string>()

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ")
  }

  /** Applies the Set-Cookie headers of a loader's or action's result (or thrown redirect). */
  take(result: unknown): void {
    for (const line of headersOf(result).getSetCookie()) {
      const [pair, ...attributes] = line.split(";")
      const name = pair.slice(0, pair.indexOf("="))
      const value = pair.slice(pair.indexOf("=") + 1)
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a))
      if (expired || !value) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name)
  }

  copy(): Jar {
    const jar = new Jar()
    jar.cookies = new Map(this.cookies)
    return jar
  }
}

function headersOf(result: unknown): Headers {
  if (result instanceof Response) return result.headers
  const init = (result as { init?: ResponseInit | null } | null)?.init
  return new Headers(init?.headers ?? undefined)
}

/** The payload of `data()` (or a plain object). */
export const payload = <T,>(result: unknown) => ((result as { data?: T }).data ?? result) as T
export const statusOf = (result: unknown) =>
  result instanceof Response ? result.status : ((result as { init?: ResponseInit | null }).init?.status ?? 200)

export function request(jar: Jar, path: string, form?: Record<string, string>): Request {
  const headers = new Headers({ Cookie: jar.header() })
  if (!form) return new Request(`http://localhost${path}`, { headers })
  return new Request(`http://localhost${path}`, { method: "POST", headers, body: new URLSearchParams(form) })
}

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>
type Action = (args: ActionFunctionArgs) => Promise<unknown>

/** Calls a loader or action; a thrown Response (redirect) is returned like a returned one. Cookies go into the jar. */
export async function call(fn: Loader | Action, jar: Jar, path: string, form?: Record<string, string>, params: Record<string, string> = {}) {
  let result: unknown
  try {
    result = await fn({ request: request(jar, path, form), params, context: {} })
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown
    result = thrown
  }
  jar.take(result)
  return result
}

export const location = (result: unknown) => (result instanceof Response ? result.headers.get("Location") : null)

/** A variant of the product with at least `quantity` in stock. */
export async function buyableVariant(handle: string, quantity = 2): Promise<string> {
  const product = await import("~/routes/produk.$handle")
  const data = await product.loader({ request: new Request(`http://localhost/produk/${handle}`), params: { handle }, context: {} })
  const variant = data.product.variants.find((v) => v.stock.kind !== "count" || v.stock.count >= quantity)
  if (!variant) throw new Error(`No variant of ${handle} with ${quantity} in stock`)
  return variant.id
}

export type CartData = Awaited<ReturnType<CartRoute["loader"]>>["data"]
export type CheckoutData = Awaited<ReturnType<CheckoutRoute["loader"]>>["data"]

export const cartOf = async (jar: Jar) => payload<CartData>(await call((await import("~/routes/keranjang")).loader, jar, "/keranjang")).cart

/** A jar with a cart holding the kitchen's empal (2) and the batik workshop's cloth (1). */
export async function twoSellerCart(): Promise<Jar> {
  const cart = await import("~/routes/keranjang")
  const jar = new Jar()
  const add = async (handle: string, quantity: number) => {
    const result = await call(cart.action, jar, "/keranjang", { intent: "add", variant_id: await buyableVariant(handle, quantity), quantity: String(quantity) })
    expect(location(result)).toBe("/keranjang?ditambah=1")
  }
  await add(EMPAL, 2)
  await add(BATIK, 1)
  return jar
}

/**
 * The checkout form: pickup from the kitchen, delivery of the batik to an address in Coblong, cash;
 * the batik workshop takes pre-orders (seeded lead time): its earliest ready date.
 */
export function checkoutForm(data: CheckoutData): Record<string, string> {
  const profileOf = (seller: string) => data.cart.groups.find((g) => g.seller?.handle === seller)!.shippingProfileId!
  const batik = data.pickups.find((p) => p.handle === "batik-cigadung-lestari")!
  return {
    [`ready_date:${batik.id}`]: batik.readyDates!.min,
    name: "Siti Rahma",
    email: "siti.rahma@example.id",
    whatsapp: "0812-3456-7890",
    [`fulfillment:${profileOf("dapur-bu-imas")}`]: "pickup",
    [`fulfillment:${profileOf("batik-cigadung-lestari")}`]: "delivery",
    address: "Jl. Dipatiukur No. 35",
    district: "32.73.02",
    postal_code: "40132",
    payment: "cash",
  }
}

