/**
 * The scenarios: each returns checks (what must hold, what was measured). Shoppers go through
 * the proxy (both instances) unless a scenario aims at one instance on purpose.
 */
import { createHmac, randomBytes } from "node:crypto"
import type { StripeTestServer } from "@sentra/stripe-test-server"
import { openLoop, summarize } from "../bench/load"
import type { Instance, Link, Proxy } from "./cluster"
import { adminToken, complete, ok, placedOrder, pool, readyCart, type Answer, type Client, type Json } from "./http"

export interface Context {
  api: Client
  proxy: Proxy
  a: Instance
  b: Instance
  regionId: string
  /** The local Stripe test server the instances' card provider talks to, and the webhook secret they check. */
  stripe: StripeTestServer
  stripeWebhookSecret: string
  log: (line: string) => void
}

export interface Check {
  scenario: string
  what: string
  measured: string
  pass: boolean
}

const serverErrors = (answers: Answer[]) => answers.filter((answer) => answer.status >= 500).length
let products: Json[] | undefined
let used = 0

/**
 * A seeded product no other scenario uses: one variant, inventory managed and no backorders (made
 * to order products take orders beyond stock), from a seller not used by the previous pick (so two
 * picks in a row are two sellers).
 */
async function freshProduct(context: Context): Promise<{ product: Json; variant: Json }> {
  if (!products) {
    const body = ok(await context.api.call(context.proxy.url, "/store/products?limit=100&fields=id,title,handle,*variants,seller.handle"), "products")
    products = (body.products as Json[]).filter((p) => p.variants?.length === 1 && p.variants[0].manage_inventory && !p.variants[0].allow_backorder && p.seller?.handle)
  }
  const previous = used > 0 ? products[used - 1].seller.handle : undefined
  while (used < products.length && products[used].seller.handle === previous) used++
  const product = products[used++]
  if (!product) throw new Error("the seed has too few single-variant products for the scenarios")
  return { product, variant: product.variants[0] }
}

/** Sets the variant's stock (its inventory item's only location level); returns the item id. */
async function setStock(context: Context, token: string, sku: string, stock: number): Promise<string> {
  const base = context.proxy.url
  const { inventory_items } = ok(await context.api.call(base, `/admin/inventory-items?sku=${encodeURIComponent(sku)}`, { token }), "inventory item")
  const item = inventory_items[0]
  const { inventory_levels } = ok(await context.api.call(base, `/admin/inventory-items/${item.id}/location-levels`, { token }), "levels")
  for (const level of inventory_levels as Json[]) {
    ok(await context.api.call(base, `/admin/inventory-items/${item.id}/location-levels/${level.location_id}`, { body: { stocked_quantity: stock }, token }), "set stock")
  }
  return item.id as string
}

async function reservations(context: Context, token: string, itemId: string): Promise<number> {
  const body = ok(await context.api.call(context.proxy.url, `/admin/reservations?inventory_item_id=${itemId}&limit=500`, { token }), "reservations")
  return (body.reservations as Json[]).reduce((sum, reservation) => sum + Number(reservation.quantity), 0)
}

/** The shopper orders and seller orders (parts) placed with an email starting with `email`, newest 1,000 orders. */
async function ordersOf(context: Context, token: string, email: string): Promise<{ parents: Json[]; parts: Json[] }> {
  const { orders } = ok(await context.api.call(context.proxy.url, "/admin/orders?fields=id,email,metadata&order=-created_at&limit=1000", { token }), "orders")
  const mine = (orders as Json[]).filter((order) => String(order.email).startsWith(email))
  return { parents: mine.filter((order) => !order.metadata?.parent_order_id), parts: mine.filter((order) => order.metadata?.parent_order_id) }
}

/** N shoppers complete a cart for the same variant at once, spread over both instances. */
export async function oversell(context: Context, { stock, shoppers }: { stock: number; shoppers: number }): Promise<Check[]> {
  const scenario = `Oversell (stock ${stock}, ${shoppers} shoppers)`
  const token = await adminToken(context.api, context.proxy.url)
  const { product, variant } = await freshProduct(context)
  const itemId = await setStock(context, token, variant.sku, stock)
  context.log(`${scenario}: ${product.title}; preparing ${shoppers} carts…`)
  const carts = await pool(Array.from({ length: shoppers }), 8, (_, i) =>
    readyCart(context.api, context.proxy.url, context.regionId, `oversell-${stock}-${i}@example.com`, [{ productId: product.id, variantId: variant.id, quantity: 1 }])
  )
  const before = new Map(context.proxy.served)
  const answers = await Promise.all(carts.map((cartId) => complete(context.api, context.proxy.url, cartId)))
  const served = new Map(context.proxy.served)
  const completedOn = (instance: Instance) => (served.get(instance.url) ?? 0) - (before.get(instance.url) ?? 0)
  const orders = answers.map(placedOrder).filter(Boolean)
  const reserved = await reservations(context, token, itemId)
  const statuses = [...new Set(answers.filter((answer) => !placedOrder(answer)).map((answer) => answer.status))].join(", ") || "none"
  return [
    { scenario, what: `orders placed = ${stock}`, measured: `${orders.length} (others answered ${statuses})`, pass: orders.length === stock },
    { scenario, what: "5xx answers = 0", measured: String(serverErrors(answers)), pass: serverErrors(answers) === 0 },
    { scenario, what: `units reserved = ${stock}`, measured: String(reserved), pass: reserved === stock },
    {
      scenario,
      what: "completions served by both instances",
      measured: `A ${completedOn(context.a)}, B ${completedOn(context.b)}`,
      pass: completedOn(context.a) > 0 && completedOn(context.b) > 0,
    },
  ]
}

/** A Stripe event about a PaymentIntent, signed the way Stripe signs webhooks (HMAC-SHA256 of "timestamp.payload"). */
function stripeEvent(type: string, intent: Json, secret: string): { payload: string; signature: string } {
  const payload = JSON.stringify({ id: `evt_${intent.id}_${type}_${randomBytes(4).toString("hex")}`, object: "event", type, data: { object: intent } })
  const timestamp = Math.floor(Date.now() / 1000)
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")
  return { payload, signature: `t=${timestamp},v1=${signature}` }
}

/** A signed Stripe event delivered to one instance's webhook route. */
const deliver = (context: Context, base: string, event: { payload: string; signature: string }) =>
  context.api.call(base, "/hooks/payment/stripe_stripe", { raw: event.payload, headers: { "stripe-signature": event.signature } })

/** Reads until `done` holds or `ms` pass; returns the last read. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    value = await read()
  }
  return value
}

/**
 * One cart with two sellers' items, paid by card: completed on both instances at the same moment
 * while Stripe's webhooks for its payment (succeeded, replayed, and amount_capturable_updated)
 * reach both instances too. Medusa completes a cart from the webhook as well (in the worker).
 */
export async function doubleSubmit(context: Context): Promise<Check[]> {
  const scenario = "Double submit and webhook race (same card-paid cart on A and B, plus its webhooks on both)"
  const token = await adminToken(context.api, context.proxy.url)
  const first = await freshProduct(context)
  const second = await freshProduct(context)
  for (const { variant } of [first, second]) await setStock(context, token, variant.sku, 100)
  const email = `double-${Date.now()}@example.com`
  const cartId = await readyCart(
    context.api,
    context.proxy.url,
    context.regionId,
    email,
    [
      { productId: first.product.id, variantId: first.variant.id, quantity: 1 },
      { productId: second.product.id, variantId: second.variant.id, quantity: 1 },
    ],
    "card"
  )
  const intent = [...context.stripe.intents.values()].at(-1)!
  context.stripe.confirm(intent.id) // the shopper's browser paid
  const paid = context.stripe.intents.get(intent.id)!
  const events = [
    ...Array.from({ length: 3 }, () => stripeEvent("payment_intent.succeeded", paid, context.stripeWebhookSecret)),
    stripeEvent("payment_intent.amount_capturable_updated", paid, context.stripeWebhookSecret),
  ]
  const [onA, onB, ...hooks] = await Promise.all([
    complete(context.api, context.a.url, cartId),
    complete(context.api, context.b.url, cartId),
    ...events.flatMap((event) => [deliver(context, context.a.url, event), deliver(context, context.b.url, event)]),
  ])
  const answers = [onA, onB]
  const ids = new Set(answers.map(placedOrder).filter(Boolean))
  // Medusa handles a webhook about 5 s after it arrives, in the worker: wait for the split, then
  // long enough for every late delivery to have been handled.
  await until(() => ordersOf(context, token, email), ({ parts }) => parts.length >= 2, 60_000)
  await new Promise((resolve) => setTimeout(resolve, 10_000))
  const { parents, parts } = await ordersOf(context, token, email)
  const captures = parents.length
    ? (
        ok(await context.api.call(context.proxy.url, `/admin/orders/${parents[0].id}?fields=*payment_collections.payments.captures`, { token }), "order payments")
          .order.payment_collections as Json[]
      ).flatMap((collection) => collection.payments as Json[])
    : []
  const captureCount = captures.reduce((sum, payment) => sum + (payment.captures?.length ?? 0), 0)
  const refunds = context.stripe.refunds.filter((refund) => refund.payment_intent === intent.id).length
  return [
    { scenario, what: "both answers name one order", measured: `${ids.size} distinct (statuses ${answers.map((a) => a.status).join(", ")})`, pass: ids.size === 1 },
    { scenario, what: "shopper orders = 1", measured: String(parents.length), pass: parents.length === 1 },
    { scenario, what: "seller orders = 2 (one per seller)", measured: String(parts.length), pass: parts.length === 2 },
    { scenario, what: "payments = 1, captures = 1, refunds = 0", measured: `${captures.length}, ${captureCount}, ${refunds}`, pass: captures.length === 1 && captureCount === 1 && refunds === 0 },
    {
      scenario,
      what: `webhooks accepted (${hooks.length}: ${events.length} events × both instances)`,
      measured: `${hooks.filter((h) => h.status === 200).length} × 200`,
      pass: hooks.every((h) => h.status === 200),
    },
    { scenario, what: "5xx answers = 0", measured: String(serverErrors([...answers, ...hooks])), pass: serverErrors([...answers, ...hooks]) === 0 },
  ]
}

/** Seller `handle`'s panel token (seeded owners log in as `<handle>@seller.sentra.local` in development). */
async function sellerToken(context: Context, handle: string): Promise<string> {
  const body = ok(await context.api.call(context.proxy.url, "/auth/seller/emailpass", { body: { email: `${handle}@seller.sentra.local`, password: "sentra-seller" } }), "seller login")
  return body.token as string
}

/** A request through the proxy with a raw body (possibly malformed JSON). */
const raw = (context: Context, method: string, path: string, body: string | undefined, token?: string) =>
  context.api.call(context.proxy.url, path, { method, raw: body, token })

/**
 * On the production shape (NODE_ENV=production, two instances): seller B reaches for seller A's
 * order and listing, a guest for a shopper's order without proof, and hostile bodies, queries and
 * paths hit store and vendor routes. Nothing may be read or changed across sellers, and no bad
 * input may answer 5xx. (The full matrix and corpus run in the backend's HTTP suites.)
 */
export async function isolation(context: Context): Promise<Check[]> {
  const scenario = "Isolation and bad input (production shape)"
  const mine = await freshProduct(context)
  const { sellers } = ok(await context.api.call(context.proxy.url, "/store/sellers?limit=5"), "sellers")
  const otherHandle = (sellers as Json[]).find((seller) => seller.handle !== mine.product.seller.handle)!.handle as string
  const token = await adminToken(context.api, context.proxy.url)
  await setStock(context, token, mine.variant.sku, 100)
  const email = `isolation-${Date.now()}@example.com`
  const cartId = await readyCart(context.api, context.proxy.url, context.regionId, email, [{ productId: mine.product.id, variantId: mine.variant.id, quantity: 1 }])
  const parentId = placedOrder(await complete(context.api, context.proxy.url, cartId))
  if (!parentId) throw new Error("isolation: the order was not placed")
  const [a, b] = [await sellerToken(context, mine.product.seller.handle), await sellerToken(context, otherHandle)]
  const { parts } = await until(() => ordersOf(context, token, email), ({ parts }) => parts.length >= 1, 30_000)
  const part = parts[0].id as string
  const product = mine.product.id as string

  const reaches = await Promise.all([
    context.api.call(context.proxy.url, `/vendor/orders/${part}`, { token: b }),
    context.api.call(context.proxy.url, `/vendor/orders/${part}/status`, { body: { status: "preparing" }, token: b }),
    context.api.call(context.proxy.url, `/vendor/products/${product}`, { token: b }),
    context.api.call(context.proxy.url, `/vendor/products/${product}`, { body: { title: "Diambil alih" }, token: b }),
    context.api.call(context.proxy.url, `/vendor/products/${product}`, { method: "DELETE", token: b }),
    context.api.call(context.proxy.url, `/store/order-groups/${parentId}`),
    context.api.call(context.proxy.url, `/store/order-groups/${parentId}?email=orang-lain@example.com`),
  ])
  const crossed = reaches.filter((answer) => answer.status < 400 || answer.status >= 500)
  const own = ok(await context.api.call(context.proxy.url, `/vendor/orders/${part}`, { token: a }), "own order").order
  const ownProduct = ok(await context.api.call(context.proxy.url, `/vendor/products/${product}`, { token: a }), "own product").product

  const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`
  const hostile = await Promise.all([
    raw(context, "POST", `/store/carts/${cartId}/complete`, '{"bad'),
    raw(context, "POST", "/store/carts", JSON.stringify({ region_id: context.regionId, email: "a\u0000b@example.com" })),
    raw(context, "POST", "/vendor/products", JSON.stringify({ title: "Keripik\u0000", variants: deep }), a),
    raw(context, "POST", "/vendor/products", JSON.stringify({ title: "x".repeat(1024 * 1024) }), a),
    raw(context, "POST", `/vendor/orders/${part}/status`, JSON.stringify({ status: { $ne: null } }), a),
    raw(context, "POST", "/store/search", deep),
    raw(context, "GET", "/store/search/suggest?q=a%00b", undefined),
    raw(context, "GET", "/store/sellers?limit=-1&offset=1e400", undefined),
    raw(context, "GET", "/vendor/orders/%E0%A4%A", undefined, a),
    raw(context, "GET", "/store/order-groups/' OR '1'='1", undefined),
  ])
  const refused = hostile.filter((answer) => answer.status >= 400 && answer.status < 500).length
  return [
    {
      scenario,
      what: "cross-seller reads and writes (and a guest's read without proof) that succeeded = 0",
      measured: `${crossed.length} of ${reaches.length} (answers ${[...new Set(reaches.map((r) => r.status))].join(", ")})`,
      pass: crossed.length === 0,
    },
    {
      scenario,
      what: "seller A's order and listing unchanged",
      measured: `status ${own.status}, title "${ownProduct.title}"`,
      pass: own.status === "received" && ownProduct.title === mine.product.title,
    },
    { scenario, what: "5xx answers to bad input = 0", measured: `${serverErrors(hostile)} of ${hostile.length} (${refused} × 4xx)`, pass: serverErrors(hostile) === 0 },
  ]
}

/** Whole checkouts (cart → items → pickup → cash → complete) at a fixed rate, on A+B and on A alone. */
export async function throughput(context: Context): Promise<{ checks: Check[]; table: string[] }> {
  const scenario = "Checkout load"
  const rate = Number(process.env.RELIABILITY_CHECKOUT_RATE ?? 0.5)
  const durationMs = Number(process.env.RELIABILITY_CHECKOUT_SECONDS ?? 30) * 1000
  const { product, variant } = await freshProduct(context)
  const token = await adminToken(context.api, context.proxy.url)
  await setStock(context, token, variant.sku, 100_000)
  const rows: string[] = []
  const checks: Check[] = []
  for (const [name, base] of [["A + B (proxy)", context.proxy.url], ["A alone", context.a.url]] as const) {
    context.log(`${scenario}: ${rate} checkouts/s for ${durationMs / 1000} s on ${name}…`)
    let fiveHundreds = 0
    const runResult = await openLoop({
      rate,
      durationMs,
      timeoutMs: 60_000,
      cases: 1,
      send: async () => {
        const cartId = await readyCart(context.api, base, context.regionId, `load-${Math.random().toString(36).slice(2)}@example.com`, [{ productId: product.id, variantId: variant.id, quantity: 1 }])
        const answer = await complete(context.api, base, cartId)
        if (answer.status >= 500) fiveHundreds++
        if (!placedOrder(answer)) throw new Error(`complete answered ${answer.status}`)
      },
    })
    const stats = summarize(runResult, { mode: "open-loop", rate, timeoutMs: 60_000 })
    rows.push(`| ${name} | ${stats.requests} | ${stats.ok} | ${stats.throughput_per_s} | ${stats.p50_ms ?? "–"} | ${stats.p95_ms ?? "–"} | ${stats.p99_ms ?? "–"} |`)
    checks.push({ scenario, what: `${name}: every checkout placed its order, 0 × 5xx`, measured: `${stats.ok}/${stats.requests}, ${fiveHundreds} × 5xx`, pass: stats.errors === 0 && fiveHundreds === 0 })
  }
  return {
    checks,
    table: [
      `${rate} checkouts/s for ${durationMs / 1000} s each (open loop: latency from the moment a checkout was due; a checkout is 6 API calls: cart with items and address, shipping options, pickup, payment collection, cash session, complete).`,
      "",
      "| Backend | Checkouts | Placed | Placed/s | p50 ms | p95 ms | p99 ms |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...rows,
    ],
  }
}

/**
 * Password guessing on one account, the attempts alternating between A and B (decision 103): the
 * instances share the count in Redis, so the 11th and 12th attempts are refused although each
 * instance saw only six.
 */
export async function loginLimit(context: Context): Promise<Check[]> {
  const scenario = "Login rate limit (one account, attempts alternating A and B)"
  const email = `penebak-${Date.now()}@example.com`
  const answers: Answer[] = []
  for (let i = 0; i < 12; i++) {
    const base = (i % 2 ? context.b : context.a).url
    answers.push(await context.api.call(base, "/auth/customer/emailpass", { body: { email, password: `salah-${i}` } }))
  }
  const statuses = answers.map((answer) => answer.status)
  const refused = answers.slice(10)
  const retryAfter = refused.map((answer) => Number(answer.headers.get("retry-after")))
  return [
    {
      scenario,
      what: "attempts 1–10 reach the password check (401), 11 and 12 answer 429",
      measured: statuses.join(", "),
      pass: statuses.slice(0, 10).every((status) => status === 401) && refused.every((answer) => answer.status === 429),
    },
    {
      scenario,
      what: "each 429 has Retry-After (1–60 s) and the rate_limited body",
      measured: `Retry-After ${retryAfter.join(", ")}; ${refused.map((answer) => answer.body.type).join(", ")}`,
      pass: retryAfter.every((seconds) => seconds >= 1 && seconds <= 60) && refused.every((answer) => answer.body.type === "rate_limited"),
    },
  ]
}

/** SIGTERM to server A while shoppers browse through the proxy: nothing fails, A exits in time. */
export async function gracefulShutdown(context: Context): Promise<Check[]> {
  const scenario = "Graceful shutdown (SIGTERM to A under load)"
  const { product, variant } = await freshProduct(context)
  const token = await adminToken(context.api, context.proxy.url)
  await setStock(context, token, variant.sku, 1_000)
  const inFlightCarts = await pool(Array.from({ length: 4 }), 4, (_, i) =>
    readyCart(context.api, context.a.url, context.regionId, `shutdown-${i}@example.com`, [{ productId: product.id, variantId: variant.id, quantity: 1 }])
  )
  const answers: Answer[] = []
  const servedBefore = new Map(context.proxy.served)
  let exitMs = -1
  const load = openLoop({
    rate: 20,
    durationMs: 12_000,
    timeoutMs: 30_000,
    cases: 1,
    send: async () => {
      const answer = await context.api.call(context.proxy.url, "/store/products?limit=24&fields=id,title,*variants")
      answers.push(answer)
      if (answer.status !== 200) throw new Error(`status ${answer.status}`)
    },
  })
  await sleep(3000)
  // Checkouts on A itself, still being completed when the signal arrives.
  const inFlight = Promise.all(inFlightCarts.map((cartId) => complete(context.api, context.a.url, cartId)))
  await sleep(50)
  const exited = context.a.terminate().then((ms) => (exitMs = ms))
  const stats = summarize(await load, { mode: "open-loop", rate: 20, timeoutMs: 30_000 })
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))])
  const afterB = (context.proxy.served.get(context.b.url) ?? 0) - (servedBefore.get(context.b.url) ?? 0)
  const finished = (await inFlight).filter((answer) => placedOrder(answer)).length
  return [
    { scenario, what: "checkouts in flight on A when it got SIGTERM finish", measured: `${finished}/${inFlightCarts.length} placed`, pass: finished === inFlightCarts.length },
    { scenario, what: "requests failed = 0", measured: `${stats.errors} of ${stats.requests} (p95 ${stats.p95_ms ?? "–"} ms)`, pass: stats.errors === 0 },
    { scenario, what: "A exits within 25 s", measured: exitMs < 0 ? "did not exit in 30 s" : `${(exitMs / 1000).toFixed(1)} s (code ${context.a.process.exitCode})`, pass: exitMs >= 0 && exitMs <= 25_000 },
    { scenario, what: "B took the traffic", measured: `${afterB} requests on B`, pass: afterB > 0 && context.a.process.exitCode === 0 },
  ]
}

/**
 * A service (PostgreSQL or Redis) goes away for `outageMs` while shoppers complete prepared carts
 * at a fixed rate through both instances; then it comes back. Every completion must either place
 * its order or get a clear answer (503, not a hang and not another 5xx); afterwards every cart
 * that failed completes, every order has its seller order and reservation, and both instances
 * serve without a restart.
 */
export async function outage(context: Context, service: string, link: Link, options: { rate?: number; carts?: number; outageAtMs?: number; outageMs?: number } = {}): Promise<Check[]> {
  const { rate = 2, carts: count = 30, outageAtMs = 3_000, outageMs = 10_000 } = options
  const scenario = `${service} restart under checkout load`
  const token = await adminToken(context.api, context.proxy.url)
  const { product, variant } = await freshProduct(context)
  const itemId = await setStock(context, token, variant.sku, 100_000)
  const prefix = `outage-${service.toLowerCase()}-${Date.now()}`
  const item = [{ productId: product.id, variantId: variant.id, quantity: 1 }]
  context.log(`${scenario}: preparing ${count} carts…`)
  const carts = await pool(Array.from({ length: count }), 8, (_, i) => readyCart(context.api, context.proxy.url, context.regionId, `${prefix}-${i}@example.com`, item))

  context.log(`${scenario}: ${rate} completions/s, ${service} away from ${outageAtMs / 1000} s for ${outageMs / 1000} s…`)
  const started = performance.now()
  const answers: { cartId: string; answer: Answer; at: number }[] = []
  const fault = (async () => {
    await sleep(outageAtMs)
    link.cut()
    await sleep(outageMs)
    await link.restore()
  })()
  await Promise.all(
    carts.map(async (cartId, i) => {
      await sleep(i * (1000 / rate))
      const at = performance.now() - started
      answers.push({ cartId, answer: await complete(context.api, context.proxy.url, cartId), at })
    })
  )
  await fault
  const failed = answers.filter(({ answer }) => !placedOrder(answer))
  const otherServerErrors = answers.filter(({ answer }) => answer.status >= 500 && answer.status !== 503)
  const slowest = Math.max(...answers.map(({ answer }) => answer.ms))

  // Recovery: how long until a checkout completes again, then every failed cart is retried.
  const recoveryStarted = performance.now()
  const probe = await readyCart(context.api, context.proxy.url, context.regionId, `${prefix}-probe@example.com`, item).catch(() => null)
  let recoveredMs = -1
  for (let cartId = probe; cartId && performance.now() - recoveryStarted < 60_000; await sleep(500)) {
    if (placedOrder(await complete(context.api, context.proxy.url, cartId))) {
      recoveredMs = performance.now() - recoveryStarted
      break
    }
  }
  const retried = await pool(failed, 2, ({ cartId }) => complete(context.api, context.proxy.url, cartId))
  const notCompletable = retried.filter((answer) => !placedOrder(answer))
  const perInstance = await Promise.all([context.a, context.b].map((instance) => readyCart(context.api, instance.url, context.regionId, `${prefix}-${instance.name}@example.com`, item).then((id) => complete(context.api, instance.url, id))))

  const { parents, parts: partsRightAway } = await ordersOf(context, token, prefix)
  const reserved = await reservations(context, token, itemId)
  // A split cut off by the outage can leave a seller order nobody recorded; the worker's reconcile
  // job (every minute, for seller orders older than 30 s) adopts or deletes it (decision 099).
  const reconcileStarted = performance.now()
  let parts = partsRightAway
  while (parts.length !== parents.length && performance.now() - reconcileStarted < 150_000) {
    await sleep(5_000)
    parts = (await ordersOf(context, token, prefix)).parts
  }
  const reconcileS = ((performance.now() - reconcileStarted) / 1000).toFixed(0)
  const placedFirstTime = answers.length - failed.length
  const expected = count + 1 + 2 // every cart, the recovery probe and one per instance
  const statuses = [...new Set(failed.map(({ answer }) => answer.status))].join(", ") || "none"
  return [
    { scenario, what: "completions during the outage answered 503 or placed the order (no other 5xx)", measured: `${placedFirstTime}/${count} placed, ${failed.length} refused (${statuses}), ${otherServerErrors.length} other 5xx`, pass: otherServerErrors.length === 0 },
    // A completion that arrives during the outage may wait it out (connection retries) and then
    // finish: bounded by the outage plus 35 s on this 2-core machine; a hang would hit the client's 60 s.
    { scenario, what: `no request hung (slowest answer < ${(outageMs + 35_000) / 1000} s)`, measured: `${(slowest / 1000).toFixed(1)} s`, pass: slowest < outageMs + 35_000 },
    { scenario, what: "checkouts work again within 60 s of the service's return", measured: recoveredMs < 0 ? "not within 60 s" : `${(recoveredMs / 1000).toFixed(1)} s`, pass: recoveredMs >= 0 },
    { scenario, what: "every refused cart completes when retried", measured: `${retried.length - notCompletable.length}/${retried.length}`, pass: notCompletable.length === 0 },
    { scenario, what: "both instances serve checkouts without a restart", measured: perInstance.map((answer) => answer.status).join(", "), pass: perInstance.every((answer) => placedOrder(answer)) },
    { scenario, what: `orders = carts (${expected}), each with its reservation`, measured: `${parents.length} orders, ${reserved} units reserved`, pass: parents.length === expected && reserved === expected },
    {
      scenario,
      what: "each order has exactly its seller order within 150 s (split, or the reconcile job after it)",
      measured: partsRightAway.length === parts.length ? `${parts.length} seller orders right away` : `${partsRightAway.length} seller orders right away, ${parts.length} after ${reconcileS} s`,
      pass: parts.length === expected,
    },
  ]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
