import type { Page } from "playwright-core"
import { describe, expect, it } from "vitest"
import { hasChromium, PHONE } from "../support/browser"
import { useShop } from "../support/shop"

if (!hasChromium) {
  console.warn("SKIPPED browser journeys: /usr/bin/chromium not found (apt-get install chromium)")
}

/** Nothing wider than the phone: no sideways scrolling. */
const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

describe.skipIf(!hasChromium)("shopper journey: browsing by kecamatan on a phone", () => {
  const shop = useShop()

  it("home → kecamatan → seller → product: price, seller card and the add-to-cart form", async () => {
    const context = await shop.browser.newContext(PHONE)
    const page = await context.newPage()
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    const foreignHosts = new Set<string>()
    page.on("request", (request) => {
      const url = new URL(request.url())
      if (url.protocol !== "data:" && !["localhost", "127.0.0.1"].includes(url.hostname)) foreignHosts.add(url.hostname)
    })

    await page.goto(shop.storefront.url, { waitUntil: "networkidle" })
    // The home page offers the three categories and the kecamatan.
    for (const name of ["Kuliner", "Fesyen", "Kriya"]) {
      expect(await page.getByRole("link", { name, exact: true }).count()).toBe(1)
    }
    await page.getByRole("link", { name: /Jelajahi per kecamatan/ }).tap()
    await page.waitForURL(/\/kecamatan$/)
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Jelajahi per kecamatan")
    expect(await page.getByRole("heading", { name: "Kota Bandung" }).count()).toBe(1)
    expect(await fitsPhone(page)).toBe(true)

    await page.getByRole("link", { name: /^Coblong/ }).tap()
    await page.waitForURL(/\/kecamatan\/32\.73\.02$/)
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Coblong")
    expect(await fitsPhone(page)).toBe(true)

    await page.getByRole("link", { name: /Dapur Bu Imas/ }).first().tap()
    await page.waitForURL(/\/penjual\/dapur-bu-imas$/)
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Dapur Bu Imas")
    expect(await page.getByText("Jam buka (WIB)").count()).toBe(1)
    const chat = await page.getByRole("link", { name: "Chat penjual di WhatsApp" }).getAttribute("href")
    expect(chat).toMatch(/^https:\/\/wa\.me\/62\d+\?text=.*Dapur%20Bu%20Imas/)
    expect(await fitsPhone(page)).toBe(true)

    const firstProduct = page.locator("main .product-grid > li a").first()
    const title = await firstProduct.innerText()
    await firstProduct.tap()
    await page.waitForURL(/\/produk\//)
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(title)
    expect(await page.locator(".product-page__price").innerText()).toMatch(/^Rp \d{1,3}(\.\d{3})*/)
    const sellerCard = page.getByRole("region", { name: "Penjual" })
    expect(await sellerCard.innerText()).toMatch(/Dapur Bu Imas[\s\S]*Coblong[\s\S]*(Buka sekarang|Tutup)/)
    const form = page.locator('form[method="post"][action="/keranjang"]')
    expect(await form.count()).toBe(1)
    expect(await form.locator('input[name="intent"]').inputValue()).toBe("add")
    expect(await form.locator('input[name="variant_id"]').count()).toBeGreaterThan(0)
    expect(await form.getByLabel("Jumlah").inputValue()).toBe("1")
    const button = form.getByRole("button", { name: "Tambah ke keranjang" })
    const box = (await button.boundingBox())!
    expect(box.height).toBeGreaterThanOrEqual(44)
    expect(await fitsPhone(page)).toBe(true)

    expect([...foreignHosts]).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it("an unknown product is a 404 page in Bahasa Indonesia", async () => {
    const context = await shop.browser.newContext(PHONE)
    const page = await context.newPage()
    const response = await page.goto(`${shop.storefront.url}/produk/tidak-ada-produk-ini`)
    expect(response?.status()).toBe(404)
    expect(await page.getAttribute("html", "lang")).toBe("id")
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Produk tidak ditemukan")
    expect(await page.getByRole("link", { name: "Kembali ke beranda" }).count()).toBe(1)
    await context.close()
  })
})
