import { mkdirSync } from "node:fs"
import { generateSeed } from "@sentra/seed-data"
import type { BrowserContext, Page } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { backendApi, type Json } from "../support/api"
import { hasChromium, PHONE } from "../support/browser"
import { placePickupOrder } from "../support/orders"
import { useShop } from "../support/shop"

if (!hasChromium) {
  console.warn("SKIPPED browser journeys: /usr/bin/chromium not found (apt-get install chromium)")
}

/** MITRA_SHOTS=<folder> keeps a 390 px screenshot of each panel screen the journey passes. */
const SHOTS = process.env.MITRA_SHOTS
if (SHOTS) mkdirSync(SHOTS, { recursive: true })

const seed = generateSeed()
/** A seeded seller (approved, with a login) and one of its well-stocked products. */
const OTHER = seed.products.find((p) => p.variants.length === 1 && p.variants[0].stock >= 20)!
const OTHER_EMAIL = `${OTHER.sellerHandle}@seller.sentra.local`
const PASSWORD = "rahasia-mitra-1"
const NEW_EMAIL = "ibu.ani@example.id"
const SHOP_NAME = "Dapur Bu Ani Coblong"
/** A 1×1 PNG: a real image for the upload routes. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==", "base64")

describe.skipIf(!hasChromium)("seller panel journey: join, get approved, list a product and handle an order, on a phone", () => {
  const shop = useShop()
  let adminToken = ""
  let seller: { context: BrowserContext; page: Page }
  let productId = ""
  let orderId = ""
  let pickupCode = ""

  const { api, post } = backendApi(shop)
  const url = (path: string) => `${shop.storefront.url}${path}`
  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
  }

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(url("/mitra/masuk"))
    await page.fill("#m-email", email)
    await page.fill("#m-password", password)
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/mitra/masuk")), page.getByRole("button", { name: "Masuk" }).click()])
  }

  /** Waits for the page to settle after a form post (action + reload on a busy 2-core machine). */
  const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 })
  const newPhone = (options: { javaScriptEnabled?: boolean } = {}) => shop.browser.newContext({ ...PHONE, ...options })
  const ticket = (page: Page, number: number) => page.locator(".mitra-ticket", { hasText: `Pesanan #${number}` })

  beforeAll(async () => {
    adminToken = (await post("/auth/user/emailpass", { email: "admin@sentra.local", password: "sentra-admin" })).body.token
  })

  it("a new seller registers, onboards with a document photo and sees 'Menunggu verifikasi kota'", async () => {
    const context = await newPhone()
    const page = await context.newPage()
    seller = { context, page }
    // A client-side error (e.g. a module the browser cannot load) would leave links dead.
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    // The panel sends a stranger to sign in, and back afterwards.
    await page.goto(url("/mitra/produk"))
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/mitra/masuk?kembali=%2Fmitra%2Fproduk")
    await shot(page, "01-masuk")
    await page.getByRole("link", { name: "Daftar jadi mitra" }).click()
    await page.fill("#r-email", NEW_EMAIL)
    await page.fill("#r-password", PASSWORD)
    await page.fill("#r-password-again", PASSWORD)
    await Promise.all([page.waitForURL(/\/mitra\/mulai$/), page.getByRole("button", { name: "Daftar" }).click()])

    await page.fill("#p-name", SHOP_NAME)
    await page.selectOption("#p-district", { label: "Coblong" })
    await page.getByLabel("Kuliner").check()
    await page.fill("#p-whatsapp", "0812 3456 7890")
    await page.fill("#p-address", "Jl. Tubagus Ismail No. 5, Coblong")
    await page.fill("[name=hours_mon_0_open]", "08:00")
    await page.fill("[name=hours_mon_0_close]", "17:00")
    await page.fill("[name=hours_sat_0_open]", "18:00")
    await page.fill("[name=hours_sat_0_close]", "02:00")
    await page.fill("#p-prep", "20")
    await page.getByLabel("Usaha milik perempuan").check()
    await page.fill("#d-nib-number", "9120000000123")
    await page.fill("#d-nib-expires", "2031-06-30")
    await page.setInputFiles("#d-nib-photo", { name: "nib.png", mimeType: "image/png", buffer: PNG })
    await shot(page, "02-mulai")
    await Promise.all([page.waitForURL(/\/mitra\?baru=1$/), page.getByRole("button", { name: "Kirim untuk verifikasi" }).click()])

    await poll(() => page.locator("h2", { hasText: "Menunggu verifikasi kota" }).count()).toBe(1)
    expect(await page.locator(".mitra-card--waiting").textContent()).toContain("NIB")
    await shot(page, "03-menunggu")
    await page.getByRole("link", { name: "Profil" }).first().click()
    await page.waitForURL(/\/mitra\/profil$/)
    // With JavaScript the URL changes before the page's data arrives: wait for the documents.
    await page.locator(".mitra-doc .mitra-pill").first().waitFor()
    expect(await page.locator(".mitra-doc .mitra-pill").allTextContents()).toEqual(["Menunggu verifikasi", "Belum diisi", "Belum diisi"])
    expect(await page.inputValue("#p-whatsapp")).toBe("081234567890")
    await shot(page, "03b-profil")
    expect(errors).toEqual([])

    // The backend kept the document with its photo (seller panel → vendor API → upload route).
    const { body } = await api(`/admin/sellers?q=${encodeURIComponent(SHOP_NAME)}`, {}, adminToken)
    const created = body.sellers.find((s: Json) => s.name === SHOP_NAME)
    expect(created.status).toBe("pending")
    expect(created.documents).toEqual([expect.objectContaining({ type: "nib", number: "9120000000123", photo_url: expect.stringMatching(/^http.*\.png$/) })])
  })

  it("a bad product form shows a message next to each field and saves nothing", async () => {
    const { page } = seller
    await page.goto(url("/mitra/produk/baru"))
    await page.fill("#pr-title", "K")
    await page.fill("#pr-price", "25rb")
    await page.fill("#pr-stock", "-1")
    await page.setInputFiles("#pr-photo", { name: "bukan-foto.png", mimeType: "image/png", buffer: Buffer.from("%PDF-1.7 not an image") })
    await page.getByRole("button", { name: "Simpan & tampilkan" }).click()
    await page.waitForSelector(".field-error")
    const errors = Object.fromEntries(
      await page.locator(".field--invalid").evaluateAll((fields) => fields.map((f) => [f.querySelector("label")?.textContent, f.querySelector(".field-error")?.textContent]))
    )
    expect(errors).toEqual({
      "Nama produk": "Isi nama produk (2–200 huruf).",
      "Kategori produk": "Pilih kategori produk.",
      "Harga (Rp)": "Tulis harga dengan angka, mis. 25.000 atau 25000.",
      Stok: "Tulis stok dengan angka 0 atau lebih.",
      // Photos are checked with the other fields, before anything is uploaded.
      "Foto produk (foto pertama jadi sampul)": "Foto harus JPG, PNG atau WebP.",
    })
    await shot(page, "04-produk-salah")
    // A PDF as the photo, with everything else right: a message next to the photo, no product.
    await page.fill("#pr-title", "Nasi Timbel Komplit")
    await page.selectOption("#pr-category", { index: 1 })
    await page.fill("#pr-price", "25.000")
    await page.fill("#pr-stock", "10")
    await page.setInputFiles("#pr-photo", { name: "sertifikat.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 not an image") })
    await page.getByRole("button", { name: "Simpan & tampilkan" }).click()
    await poll(() => page.locator(".field--invalid .field-error").allTextContents()).toEqual(["Foto harus JPG, PNG atau WebP."])
    await page.goto(url("/mitra/produk"))
    expect(await page.locator(".mitra-product").count()).toBe(0)
  })

  it("lists a product with a photo (hidden until approval); staff approve; it is shown in the store", async () => {
    const { page } = seller
    await page.goto(url("/mitra/produk/baru"))
    await page.fill("#pr-title", "Nasi Timbel Komplit")
    await page.selectOption("#pr-category", { index: 1 })
    await page.fill("#pr-price", "25.000")
    await page.fill("#pr-stock", "10")
    await page.setInputFiles("#pr-photo", { name: "timbel.png", mimeType: "image/png", buffer: PNG })
    await Promise.all([page.waitForURL(/\/mitra\/produk\?disimpan=/), page.getByRole("button", { name: "Simpan & tampilkan" }).click()])
    productId = new URL(page.url()).searchParams.get("disimpan")!
    const card = page.locator(".mitra-product")
    expect(await card.locator(".mitra-pill").textContent()).toBe("Belum tampil: menunggu verifikasi")
    expect(await card.locator(".mitra-product__price").textContent()).toContain("Rp 25.000")
    expect(await card.locator("img").getAttribute("src")).toMatch(/\.png$/)
    await shot(page, "05-produk")

    const { body } = await api(`/admin/sellers?q=${encodeURIComponent(SHOP_NAME)}`, {}, adminToken)
    expect((await post(`/admin/sellers/${body.sellers[0].id}/approve`, {}, adminToken)).status).toBe(200)
    await page.reload()
    expect(await card.locator(".mitra-pill").textContent()).toBe("Tampil di toko")
    const { body: store } = await api(`/store/products?id=${productId}&fields=id,title`)
    expect(store.products.map((p: Json) => p.title)).toEqual(["Nasi Timbel Komplit"])

    // Quick edit from the list: price typed with a dot, stock.
    await card.getByText("Ubah harga & stok").click()
    await card.locator("input[name^=price_]").fill("27.500")
    await card.locator("input[name^=stock_]").fill("12")
    await card.getByRole("button", { name: "Simpan harga & stok" }).click()
    await poll(() => page.locator(".mitra-product__price").textContent()).toBe("Rp 27.500 · stok 12")
    await page.goto(url(`/mitra/produk/${productId}`))
    expect(await page.inputValue("#pr-price")).toBe("27.500")
    await shot(page, "05b-produk-ubah")
  })

  it("a shopper's order raises the alert; the seller accepts, marks it ready and completes it with the pickup code (a wrong code is refused)", async () => {
    const { page } = seller
    await page.goto(url("/mitra"))
    expect(await page.locator(".mitra-nav__badge").count()).toBe(0)
    const order = await placePickupOrder(shop, productId, "siti.mitra@example.com")
    orderId = order.orderId
    pickupCode = order.pickupCode
    // The watch polls every 20 s and when the phone comes back online; nudge it instead of waiting.
    await page.evaluate(() => window.dispatchEvent(new Event("online")))
    await page.waitForSelector(".mitra-alert", { timeout: 15_000 })
    expect(await page.locator(".mitra-alert").textContent()).toContain("Ada pesanan baru!")
    expect(await page.locator(".mitra-nav__badge").textContent()).toBe("1")
    await poll(() => page.title()).toMatch(/^\(1\) /)
    await shot(page, "06-hari-ini-pesanan-baru")

    await page.getByRole("link", { name: "Lihat pesanan" }).click()
    await page.waitForURL(/\/mitra\/pesanan\?tab=baru/)
    const card = ticket(page, order.displayId)
    expect(await card.locator(".mitra-ticket__items").textContent()).toContain("2× Nasi Timbel Komplit")
    expect(await card.locator(".mitra-ticket__customer").textContent()).toBe("Pembeli: Siti · WA 6281234567890")
    await shot(page, "07-pesanan-baru")
    await card.getByRole("button", { name: "Terima" }).click()
    await poll(() => card.count()).toBe(0)

    await page.goto(url("/mitra/pesanan?tab=disiapkan"))
    await ticket(page, order.displayId).getByRole("button", { name: "Siap" }).click()
    await poll(() => ticket(page, order.displayId).count()).toBe(0)

    await page.goto(url("/mitra/pesanan?tab=siap"))
    const ready = ticket(page, order.displayId)
    await ready.getByLabel("Kode ambil dari pembeli").fill("XXXXXX")
    await ready.getByRole("button", { name: "Selesai" }).click()
    await poll(() => ready.locator(".field-error").textContent()).toBe("Kode ambil salah. Cocokkan lagi dengan kode di HP pembeli.")
    await shot(page, "08-kode-salah")
    await ready.getByLabel("Kode ambil dari pembeli").fill(pickupCode.toLowerCase())
    await ready.getByRole("button", { name: "Selesai" }).click()
    await poll(() => ready.count()).toBe(0)
    await page.goto(url("/mitra/pesanan?tab=selesai"))
    expect(await ticket(page, order.displayId).locator(".mitra-pill").textContent()).toBe("Selesai")

    await page.goto(url("/mitra"))
    expect(await page.locator(".mitra-sales").textContent()).toBe("Rp 55.000")
    await shot(page, "09-hari-ini")
    // Close for today only, and open again: the shop's holiday dates, not its hours.
    await page.getByRole("button", { name: "Tutup hari ini saja" }).click()
    await poll(() => page.locator(".mitra-open__state").textContent()).toBe("Tutup hari ini")
    await page.getByRole("button", { name: "Buka lagi hari ini" }).click()
    await poll(() => page.locator(".mitra-open__state").textContent()).not.toBe("Tutup hari ini")
    // English through the shared language switch, then back.
    await page.goto(url("/mitra?lang=en"))
    expect(await page.locator("h1").textContent()).toBe("Today")
    await shot(page, "09b-today-en")
    await page.goto(url("/mitra?lang=id"))
  })

  it("declining needs a reason, and a declined order gives its stock back", async () => {
    const { page } = seller
    const token = (await post("/auth/seller/emailpass", { email: NEW_EMAIL, password: PASSWORD })).body.token
    const reserved = async () => (await api(`/vendor/products/${productId}`, {}, token)).body.product.variants[0].reserved
    const before = await reserved()
    const order = await placePickupOrder(shop, productId, "tolak@example.com")
    expect(await reserved()).toBe(before + 2)
    await page.goto(url("/mitra/pesanan"))
    const card = ticket(page, order.displayId)
    await card.getByText("Tolak", { exact: true }).click()
    await card.getByRole("button", { name: "Tolak pesanan" }).click()
    await poll(() => card.locator(".field-error").textContent()).toBe("Tulis alasan menolak (3–500 huruf).")
    await card.getByLabel("Alasan menolak").fill("Bahan baku habis")
    await card.getByRole("button", { name: "Tolak pesanan" }).click()
    await poll(() => card.count()).toBe(0)
    expect(await reserved()).toBe(before)
    await page.goto(url("/mitra/pesanan?tab=selesai"))
    expect(await ticket(page, order.displayId).locator(".mitra-ticket__reason").textContent()).toBe("Alasan: Bahan baku habis")
  })

  it("seller A typing seller B's product or order URL gets 'Tidak ditemukan' and changes nothing", async () => {
    const context = await newPhone()
    const page = await context.newPage()
    // Signed out, the URL leads to sign-in and, after it, back to the URL.
    await page.goto(url(`/mitra/produk/${productId}`))
    await page.fill("#m-email", OTHER_EMAIL)
    await page.fill("#m-password", "sentra-seller")
    await Promise.all([page.waitForURL(url(`/mitra/produk/${productId}`)), page.getByRole("button", { name: "Masuk" }).click()])
    for (const path of [`/mitra/produk/${productId}`, `/mitra/pesanan/${orderId}`]) {
      const response = await page.goto(url(path))
      expect(response?.status(), path).toBe(404)
      expect(await page.locator("h1").textContent()).toBe("Tidak ditemukan")
    }
    await shot(page, "10-bukan-milik")
    // A quick-edit form of A's own product, pointed at B's product: the vendor API's scope decides.
    await page.goto(url("/mitra/produk"))
    const form = page.locator(".mitra-product").first()
    await form.getByText("Ubah harga & stok").click()
    await form.locator("input[name=product_id]").first().evaluate((input, id) => ((input as HTMLInputElement).value = id), productId)
    await form.locator("input[name^=price_]").first().fill("1")
    await form.getByRole("button", { name: "Simpan harga & stok" }).click()
    await poll(() => page.locator("h1").textContent()).toBe("Tidak ditemukan")
    const token = (await post("/auth/seller/emailpass", { email: NEW_EMAIL, password: PASSWORD })).body.token
    expect((await api(`/vendor/products/${productId}`, {}, token)).body.product.variants[0].price).toBe(27500)
    // Signing out ends the seller session only.
    await page.goto(url("/mitra"))
    await Promise.all([page.waitForURL(/\/mitra\/masuk$/), page.getByRole("button", { name: "Keluar" }).click()])
    await page.goto(url("/mitra/pesanan"))
    expect(new URL(page.url()).pathname).toBe("/mitra/masuk")
    await context.close()
  })

  it("without JavaScript a seller still accepts, readies and completes an order (plain forms)", async () => {
    const order = await placePickupOrder(shop, (await api(`/store/products?handle=${OTHER.handle}&fields=id`)).body.products[0].id, "tanpa.js@example.com")
    const context = await newPhone({ javaScriptEnabled: false })
    const page = await context.newPage()
    await signIn(page, OTHER_EMAIL, "sentra-seller")
    await page.goto(url("/mitra/pesanan"))
    await ticket(page, order.displayId).getByRole("button", { name: "Terima" }).click()
    await page.waitForLoadState()
    await page.goto(url("/mitra/pesanan?tab=disiapkan"))
    await ticket(page, order.displayId).getByRole("button", { name: "Siap" }).click()
    await page.waitForLoadState()
    await page.goto(url("/mitra/pesanan?tab=siap"))
    await ticket(page, order.displayId).getByLabel("Kode ambil dari pembeli").fill(order.pickupCode)
    await ticket(page, order.displayId).getByRole("button", { name: "Selesai" }).click()
    await page.waitForLoadState()
    await page.goto(url("/mitra/pesanan?tab=selesai"))
    expect(await ticket(page, order.displayId).locator(".mitra-pill").textContent()).toBe("Selesai")
    await context.close()
    await seller.context.close()
  })
})
