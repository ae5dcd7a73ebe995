import { describe, expect, it } from "vitest"
import { hasChromium, PHONE } from "../support/browser"
import { useShop } from "../support/shop"

// Without Debian's chromium the journey cannot run: it is skipped and says so (CI installs it).
if (!hasChromium) {
  console.warn("SKIPPED browser journeys: /usr/bin/chromium not found (apt-get install chromium)")
}

describe.skipIf(!hasChromium)("shopper journey: home page on a phone", () => {
  const shop = useShop()

  it("shows seeded products with Rupiah prices in Bahasa Indonesia, loading nothing from outside this machine", async () => {
    const context = await shop.browser.newContext(PHONE)
    const page = await context.newPage()
    const foreignHosts = new Set<string>()
    page.on("request", (request) => {
      const host = new URL(request.url()).hostname
      if (!["localhost", "127.0.0.1"].includes(host) && !request.url().startsWith("data:")) {
        foreignHosts.add(host)
      }
    })

    const response = await page.goto(shop.storefront.url, { waitUntil: "networkidle" })
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute("html", "lang")).toBe("id")

    const cards = page.locator("main .product-grid > li")
    expect(await cards.count()).toBeGreaterThanOrEqual(12)
    const firstCard = await cards.first().innerText()
    expect(firstCard).toMatch(/Rp \d{1,3}(\.\d{3})*/)

    const images = await page.locator("main .product-grid > li img").evaluateAll((imgs) =>
      imgs.slice(0, 4).map((img) => (img as HTMLImageElement).naturalWidth)
    )
    expect(images.every((width) => width > 0)).toBe(true)
    expect([...foreignHosts]).toEqual([])
    await context.close()
  })

  it("opens with the featured kecamatan; a flagship card leads to its product page", async () => {
    const context = await shop.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(shop.storefront.url, { waitUntil: "networkidle" })

    // "One District One Product" comes before the categories and the product grid.
    const order = await page.evaluate(() =>
      [".featured-districts", ".browse-links", "main .product-grid"].map((selector) =>
        Array.prototype.indexOf.call(document.querySelectorAll("main *"), document.querySelector(selector))
      )
    )
    expect(order[0]).toBeGreaterThanOrEqual(0)
    expect(order).toEqual([...order].sort((a, b) => a - b))

    const coblong = page.locator(".featured-district").first()
    expect(await coblong.locator(".featured-district__name").innerText()).toBe("Kec. Coblong")
    expect(await coblong.locator(".featured-district__headline").innerText()).not.toBe("")
    const heroWidth = await coblong.locator("img.featured-district__hero").evaluate((img) => (img as HTMLImageElement).naturalWidth)
    expect(heroWidth).toBeGreaterThan(0)

    const flagship = coblong.locator("a.featured-district__flagship")
    const title = await flagship.locator(".featured-district__flagship-title").innerText()
    expect(await flagship.innerText()).toMatch(/Rp \d{1,3}(\.\d{3})*/)
    const box = await flagship.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    await flagship.click()
    await page.waitForURL(/\/produk\/ayam-goreng-ungkep-bumbu-kuning-dapur-bu-imas$/)
    await expect.poll(() => page.locator("main h1").innerText(), { timeout: 10_000 }).toBe(title)
    await context.close()
  })

  it("switches to English with the language link and keeps it across pages", async () => {
    const context = await shop.browser.newContext(PHONE)
    const page = await context.newPage()
    await page.goto(shop.storefront.url)
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(/lang=en/)
    // Client-side navigation: the URL changes before React has rendered the new language.
    await expect.poll(() => page.getAttribute("html", "lang"), { timeout: 10_000 }).toBe("en")

    await page.goto(shop.storefront.url)
    expect(await page.getAttribute("html", "lang")).toBe("en")
    await context.close()
  })
})
