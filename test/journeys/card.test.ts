import { generateSeed } from "@sentra/seed-data"
import { stripeTestClient } from "@sentra/stripe-test-server"
import type { Page, Route } from "playwright-core"
import { describe, expect, it } from "vitest"
import { hasChromium, PHONE } from "../support/browser"
import { useShop } from "../support/shop"

if (!hasChromium) {
  console.warn("SKIPPED card journey: /usr/bin/chromium not found (apt-get install chromium)")
}

/** A product with one variant and plenty of stock (no variant to choose on its page). */
const PRODUCT = generateSeed().products.find((p) => p.variants.length === 1 && p.variants[0].stock >= 20)!
/** CARD_SHOTS=<folder> keeps 390 px screenshots of the card step (loading, could not load). */
const SHOTS = process.env.CARD_SHOTS

describe.skipIf(!hasChromium)("shopper journey: card at checkout, on a phone, without internet", () => {
  // Card is on in the journeys' shared shop (support/global-shop.ts): the backend's Stripe provider
  // talks to a local Stripe test server, read here over HTTP.
  const shop = useShop()
  const stripe = () => stripeTestClient(shop.stripeUrl)

  /**
   * A phone whose requests outside localhost are recorded and never sent: Stripe.js is refused
   * (or, with `hold`, left pending, as on a slow connection).
   */
  async function phone(stripeJs: "refuse" | "hold") {
    const context = await shop.browser.newContext(PHONE)
    const outside: string[] = []
    await context.route(
      (url) => !/^http:\/\/localhost[:/]/.test(url.href),
      async (route: Route) => {
        outside.push(route.request().url())
        if (stripeJs === "refuse") await route.abort()
      }
    )
    const page = await context.newPage()
    await page.goto(`${shop.storefront.url}/produk/${PRODUCT.handle}`)
    await Promise.all([page.waitForURL(/\/keranjang/), page.getByRole("button", { name: /Tambah ke keranjang/ }).click()])
    await page.goto(`${shop.storefront.url}/checkout`)
    await page.fill("#f-name", "Siti Aminah")
    await page.fill("#f-email", "siti.kartu@example.id")
    await page.fill("#f-whatsapp", "0812 3456 7890")
    return { context, page, outside }
  }

  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
  }

  it("nothing leaves localhost until card is chosen; Stripe.js refused → the card form says so; switching to cash places the order", async () => {
    const { context, page, outside } = await phone("refuse")
    const card = page.getByLabel(/Kartu debit\/kredit/)
    await card.waitFor()
    expect(outside).toEqual([])

    const intents = (await stripe().intents()).length
    await card.check()
    await page.getByRole("button", { name: "Lanjut ke pembayaran kartu" }).click()
    await page.getByText("Formulir kartu tidak bisa dimuat").waitFor()
    await shot(page, "card-could-not-load")
    expect(outside.length).toBeGreaterThan(0)
    expect(outside.every((url) => url.startsWith("https://js.stripe.com/"))).toBe(true)
    // The PaymentIntent the action prepared: the page's total, from the backend, ×100.
    const after = await stripe().intents() // newest first
    expect(after.length).toBe(intents + 1)
    const intent = after[0]
    expect(intent.amount).toBe(PRODUCT.variants[0].price * 100)
    expect(await page.locator(".card-step__amount").textContent()).toBe(`Ditagih ke kartumu: Rp ${PRODUCT.variants[0].price.toLocaleString("id-ID")}`)

    await page.getByLabel(/Tunai/).check()
    await Promise.all([page.waitForURL(/\/pesanan\//), page.getByRole("button", { name: "Buat pesanan" }).click()])
    await page.locator("h1", { hasText: /Pesanan #\d+/ }).waitFor()
    expect(await page.locator(".order-part__payment").allTextContents()).toEqual(["Belum dibayar — tunai saat diterima"])
    expect((await stripe().intents()).find((pi) => pi.id === intent.id)!.status).toBe("canceled")
    await context.close()
  })

  it("while Stripe.js is on its way the card step says 'Memuat formulir kartu…' and cannot be paid yet", async () => {
    const { context, page } = await phone("hold")
    await page.getByLabel(/Kartu debit\/kredit/).check()
    await page.getByRole("button", { name: "Lanjut ke pembayaran kartu" }).click()
    await page.getByText("Memuat formulir kartu…").waitFor()
    await shot(page, "card-loading")
    expect(await page.getByRole("button", { name: /^Bayar Rp/ }).isDisabled()).toBe(true)
    await context.close()
  })
})
