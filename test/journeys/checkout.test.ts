import { mkdirSync } from "node:fs"
import { generateSeed } from "@sentra/seed-data"
import type { BrowserContext, Page } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { backendApi } from "../support/api"
import { hasChromium, PHONE } from "../support/browser"
import { useShop } from "../support/shop"

if (!hasChromium) {
  console.warn("SKIPPED browser journeys: /usr/bin/chromium not found (apt-get install chromium)")
}

const seed = generateSeed()

/** Products of distinct sellers whose first variant has plenty of stock. */
const STOCKED = seed.sellers
  .map((seller) => seed.products.find((p) => p.sellerHandle === seller.handle && p.variants[0].stock >= 20))
  .filter((p) => p !== undefined)
const [FIRST, SECOND, THIRD, FOURTH] = STOCKED
const leadTimeOf = (sellerHandle: string) => seed.sellers.find((s) => s.handle === sellerHandle)!.leadTimeDays
/** A well-stocked product of a pre-order seller (lead time > 0) other than SECOND's (a test sells that out). */
const PREORDER = seed.products.find(
  (p) => leadTimeOf(p.sellerHandle) > 0 && p.handle !== SECOND.handle && p.variants.length === 1 && p.variants[0].stock >= 5
)!
/** SHOP_SHOTS=<folder> keeps 390 px screenshots of the order page in Bahasa Indonesia and English. */
const SHOTS = process.env.SHOP_SHOTS

describe.skipIf(!hasChromium)("shopper journey: buy from two sellers in one checkout, on a phone", () => {
  const shop = useShop()
  const variantIds = new Map<string, string>()

  const { api } = backendApi(shop)
  const login = async (actor: "seller" | "user", email: string, password: string) =>
    (await api(`/auth/${actor}/emailpass`, { method: "POST", body: JSON.stringify({ email, password }) })).body.token as string
  const sellerToken = (handle: string) => login("seller", `${handle}@seller.sentra.local`, "sentra-seller")
  /** The shopper orders (not the seller parts) placed with an email, as staff see them. */
  const shopperOrders = async (email: string) => {
    const admin = await login("user", "admin@sentra.local", "sentra-admin")
    const { body } = await api("/admin/orders?limit=200&fields=id,email,metadata", {}, admin)
    return (body.orders as { email: string; metadata?: { parent_order_id?: string } }[]).filter(
      (o) => o.email === email && !o.metadata?.parent_order_id
    )
  }

  beforeAll(async () => {
    for (const product of STOCKED) {
      const { body } = await api(`/store/products?handle=${product.handle}&fields=id,*variants`)
      variantIds.set(product.handle, body.products[0].variants.find((v: { sku: string }) => v.sku === product.variants[0].sku).id)
    }
  }, 300_000)

  /** On a product page: the first variant, a quantity, "Tambah ke keranjang". */
  async function addFromProductPage(page: Page, product: (typeof STOCKED)[number], quantity: number) {
    await page.goto(`${shop.storefront.url}/produk/${product.handle}`)
    const variant = page.locator(`[name=variant_id][value="${variantIds.get(product.handle)}"]`)
    if ((await variant.count()) && (await variant.getAttribute("type")) === "radio") await variant.check()
    const select = page.locator("select[name=variant_id]")
    if (await select.count()) await select.selectOption(variantIds.get(product.handle)!)
    await page.fill("[name=quantity]", String(quantity))
    await Promise.all([page.waitForURL(/\/keranjang/), page.getByRole("button", { name: /Tambah ke keranjang/ }).click()])
  }

  async function fillContact(page: Page, email: string) {
    await page.fill("#f-name", "Siti Aminah")
    await page.fill("#f-email", email)
    await page.fill("#f-whatsapp", "0812 3456 7890")
  }

  /** Chooses delivery for one seller's part (every part starts as pickup). */
  async function deliverPart(page: Page, sellerHandle: string) {
    const name = seed.sellers.find((s) => s.handle === sellerHandle)!.name
    await page.locator(".fulfillment-part", { hasText: name }).locator("input[value=delivery]").check()
  }

  /** A fresh phone with one product in the cart, at checkout with the contact filled in. */
  async function atCheckout(product: (typeof STOCKED)[number], email: string) {
    const context = await newPhone()
    const page = await context.newPage()
    await addFromProductPage(page, product, 1)
    await page.goto(`${shop.storefront.url}/checkout`)
    await fillContact(page, email)
    return { context, page }
  }

  async function placeOrder(page: Page) {
    await Promise.all([page.waitForURL(/\/pesanan\//), page.getByRole("button", { name: "Buat pesanan" }).click()])
    // With JavaScript the URL changes before the order page is on screen: wait for its heading.
    await page.locator("h1", { hasText: /Pesanan #\d+/ }).waitFor()
    return new URL(page.url()).pathname.split("/").pop()!
  }

  const newPhone = (options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> =>
    shop.browser.newContext({ ...PHONE, ...options })

  it("adds products of two sellers, checks out with pickup for one and delivery for the other, cash, and follows the pickup part to 'Siap diambil'", async () => {
    const context = await newPhone()
    const page = await context.newPage()
    await addFromProductPage(page, FIRST, 2)
    await addFromProductPage(page, SECOND, 1)
    await expect.poll(() => page.locator(".cart-link__count").textContent()).toBe("3")
    const groups = page.locator(".cart-group")
    expect(await groups.count()).toBe(2)
    expect(await page.locator(".cart-summary__total").textContent()).toContain(
      `Rp ${(2 * FIRST.variants[0].price + SECOND.variants[0].price).toLocaleString("id-ID")}`
    )

    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
    await page.waitForURL(/\/checkout/)
    await fillContact(page, "siti.dua@example.com")
    await deliverPart(page, SECOND.sellerHandle)
    await page.fill("#f-address", "Jl. Tubagus Ismail No. 5")
    await page.selectOption("#f-district", { label: "Coblong" })
    const orderId = await placeOrder(page)

    const parts = page.locator(".order-part")
    expect(await parts.count()).toBe(2)
    expect(await page.locator(".status").allTextContents()).toEqual(["Diterima", "Diterima"])
    // The pickup part shows its code; the delivered part does not need one.
    expect(await page.locator(".pickup-code__value").count()).toBe(1)
    const pickupCode = (await page.locator(".pickup-code__value").textContent())!.trim()
    // Cash: nothing is paid until each seller hands its part over.
    expect(await page.locator(".order-part__payment").allTextContents()).toEqual([
      "Belum dibayar — tunai saat diterima",
      "Belum dibayar — tunai saat diterima",
    ])
    expect(await page.locator(".totals__grand").textContent()).toContain(
      `Rp ${(2 * FIRST.variants[0].price + SECOND.variants[0].price + 15000).toLocaleString("id-ID")}`
    )
    expect(await page.locator(".cart-link__count").count()).toBe(0)

    // The first seller works its ticket in the seller panel API: accept, then ready.
    const token = await sellerToken(FIRST.sellerHandle)
    const { body: list } = await api("/vendor/orders?status=received", {}, token)
    const ticket = list.orders.find((o: { items: { title: string }[] }) => o.items.some((i) => i.title === FIRST.title))
    for (const status of ["preparing", "ready"]) {
      expect((await api(`/vendor/orders/${ticket.id}/status`, { method: "POST", body: JSON.stringify({ status }) }, token)).status).toBe(200)
    }
    await page.goto(`${shop.storefront.url}/pesanan/${orderId}`)
    expect((await page.locator(".status").allTextContents()).sort()).toEqual(["Diterima", "Siap diambil"])

    // Handed over with the shopper's code: that part is paid (cash received), the other still open.
    const completed = await api(
      `/vendor/orders/${ticket.id}/status`,
      { method: "POST", body: JSON.stringify({ status: "completed", pickup_code: pickupCode }) },
      token
    )
    expect(completed.status).toBe(200)
    await page.goto(`${shop.storefront.url}/pesanan/${orderId}`)
    const states = await page.locator(".order-part").evaluateAll((nodes) =>
      nodes.map((n) => [n.querySelector(".status")?.textContent, n.querySelector(".order-part__payment")?.textContent])
    )
    expect(states.sort()).toEqual([
      ["Diterima", "Belum dibayar — tunai saat diterima"],
      ["Selesai", "Dibayar"],
    ])
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true })
      await page.screenshot({ path: `${SHOTS}/pesanan-id.png`, fullPage: true })
      await page.getByRole("link", { name: "English" }).click()
      await page.locator(".order-part__payment--paid", { hasText: "Paid" }).waitFor()
      await page.screenshot({ path: `${SHOTS}/pesanan-en.png`, fullPage: true })
    }
    await context.close()
  })

  it("works the same with JavaScript disabled, delivery included", async () => {
    const context = await newPhone({ javaScriptEnabled: false })
    const page = await context.newPage()
    await addFromProductPage(page, THIRD, 1)
    await addFromProductPage(page, FOURTH, 1)
    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click()
    await fillContact(page, "tanpa.js@example.com")
    await deliverPart(page, THIRD.sellerHandle)
    await deliverPart(page, FOURTH.sellerHandle)
    await page.fill("#f-address", "Jl. Dago No. 10, RT 02/RW 03")
    await page.selectOption("#f-district", { label: "Coblong" })
    await placeOrder(page)
    expect(await page.locator(".order-part").count()).toBe(2)
    expect(await page.locator(".totals__grand").textContent()).toContain(
      `Rp ${(THIRD.variants[0].price + FOURTH.variants[0].price + 2 * 15000).toLocaleString("id-ID")}`
    )
    await context.close()
  })

  it("a bad form shows messages next to the fields and places nothing", async () => {
    const context = await newPhone()
    const page = await context.newPage()
    await addFromProductPage(page, FIRST, 1)
    await page.goto(`${shop.storefront.url}/checkout`)
    await page.fill("#f-name", "S")
    await page.fill("#f-email", "bukan-email")
    await page.fill("#f-whatsapp", "12345")
    await page.getByRole("button", { name: "Buat pesanan" }).click()
    await page.waitForSelector(".field-error")
    expect(await page.locator(".field-error").allTextContents()).toEqual([
      "Isi nama lengkap (2–100 huruf).",
      "Isi alamat email yang benar.",
      "Isi nomor HP Indonesia yang benar, mis. 0812 3456 7890.",
    ])
    expect(new URL(page.url()).pathname).toBe("/checkout")
    await context.close()
  })

  it("an item sold out between cart and checkout gives a clear message and no order", async () => {
    const { context, page } = await atCheckout(SECOND, "habis@example.com")

    const token = await sellerToken(SECOND.sellerHandle)
    const { body } = await api(`/store/products?handle=${SECOND.handle}&fields=id`)
    const variantId = variantIds.get(SECOND.handle)
    expect((await api(`/vendor/products/${body.products[0].id}`, { method: "POST", body: JSON.stringify({ variants: [{ id: variantId, stock: 0 }] }) }, token)).status).toBe(200)

    await page.getByRole("button", { name: "Buat pesanan" }).click()
    await page.waitForSelector(".notice--error")
    expect(await page.locator(".notice--error").textContent()).toContain("stoknya tidak cukup")
    expect(new URL(page.url()).pathname).toBe("/checkout")
    expect(await shopperOrders("habis@example.com")).toEqual([])
    await context.close()
  })

  it("pressing 'Buat pesanan' twice creates one order", async () => {
    const { context, page } = await atCheckout(THIRD, "dua.kali@example.com")
    // Two submissions of the same form at once, as an impatient thumb on a slow network.
    const statuses = await page.evaluate(async () => {
      const form = document.querySelector<HTMLFormElement>(".checkout-form")!
      const send = () => fetch(form.action, { method: "POST", body: new FormData(form), redirect: "manual" }).then((r) => r.status)
      return Promise.all([send(), send()])
    })
    // Both answered without a server error (a redirect to the order page, or "being placed").
    expect(statuses.filter((s) => s >= 500)).toEqual([])
    expect(await shopperOrders("dua.kali@example.com")).toHaveLength(1)
    await context.close()
  })

  it("a guest cannot open another guest's order by its id: the page asks for the order's email", async () => {
    const { context: buyer, page } = await atCheckout(FOURTH, "pemilik@example.com")
    const orderId = await placeOrder(page)

    const stranger = await newPhone()
    const other = await stranger.newPage()
    await other.goto(`${shop.storefront.url}/pesanan/${orderId}`)
    expect(await other.locator("h1").textContent()).toBe("Buka pesanan")
    expect(await other.content()).not.toContain("pemilik@example.com")
    expect(await other.locator(".order-part").count()).toBe(0)
    await other.fill("#prove-email", "orang.lain@example.com")
    await other.getByRole("button", { name: "Lihat pesanan" }).click()
    await other.waitForSelector(".field-error")
    expect(await other.locator(".field-error").textContent()).toBe("Email tidak cocok dengan pesanan ini.")
    await other.fill("#prove-email", "pemilik@example.com")
    await Promise.all([other.waitForSelector(".order-part"), other.getByRole("button", { name: "Lihat pesanan" }).click()])
    expect(await other.locator(".order-part").count()).toBe(1)
    await buyer.close()
    await stranger.close()
  })

  it("a pre-order part: the shopper picks the ready date and writes notes; the order page and the seller's ticket show them with the part's money", async () => {
    const context = await newPhone()
    const page = await context.newPage()
    await addFromProductPage(page, FIRST, 1)
    await page.goto(`${shop.storefront.url}/produk/${PREORDER.handle}`)
    await Promise.all([page.waitForURL(/\/keranjang/), page.getByRole("button", { name: /Tambah ke keranjang/ }).click()])
    await page.goto(`${shop.storefront.url}/checkout`)
    await fillContact(page, "preorder@example.com")
    // Only the pre-order seller's part asks for a date; it starts at the earliest day it allows.
    const date = page.locator("input[type=date]")
    expect(await date.count()).toBe(1)
    const earliest = (await date.getAttribute("min"))!
    expect(await date.inputValue()).toBe(earliest)
    const day = new Date(Date.parse(`${earliest}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10)
    await date.fill(day)
    const notes = page.locator("textarea[name^='note:']")
    expect(await notes.count()).toBe(2)
    const preorderSeller = seed.sellers.find((s) => s.handle === PREORDER.sellerHandle)!.name
    const firstSeller = seed.sellers.find((s) => s.handle === FIRST.sellerHandle)!.name
    await page.locator(".part-details", { has: page.locator("input[type=date]") }).locator("textarea").fill("Bungkus kado, ya")
    await page.locator(".part-details", { hasNot: page.locator("input[type=date]") }).locator("textarea").fill("tidak pedas")
    // A day before the seller can make it: the message stands next to that part, nothing is placed.
    await date.fill(new Date(Date.parse(`${earliest}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10))
    await page.getByRole("button", { name: "Buat pesanan" }).click()
    const dateError = page.locator(".part-details .field-error")
    await dateError.waitFor()
    expect(await dateError.textContent()).toMatch(/^Pilih tanggal antara \S+, \d+ \S+ \d{4} dan /)
    expect(new URL(page.url()).pathname).toBe("/checkout")
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true })
      await dateError.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/checkout-preorder-error-id.png` })
    }
    await date.fill(day)
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true })
      await page.screenshot({ path: `${SHOTS}/checkout-preorder-id.png`, fullPage: true })
      const en = await context.newPage()
      await en.goto(`${shop.storefront.url}/checkout?lang=en`)
      await en.screenshot({ path: `${SHOTS}/checkout-preorder-en.png`, fullPage: true })
      await en.goto(`${shop.storefront.url}/checkout?lang=id`)
      await en.close()
    }
    const orderId = await placeOrder(page)

    const part = (seller: string) => page.locator(".order-part", { hasText: seller })
    const readyText = `Pre-order: siap ${new Intl.DateTimeFormat("id-ID", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${day}T00:00:00Z`))}`
    expect(await part(preorderSeller).locator(".order-part__preorder").textContent()).toBe(readyText)
    expect(await part(preorderSeller).locator(".order-part__note").textContent()).toBe("Catatan untuk penjual: Bungkus kado, ya")
    expect(await part(firstSeller).locator(".order-part__note").textContent()).toBe("Catatan untuk penjual: tidak pedas")
    expect(await part(firstSeller).locator(".order-part__preorder").count()).toBe(0)
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/pesanan-preorder-id.png`, fullPage: true })
      await page.goto(`${shop.storefront.url}/pesanan/${orderId}?lang=en`)
      await page.screenshot({ path: `${SHOTS}/pesanan-preorder-en.png`, fullPage: true })
    }

    // The pre-order seller signs in to its panel and opens the ticket.
    const { body: group } = await api(`/store/order-groups/${orderId}?email=preorder@example.com`)
    const ticketId = group.order_group.parts.find((p: { seller: { handle: string } }) => p.seller.handle === PREORDER.sellerHandle).id
    const seller = await newPhone()
    const panel = await seller.newPage()
    await panel.goto(`${shop.storefront.url}/mitra/pesanan/${ticketId}?lang=id`)
    await panel.fill("#m-email", `${PREORDER.sellerHandle}@seller.sentra.local`)
    await panel.fill("#m-password", "sentra-seller")
    await Promise.all([panel.waitForURL(/\/mitra\/pesanan\//), panel.getByRole("button", { name: "Masuk" }).click()])
    const ticket = panel.locator(".mitra-ticket")
    await ticket.waitFor()
    expect(await ticket.locator(".mitra-ticket__preorder").textContent()).toBe(readyText)
    expect(await ticket.locator(".mitra-ticket__note").textContent()).toBe("Catatan pembeli: Bungkus kado, ya")
    expect(await ticket.locator(".mitra-ticket__payment").textContent()).toBe("Tunai · Belum dibayar — tunai saat diterima")
    if (SHOTS) {
      await panel.screenshot({ path: `${SHOTS}/mitra-tiket-preorder-id.png`, fullPage: true })
      await panel.goto(`${shop.storefront.url}/mitra/pesanan/${ticketId}?lang=en`)
      await panel.locator(".mitra-ticket__payment", { hasText: "Cash · Not paid yet" }).waitFor()
      await panel.screenshot({ path: `${SHOTS}/mitra-tiket-preorder-en.png`, fullPage: true })
    }
    await seller.close()
    await context.close()
  })
})
