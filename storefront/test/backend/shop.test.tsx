/**
 * The buying routes — /keranjang, /checkout and /pesanan/:id — against ONE real Medusa backend
 * (embedded PostgreSQL, migrated and seeded) shared by the route suites (global-setup.ts). Loaders
 * and actions are called directly with a cookie jar, the way a browser without JavaScript posts
 * forms; pages are rendered through a Remix stub.
 */
import { beforeAll, describe, expect, it } from "vitest"
import { buyableVariant, call, cartOf, checkoutForm, EMPAL, Jar, location, payload, request, statusOf, twoSellerCart, type CartData, type CheckoutData } from "./shop-support"
import { render } from "./support"

type CartRoute = typeof import("~/routes/keranjang")
type CheckoutRoute = typeof import("~/routes/checkout")
type OrderRoute = typeof import("~/routes/pesanan.$id")
type Cookies = typeof import("~/lib/cookies.server")

let cart: CartRoute
let checkout: CheckoutRoute
let order: OrderRoute
let cookies: Cookies

beforeAll(async () => {
  ;[cart, checkout, order, cookies] = await Promise.all([
    import("~/routes/keranjang"),
    import("~/routes/checkout"),
    import("~/routes/pesanan.$id"),
    import("~/lib/cookies.server"),
  ])
})

type OrderData = Awaited<ReturnType<OrderRoute["loader"]>>["data"]

describe("cart /keranjang", () => {
  it("with no cookie shows the empty cart in Bahasa with a way back to the products", async () => {
    const jar = new Jar()
    const result = await call(cart.loader, jar, "/keranjang")
    const data = payload<CartData>(result)
    expect(data.cart).toBeNull()
    expect(jar.has("sentra_cart")).toBe(false)
    const html = render("/keranjang", "/keranjang", cart.default, data)
    expect(html).toContain("Keranjangmu masih kosong.")
    expect(html).toContain('href="/"')
  }, 60_000)

  it("adds products of two sellers into one cart grouped by seller, with the count in the cookie", async () => {
    const jar = await twoSellerCart()
    const view = (await cartOf(jar))!
    expect(view.groups.map((g) => g.seller?.handle).sort()).toEqual(["batik-cigadung-lestari", "dapur-bu-imas"])
    expect(view.count).toBe(3)
    for (const group of view.groups) {
      expect(group.subtotal).toBe(group.lines.reduce((sum, line) => sum + line.total, 0))
      expect(group.shippingProfileId).toBeTruthy()
    }
    expect(view.itemTotal).toBe(view.groups.reduce((sum, g) => sum + g.subtotal, 0))
    expect(Number.isInteger(view.itemTotal)).toBe(true)
    const html = render("/keranjang", "/keranjang", cart.default, payload<CartData>(await call(cart.loader, jar, "/keranjang")))
    expect(html).toContain("Dari Dapur Bu Imas")
    expect(html).toContain('<form method="post"')
    // The header badge reads the count from the signed cookie.
    expect((await cookies.readCartCookie(request(jar, "/")))?.count).toBe(3)
  }, 120_000)

  it("changes and removes lines; refuses fractional quantities without changing the cart", async () => {
    const jar = await twoSellerCart()
    const before = (await cartOf(jar))!
    const empal = before.groups.find((g) => g.seller?.handle === "dapur-bu-imas")!.lines[0]

    const half = await call(cart.action, jar, "/keranjang", { intent: "update", line_id: empal.id, quantity: "0.5" })
    expect(statusOf(half)).toBe(400)
    expect(payload<{ error: string }>(half).error).toBe("cart.error.quantity")
    expect((await cartOf(jar))!.count).toBe(3)

    expect(location(await call(cart.action, jar, "/keranjang", { intent: "update", line_id: empal.id, quantity: "1" }))).toBe("/keranjang")
    expect((await cartOf(jar))!.count).toBe(2)
    expect(location(await call(cart.action, jar, "/keranjang", { intent: "remove", line_id: empal.id }))).toBe("/keranjang")
    const after = (await cartOf(jar))!
    expect(after.groups.map((g) => g.seller?.handle)).toEqual(["batik-cigadung-lestari"])
    expect((await cookies.readCartCookie(request(jar, "/")))?.count).toBe(1)
  }, 120_000)

  it("a cookie naming a cart that no longer exists is cleared", async () => {
    const jar = new Jar()
    jar.take({ init: { headers: { "Set-Cookie": await cookies.writeCartCookie({ id: "cart_01HZZZZZZZZZZZZZZZZZZZZZZZ", count: 4 }) } } })
    expect(jar.has("sentra_cart")).toBe(true)
    const data = payload<CartData>(await call(cart.loader, jar, "/keranjang"))
    expect(data.cart).toBeNull()
    expect(jar.has("sentra_cart")).toBe(false)
  }, 60_000)
})

describe("checkout /checkout and order /pesanan/:id", () => {
  it("without a cart, checkout sends the shopper back to the cart", async () => {
    expect(location(await call(checkout.loader, new Jar(), "/checkout"))).toBe("/keranjang")
  }, 60_000)

  it("loads per-seller pickup and delivery options, pickup details and the kecamatan list", async () => {
    const jar = await twoSellerCart()
    const data = payload<CheckoutData>(await call(checkout.loader, jar, "/checkout"))
    expect(Object.keys(data.options)).toHaveLength(2)
    for (const choices of Object.values(data.options)) {
      expect(choices.pickup).not.toBeNull()
      expect(choices.delivery).not.toBeNull()
      expect(choices.pickup!.amount).toBe(0)
    }
    expect(data.pickups.map((p) => p.handle).sort()).toEqual(["batik-cigadung-lestari", "dapur-bu-imas"])
    expect(data.districts).toHaveLength(59)
    const html = render("/checkout", "/checkout", checkout.default, data)
    expect(html).toMatch(/name="payment"[^>]*value="cash"/)
    // One pickup/delivery choice per seller.
    for (const profileId of Object.keys(data.options)) expect(html).toContain(`name="fulfillment:${profileId}"`)
  }, 120_000)

  it("shows field errors for a bad form and places nothing", async () => {
    const jar = await twoSellerCart()
    const data = payload<CheckoutData>(await call(checkout.loader, jar, "/checkout"))
    const bad = await call(checkout.action, jar, "/checkout", { ...checkoutForm(data), email: "bukan-email", whatsapp: "123" })
    expect(statusOf(bad)).toBe(400)
    const errors = payload<{ errors: Record<string, string> }>(bad).errors
    expect(errors).toMatchObject({ email: "checkout.error.email", whatsapp: "checkout.error.whatsapp" })
    expect((await cartOf(jar))!.count).toBe(3)
  }, 120_000)

  it("asks each seller part for a note and the pre-order seller for its ready date, with errors next to that part, and nothing placed", async () => {
    const jar = await twoSellerCart()
    const data = payload<CheckoutData>(await call(checkout.loader, jar, "/checkout"))
    const batik = data.pickups.find((p) => p.handle === "batik-cigadung-lestari")!
    const kitchen = data.pickups.find((p) => p.handle === "dapur-bu-imas")!
    expect(batik.leadTimeDays).toBeGreaterThan(0)
    expect(batik.readyDates).not.toBeNull()
    expect(kitchen.readyDates).toBeNull()
    const html = render("/checkout", "/checkout", checkout.default, data)
    // A note for every seller; a date (starting at the earliest day, within the window) only for the pre-order seller.
    expect(html).toContain(`name="note:${kitchen.id}"`)
    expect(html).toContain(`name="note:${batik.id}"`)
    expect(html).toContain("Catatan untuk penjual (opsional)")
    expect(html).toMatch(new RegExp(`name="ready_date:${batik.id}"[^>]*min="${batik.readyDates!.min}"[^>]*max="${batik.readyDates!.max}"`))
    expect(html).not.toContain(`name="ready_date:${kitchen.id}"`)
    expect(html).toContain("Tanggal siap")

    const bad = await call(checkout.action, jar, "/checkout", {
      ...checkoutForm(data),
      [`ready_date:${batik.id}`]: "2020-01-01",
      [`note:${kitchen.id}`]: "a".repeat(281),
    })
    expect(statusOf(bad)).toBe(400)
    const result = payload<{ errors: { parts?: Record<string, Record<string, string>> } }>(bad)
    expect(result.errors.parts).toEqual({
      [batik.id]: { readyDate: "checkout.error.readyDateRange" },
      [kitchen.id]: { note: "checkout.error.note" },
    })
    const missing = await call(checkout.action, jar, "/checkout", { ...checkoutForm(data), [`ready_date:${batik.id}`]: "" })
    expect(payload<typeof result>(missing).errors.parts).toEqual({ [batik.id]: { readyDate: "checkout.error.readyDateRequired" } })
    // The errors are shown next to the part they concern.
    const page = render("/checkout", "/checkout", checkout.default, data, payload(bad))
    expect(page).toContain(`id="f-ready-${batik.id}-error"`)
    expect(page).toContain(`id="f-note-${kitchen.id}-error"`)
    expect(page).toContain("Catatan paling banyak 280 karakter.")
    expect((await cartOf(jar))!.count).toBe(3)
  }, 120_000)

  it("places a two-seller order (pickup + delivery, cash), then the order page shows both parts; a stale cart cookie starts a new cart", async () => {
    const jar = await twoSellerCart()
    const staleCart = jar.copy() // the same cart cookie, kept by a second tab
    const data = payload<CheckoutData>(await call(checkout.loader, jar, "/checkout"))
    const batik = data.pickups.find((p) => p.handle === "batik-cigadung-lestari")!
    const kitchen = data.pickups.find((p) => p.handle === "dapur-bu-imas")!
    const placed = await call(checkout.action, jar, "/checkout", { ...checkoutForm(data), [`note:${kitchen.id}`]: "tidak pedas" })
    const to = location(placed)
    expect(to).toMatch(/^\/pesanan\/order_[A-Z0-9]+\?baru=1$/)
    expect(jar.has("sentra_cart")).toBe(false)
    expect(jar.has("sentra_orders")).toBe(true)
    const id = to!.slice("/pesanan/".length, to!.indexOf("?"))

    // The order page, proven by the cookie the checkout set.
    const page = payload<OrderData>(await call(order.loader, jar, to!, undefined, { id }))
    expect(page.order).not.toBeNull()
    expect(page.order!.parts).toHaveLength(2)
    const pickup = page.order!.parts.find((p) => p.fulfillmentType === "pickup")!
    const delivery = page.order!.parts.find((p) => p.fulfillmentType === "delivery")!
    expect(pickup.seller.handle).toBe("dapur-bu-imas")
    expect(pickup.pickupCode).toMatch(/\S+/)
    expect(delivery.seller.handle).toBe("batik-cigadung-lestari")
    expect(page.order!.payableTotal).toBe(page.order!.parts.reduce((sum, p) => sum + p.total, 0))
    // Each part carries what the shopper told its seller.
    expect(pickup).toMatchObject({ note: "tidak pedas", readyDate: null })
    expect(delivery).toMatchObject({ note: null, readyDate: batik.readyDates!.min })
    const html = render("/pesanan/:id", to!, order.default, page)
    expect(html).toContain("Diterima")
    expect(html).toContain("Catatan untuk penjual: tidak pedas")
    expect(html).toMatch(/Pre-order: siap (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d+ \w+ \d{4}/)
    expect(html).toContain(pickup.pickupCode!)

    // Another browser (no proof) sees nothing but the email form; a wrong email proves nothing.
    const stranger = new Jar()
    expect(payload<OrderData>(await call(order.loader, stranger, `/pesanan/${id}`, undefined, { id })).order).toBeNull()
    const wrong = await call(order.action, stranger, `/pesanan/${id}`, { email: "orang.lain@example.id" }, { id })
    expect(statusOf(wrong)).toBe(404)
    expect(stranger.has("sentra_orders")).toBe(false)
    const right = await call(order.action, stranger, `/pesanan/${id}`, { email: "SITI.RAHMA@example.id" }, { id })
    expect(location(right)).toBe(`/pesanan/${id}`)
    expect(payload<OrderData>(await call(order.loader, stranger, `/pesanan/${id}`, undefined, { id })).order?.id).toBe(id)

    // The other tab still holds the completed cart's cookie: the cart page starts clean…
    const oldCartId = (await cookies.readCartCookie(request(staleCart, "/")))!.id
    expect(payload<CartData>(await call(cart.loader, staleCart, "/keranjang")).cart).toBeNull()
    expect(staleCart.has("sentra_cart")).toBe(false)
    // …and even with the stale cookie still sent, adding starts a new cart with only the new item.
    const stale = jar.copy()
    stale.take({ init: { headers: { "Set-Cookie": await cookies.writeCartCookie({ id: oldCartId, count: 3 }) } } })
    await call(cart.action, stale, "/keranjang", { intent: "add", variant_id: await buyableVariant(EMPAL, 1), quantity: "1" })
    const fresh = (await cartOf(stale))!
    expect(fresh.id).not.toBe(oldCartId)
    expect(fresh.count).toBe(1)
    // Checkout with the completed cart's cookie does not place anything again.
    const again = jar.copy()
    again.take({ init: { headers: { "Set-Cookie": await cookies.writeCartCookie({ id: oldCartId, count: 3 }) } } })
    expect(location(await call(checkout.action, again, "/checkout", checkoutForm(data)))).toBe("/keranjang")
  }, 180_000)
})
