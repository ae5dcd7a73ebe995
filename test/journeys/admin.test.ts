import { mkdirSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { generateSeed } from "@sentra/seed-data"
import type { BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendApi, type Json } from "../support/api"
import { hasChromium } from "../support/browser"
import { placePickupOrder } from "../support/orders"
import { useShop } from "../support/shop"

/** ADMIN_SHOTS=<folder> keeps a screenshot of each Admin page the journey passes (desktop width). */
const SHOTS = process.env.ADMIN_SHOTS
if (SHOTS) mkdirSync(SHOTS, { recursive: true })

const seed = generateSeed()
/**
 * A seeded seller no other journey works with (the last one without a pre-order lead time) and
 * a well-stocked product of it: its kecamatan gets a flagship and its orders make the report.
 */
const SELLER = [...seed.sellers].reverse().find(
  (s) => s.leadTimeDays === 0 && seed.products.some((p) => p.sellerHandle === s.handle && p.variants.length === 1 && p.variants[0].stock >= 20)
)!
const PRODUCT = seed.products.find((p) => p.sellerHandle === SELLER.handle && p.variants.length === 1 && p.variants[0].stock >= 20)!
const DISTRICT = SELLER.districtCode
const APPLICANT = { email: "pemohon.admin@example.id", password: "rahasia-pemohon-1", name: "Kriya Pemohon Uji" }
const STAFF = { email: "admin@sentra.local", password: "sentra-admin" }

/** The cells of one CSV line (the report's CSV quotes only where needed; these rows need none). */
const cells = (csv: string, first: string) => csv.split("\r\n").find((line) => line.startsWith(`${first},`))?.split(",") ?? []

describe.skipIf(!hasChromium)("city staff in Medusa Admin (/app): verify, approve, feature, report", () => {
  const shop = useShop()
  const { api, post } = backendApi(shop)
  let context: BrowserContext
  let page: Page
  let adminToken = ""
  let applicantId = ""
  let previousFlagship: string | null = null

  const app = (path: string) => `${shop.backend.url}/app${path}`
  const shot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
  }
  /** The dashboard is served by Vite in development: the first page can take a while on two cores. */
  const poll = <T>(read: () => T | Promise<T>, timeout = 30_000) => expect.poll(read, { timeout })

  beforeAll(async () => {
    adminToken = (await post("/auth/user/emailpass", STAFF)).body.token
    // A UMKM applies: a login, then its profile with an NIB.
    const registered = await post("/auth/seller/emailpass/register", { email: APPLICANT.email, password: APPLICANT.password })
    expect(registered.status).toBe(200)
    const created = await post(
      "/vendor/sellers",
      {
        name: APPLICANT.name,
        district_code: DISTRICT,
        categories: ["kriya"],
        whatsapp: "081298765432",
        documents: [{ type: "nib", number: "9120000000777", expires_at: "2031-06-30" }],
      },
      registered.body.token
    )
    expect(created.status).toBe(201)
    applicantId = created.body.seller.id
    previousFlagship = (await api(`/admin/districts/${DISTRICT}`, {}, adminToken)).body.district.flagship_product_id ?? null
    context = await shop.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID", acceptDownloads: true })
    page = await context.newPage()
  }, 120_000)

  afterAll(async () => {
    // The journeys share one backend: leave the kecamatan as it was.
    if (adminToken) await post(`/admin/districts/${DISTRICT}`, { flagship_product_id: previousFlagship }, adminToken)
    await context?.close()
  })

  it("staff sign in to the dashboard", async () => {
    await page.goto(app("/login"), { timeout: 180_000 })
    await page.locator("input[name=email]").waitFor({ timeout: 180_000 })
    await page.fill("input[name=email]", STAFF.email)
    await page.fill("input[name=password]", STAFF.password)
    await Promise.all([page.waitForURL((u) => !u.pathname.endsWith("/login"), { timeout: 120_000 }), page.keyboard.press("Enter")])
    // Sentra's pages are in the dashboard's menu.
    for (const label of ["Verifikasi", "Kecamatan", "Laporan"]) {
      await poll(() => page.getByRole("link", { name: label }).count(), 60_000).toBeGreaterThan(0)
    }
  }, 300_000)

  it("every Sentra page in the menu opens with its title and no script error", async () => {
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    const pages = [
      ["/verifikasi", "Verifikasi Penjual"],
      ["/sellers", "Penjual UMKM"],
      ["/kecamatan", "Kecamatan"],
      ["/laporan", "Laporan Program"],
      ["/paparan", "Paparan Penjual"],
      ["/pesanan", "Pesanan Pasar"],
      ["/pembayaran", "Pembayaran ke Penjual"],
    ]
    for (const [path, title] of pages) {
      await page.goto(app(path))
      await page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor({ timeout: 60_000 })
      await poll(() => page.getByText("Memuat…").count()).toBe(0)
      // A route that answered with an error shows this toast (lib/api.ts).
      expect(await page.getByText("Gagal memuat data").count(), path).toBe(0)
      await shot(`halaman${path.replace("/", "-")}`)
    }
    page.removeAllListeners("pageerror")
    expect(errors).toEqual([])
  }, 240_000)

  it("Verifikasi: verifies the applicant's NIB, then approves it from the queue", async () => {
    await page.goto(app("/verifikasi"))
    const card = page.getByTestId(`applicant-${(await api(`/admin/sellers/${applicantId}`, {}, adminToken)).body.seller.handle}`)
    await card.waitFor({ timeout: 60_000 })
    expect(await card.getByRole("heading", { name: APPLICANT.name }).count()).toBe(1)
    expect(await card.getByText("NIB · 9120000000777").count()).toBe(1)
    await shot("verifikasi")

    await card.getByRole("button", { name: "Verifikasi" }).click()
    await poll(() => card.getByText("Terverifikasi").count()).toBe(1)
    const afterVerify = (await api(`/admin/sellers/${applicantId}`, {}, adminToken)).body.seller
    expect(afterVerify.documents.find((d: Json) => d.type === "nib").verified).toBe(true)
    expect(afterVerify.status).toBe("pending")

    await card.getByRole("button", { name: "Setujui" }).click()
    await poll(() => card.count()).toBe(0)
    expect((await api(`/admin/sellers/${applicantId}`, {}, adminToken)).body.seller.status).toBe("approved")
  }, 180_000)

  it("Kecamatan: sets the kecamatan's flagship, and the storefront's kecamatan page shows it", async () => {
    const { body } = await api(`/admin/districts/${DISTRICT}`, {}, adminToken)
    const district = body.district
    const product = (await api(`/store/products?handle=${PRODUCT.handle}&fields=id,title`)).body.products[0]
    await page.goto(app("/kecamatan"))
    const city = page.getByRole("combobox", { name: "Kota" })
    await city.waitFor({ timeout: 60_000 })
    if (!(await city.textContent())?.includes(district.regency_name)) {
      await city.click()
      await page.getByRole("option", { name: district.regency_name }).click()
    }
    const row = page.getByRole("row").filter({ hasText: district.code })
    await row.getByRole("button", { name: "Ubah" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: `Kecamatan ${district.name}` }).waitFor()
    await drawer.getByRole("combobox").click()
    await page.getByRole("option", { name: `${product.title} — ${SELLER.name}` }).click()
    await shot("kecamatan-ubah")
    await drawer.getByRole("button", { name: "Simpan" }).click()
    await poll(() => drawer.count()).toBe(0)
    expect((await api(`/admin/districts/${DISTRICT}`, {}, adminToken)).body.district.flagship_product_id).toBe(product.id)

    const storePage = await context.newPage()
    await storePage.goto(`${shop.storefront.url}/kecamatan/${DISTRICT}`)
    expect(await storePage.locator(".flagship__link span").textContent()).toBe(product.title)
    expect(await storePage.locator(".flagship__link").getAttribute("href")).toBe(`/produk/${PRODUCT.handle}`)
    await storePage.close()
  }, 180_000)

  it("Laporan: the kecamatan's CSV adds exactly the orders settled in this test", async () => {
    const downloadDistrictCsv = async () => {
      await page.goto(app("/laporan"))
      const heading = page.getByRole("heading", { name: "Per kecamatan" })
      await heading.waitFor({ timeout: 60_000 })
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        // The nearest block holding both the table's heading and a CSV button: that table's button.
        page.locator("div").filter({ has: heading }).filter({ has: page.getByRole("button", { name: "Unduh CSV" }) }).last()
          .getByRole("button", { name: "Unduh CSV" }).click(),
      ])
      return readFile((await download.path())!, "utf8")
    }
    const before = await downloadDistrictCsv()
    const header = before.split("\r\n")[0].split(",")
    const column = (row: string[], name: string) => Number(row[header.indexOf(name)] ?? 0)

    // Two shoppers buy from the seller, and the seller hands both orders over.
    const sellerToken = (await post("/auth/seller/emailpass", { email: `${SELLER.handle}@seller.sentra.local`, password: "sentra-seller" })).body.token
    const productId = (await api(`/store/products?handle=${PRODUCT.handle}&fields=id`)).body.products[0].id
    let total = 0
    for (const email of ["laporan.satu@example.id", "laporan.dua@example.id"]) {
      const order = await placePickupOrder(shop, productId, email)
      for (const move of [{ status: "preparing" }, { status: "ready" }, { status: "completed", pickup_code: order.pickupCode }]) {
        expect((await post(`/vendor/orders/${order.orderId}/status`, move, sellerToken)).status).toBe(200)
      }
      total += Number((await api(`/admin/orders/${order.orderId}?fields=total`, {}, adminToken)).body.order.total)
    }
    expect(total).toBeGreaterThan(0)

    const after = await downloadDistrictCsv()
    await shot("laporan")
    const [was, now] = [cells(before, DISTRICT), cells(after, DISTRICT)]
    expect(now.length).toBe(header.length)
    expect(column(now, "gmv") - column(was, "gmv")).toBe(total)
    expect(column(now, "orders") - column(was, "orders")).toBe(2)
  }, 240_000)

  it("Pesanan Pasar: finds a shopper's order by email; the order page shows its seller part, and the part names its parent", async () => {
    const { body } = await api("/admin/marketplace-orders?q=laporan.dua@example.id", {}, adminToken)
    expect(body.orders.length).toBe(1)
    const [group] = body.orders
    const [part] = group.parts
    expect(part.seller.name).toBe(SELLER.name)

    await page.goto(app("/pesanan"))
    await page.getByPlaceholder("Nomor pesanan atau email").waitFor({ timeout: 60_000 })
    await page.getByPlaceholder("Nomor pesanan atau email").fill("laporan.dua")
    await poll(() => page.getByRole("link", { name: `#${group.display_id}`, exact: true }).count()).toBe(1)
    expect(await page.getByRole("link", { name: `#${part.display_id}`, exact: true }).count()).toBe(1)
    await shot("pesanan-pasar")

    await page.goto(app(`/orders/${group.id}`))
    await page.getByRole("heading", { name: "Pesanan per penjual" }).waitFor({ timeout: 60_000 })
    await poll(() => page.getByText(SELLER.name).count()).toBeGreaterThan(0)
    await shot("pesanan-induk")

    await page.goto(app(`/orders/${part.id}`))
    const parent = page.getByRole("heading", { name: `Bagian dari pesanan #${group.display_id}` })
    await parent.waitFor({ timeout: 60_000 })
    expect(await parent.getByRole("link").getAttribute("href")).toContain(group.id)
  }, 180_000)
})
