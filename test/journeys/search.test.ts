import { describe, expect, it } from "vitest"
import { hasChromium, PHONE } from "../support/browser"
import { useShop } from "../support/shop"

if (!hasChromium) {
  console.warn("SKIPPED browser journeys: /usr/bin/chromium not found (apt-get install chromium)")
}

/**
 * The backend answers /health before the Search Module has built the product index (it seeds in
 * the background at boot); until then /cari answers 503. Wait for a real results page.
 */
async function searchReady(storefrontUrl: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs
  while ((await fetch(`${storefrontUrl}/cari?q=kopi`)).status !== 200) {
    if (Date.now() > deadline) throw new Error(`/cari still failing after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

describe.skipIf(!hasChromium)("shopper journey: search on a phone", () => {
  const shop = useShop({ ready: searchReady })

  it("suggests as the shopper types in the header box, with keyboard control, and Enter opens the results", async () => {
    const context = await shop.browser.newContext(PHONE)
    const page = await context.newPage()
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    await page.goto(shop.storefront.url, { waitUntil: "networkidle" })

    const box = page.getByRole("combobox", { name: "Cari produk" })
    await box.tap()
    await box.pressSequentially("rendang", { delay: 40 })
    const list = page.getByRole("listbox", { name: "Saran pencarian" })
    await list.waitFor({ state: "visible" })
    await expect.poll(() => box.getAttribute("aria-expanded")).toBe("true")
    const firstOption = list.getByRole("option").first()
    expect(await firstOption.innerText()).toMatch(/Rendang/)
    expect(await list.getByRole("group", { name: "Produk" }).count()).toBe(1)

    // Arrow keys move the highlight; Escape closes the list and keeps the text.
    await box.press("ArrowDown")
    expect(await firstOption.getAttribute("aria-selected")).toBe("true")
    expect(await box.getAttribute("aria-activedescendant")).toBe(await firstOption.getAttribute("id"))
    await box.press("Escape")
    expect(await box.getAttribute("aria-expanded")).toBe("false")
    expect(await box.inputValue()).toBe("rendang")

    // Enter with nothing highlighted searches for the text.
    await box.press("Enter")
    await page.waitForURL(/\/cari\?q=rendang$/)
    await expect.poll(() => page.title()).toContain("rendang")
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Hasil untuk “rendang”")
    const cards = page.locator("main .product-grid > li")
    expect(await cards.count()).toBeGreaterThan(0)
    expect(await cards.first().innerText()).toMatch(/Rendang[\s\S]*Rp \d{1,3}(\.\d{3})*/)
    expect(await box.inputValue()).toBe("rendang")
    expect(errors).toEqual([])
    await context.close()
  })

  it("searches and applies a facet without JavaScript: the URL and the results change", async () => {
    const context = await shop.browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(shop.storefront.url)

    // The header box is a plain GET form.
    await page.getByRole("combobox", { name: "Cari produk" }).fill("kopi")
    await page.getByRole("button", { name: "Cari", exact: true }).click()
    await page.waitForURL(/\/cari\?q=kopi$/)
    const count = () => page.locator(".section-heading__count").innerText()
    const before = await count()
    const titlesBefore = await page.locator("main .product-card__title").allInnerTexts()
    expect(titlesBefore.length).toBeGreaterThan(1)

    await page.locator("summary", { hasText: /^Filter/ }).click()
    const drinks = page.getByRole("checkbox", { name: /^Minuman/ })
    await drinks.check()
    await page.getByRole("button", { name: "Terapkan" }).last().click()

    // Empty fields and defaults the form sent are dropped by a redirect to the canonical URL.
    await page.waitForURL(/\/cari\?q=kopi&kategori=minuman$/)
    expect(await count()).not.toBe(before)
    const titlesAfter = await page.locator("main .product-card__title").allInnerTexts()
    expect(titlesAfter.length).toBeGreaterThan(0)
    expect(titlesAfter.length).toBeLessThan(titlesBefore.length)
    expect(titlesAfter.every((title) => titlesBefore.includes(title))).toBe(true)
    expect(await page.getByRole("link", { name: "Hapus filter: Minuman" }).count()).toBe(1)
    await context.close()
  })
})
