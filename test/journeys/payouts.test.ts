import { mkdirSync } from "node:fs"
import { generateSeed } from "@sentra/seed-data"
import type { Page } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { backendApi, type Json } from "../support/api"
import { hasChromium, PHONE } from "../support/browser"
import { placePickupOrder } from "../support/orders"
import { useShop } from "../support/shop"

/** PAYOUT_SHOTS=<folder> keeps screenshots of the bank account form (390 px phone) in each state. */
const SHOTS = process.env.PAYOUT_SHOTS
if (SHOTS) mkdirSync(SHOTS, { recursive: true })

const seed = generateSeed()
const SELLER_EMAIL = `${seed.sellers[0].handle}@seller.sentra.local`
/** A well-stocked product of that seller, for an order it completes. */
const PRODUCT = seed.products.find((p) => p.sellerHandle === seed.sellers[0].handle && p.variants.length === 1 && p.variants[0].stock >= 10)!

/** Fills and sends the sign-in form the page shows; the panel then opens where it was asked to. */
async function signIn(page: Page) {
  await page.fill("#m-email", SELLER_EMAIL)
  await page.fill("#m-password", "sentra-seller")
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/mitra/masuk")), page.getByRole("button", { name: "Masuk" }).click()])
}

describe.skipIf(!hasChromium)("seller bank account on a phone without JavaScript: enter, wait, rejected, verified", () => {
  const shop = useShop()
  const { api, post } = backendApi(shop)
  const url = (path: string) => `${shop.storefront.url}${path}`
  let adminToken = ""

  beforeAll(async () => {
    adminToken = (await post("/auth/user/emailpass", { email: "admin@sentra.local", password: "sentra-admin" })).body.token
  })

  it("validates the form, shows each verification state in Bahasa Indonesia and English", async () => {
    const context = await shop.browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    const shot = async (name: string) => {
      if (SHOTS) await page.locator("#rekening").screenshot({ path: `${SHOTS}/${name}.png` })
    }
    const pill = () => page.locator("#rekening .mitra-pill").textContent()
    await page.goto(url("/mitra/masuk"))
    await signIn(page)

    await page.goto(url("/mitra/profil"))
    expect(await pill()).toBe("Belum diisi")
    await page.selectOption("#b-bank", "014")
    await page.fill("#b-number", "12-34")
    await page.fill("#b-holder", "Imas Masitoh")
    await page.getByRole("button", { name: "Simpan rekening" }).click()
    await page.waitForLoadState()
    expect(await page.locator("#rekening .field-error").textContent()).toBe("Nomor rekening harus 6–20 angka.")
    expect(await page.inputValue("#b-number")).toBe("12-34")
    const { body: pending } = await api("/admin/bank-accounts?status=pending", {}, adminToken)
    expect(pending.bank_accounts).toEqual([])
    await shot("rekening-salah")

    await page.fill("#b-number", "123-456 7890")
    await page.getByRole("button", { name: "Simpan rekening" }).click()
    await page.waitForURL((u) => u.searchParams.has("rekening"))
    expect(await page.getByRole("status").textContent()).toBe("Rekening tersimpan.")
    expect(await pill()).toBe("Menunggu verifikasi")
    expect(await page.inputValue("#b-number")).toBe("1234567890")
    await shot("rekening-menunggu")

    const { body } = await api("/admin/bank-accounts?status=pending", {}, adminToken)
    const [account] = body.bank_accounts
    expect(account).toMatchObject({ bank_code: "014", account_number: "1234567890", account_holder: "Imas Masitoh" })
    await post(`/admin/bank-accounts/${account.id}/reject`, { reason: "Nama tidak sesuai buku tabungan" }, adminToken)
    await page.goto(url("/mitra/profil"))
    expect(await pill()).toBe("Ditolak: Nama tidak sesuai buku tabungan")
    await shot("rekening-ditolak")

    await post(`/admin/bank-accounts/${account.id}/verify`, {}, adminToken)
    await page.goto(url("/mitra/profil"))
    expect(await pill()).toBe("Terverifikasi")
    await shot("rekening-terverifikasi")
    await page.goto(url("/mitra/profil?lang=en"))
    expect(await pill()).toBe("Verified")
    expect(await page.locator("#bank-heading").textContent()).toBe("Payout bank account")
    await shot("rekening-en")
    await page.goto(url("/mitra/profil?lang=id"))
    await context.close()
  })

  it("Saldo (/mitra/saldo) without JavaScript: empty while nothing is settled, then a completed cash order's line, in Bahasa Indonesia and English", async () => {
    const context = await shop.browser.newContext({ ...PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    const shot = async (name: string) => {
      // Nothing wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width)
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
    }
    await page.goto(url("/mitra/saldo"))
    expect(new URL(page.url()).pathname).toBe("/mitra/masuk")
    await signIn(page)
    expect(new URL(page.url()).pathname).toBe("/mitra/saldo")
    expect(await page.locator("h1").textContent()).toBe("Saldo")
    // The journeys share one backend: another journey may already have settled an order of this
    // seller. The page shows the empty state exactly when the seller's ledger is empty.
    const token = (await post("/auth/seller/emailpass", { email: SELLER_EMAIL, password: "sentra-seller" })).body.token
    const settledBefore = (await api("/vendor/ledger", {}, token)).body.lines.length
    if (settledBefore === 0) expect(await page.locator(".empty-state").textContent()).toMatch(/^Belum ada pesanan selesai\./)
    else expect(await page.locator(".empty-state").count()).toBe(0)
    expect(await page.locator(".mitra-saldo__account").textContent()).toMatch(/^Transfer dikirim ke rekening BCA 1234567890 yang sudah diverifikasi kota\./)
    expect(await page.getByRole("link", { name: "Atur rekening" }).getAttribute("href")).toBe("/mitra/profil#rekening")
    await shot("saldo-kosong")

    const productId = (await api(`/store/products?handle=${PRODUCT.handle}&fields=id`)).body.products[0].id
    const order = await placePickupOrder(shop, productId, "saldo@example.com")
    for (const move of [{ status: "preparing" }, { status: "ready" }, { status: "completed", pickup_code: order.pickupCode }]) {
      expect((await post(`/vendor/orders/${order.orderId}/status`, move, token)).status).toBe(200)
    }
    const { body: ledger } = await api("/vendor/ledger", {}, token)
    const line = ledger.lines.find((l: Json) => l.order_id === order.orderId)

    await page.goto(url("/mitra/saldo"))
    const item = page.locator(".mitra-saldo__item").filter({ hasText: `Pesanan #${order.displayId}` })
    expect(await item.count()).toBe(1)
    expect(await item.getByText("Tunai — uang sudah di tangan Anda").count()).toBe(1)
    const amounts = await item.locator(".mitra-saldo__amounts dd").allTextContents()
    expect(amounts.every((a) => /^Rp \d{1,3}(\.\d{3})*$/.test(a)), amounts.join()).toBe(true)
    expect(amounts.map((a) => Number(a.replace(/\D/g, "")))).toEqual([line.gross, line.fee, line.net])
    expect(await item.locator(".mitra-pill").textContent()).toBe("Belum masuk transfer")
    expect(await page.locator(".empty-state").count()).toBe(0)
    await shot("saldo-id")
    await page.goto(url("/mitra/saldo?lang=en"))
    expect(await page.locator("h1").textContent()).toBe("Balance")
    expect(await page.getByText("Cash — the money is already in your hands").count()).toBeGreaterThan(0)
    await shot("saldo-en")
    await page.goto(url("/mitra/saldo?lang=id"))
    await context.close()
  })
})
