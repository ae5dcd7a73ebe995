/**
 * The browse pages — /produk/:handle, /penjual/:handle, /kecamatan, /kecamatan/:code and
 * /kategori/:handle — against ONE real Medusa backend (embedded PostgreSQL, migrated and seeded,
 * product index built) shared by the route suites (global-setup.ts). Loaders are called directly,
 * pages rendered through a Remix stub.
 */
import type { LoaderFunctionArgs } from "@remix-run/node"
import { beforeAll, describe, expect, it } from "vitest"
import { backend, render } from "./support"

type ProductRoute = typeof import("~/routes/produk.$handle")
type SellerRoute = typeof import("~/routes/penjual.$handle")
type DistrictsRoute = typeof import("~/routes/kecamatan._index")
type DistrictRoute = typeof import("~/routes/kecamatan.$code")
type CategoryRoute = typeof import("~/routes/kategori.$handle")

let product: ProductRoute
let seller: SellerRoute
let districts: DistrictsRoute
let district: DistrictRoute
let category: CategoryRoute

beforeAll(async () => {
  ;[product, seller, districts, district, category] = await Promise.all([
    import("~/routes/produk.$handle"),
    import("~/routes/penjual.$handle"),
    import("~/routes/kecamatan._index"),
    import("~/routes/kecamatan.$code"),
    import("~/routes/kategori.$handle"),
  ])
})

/** Seeded (packages/seed-data): a Coblong kitchen, and a batik workshop that makes to order. */
const KITCHEN = "dapur-bu-imas"
const EMPAL = "empal-gepuk-khas-sunda-dapur-bu-imas"
const BATIK = "kain-batik-tulis-bandung-motif-merak-ngibing-batik-cigadung-lestari"
const COBLONG = "32.73.02"

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>

async function load<L extends Loader>(loader: L, path: string, params: Record<string, string> = {}) {
  return (await loader({ request: new Request(`http://localhost${path}`), params, context: {} })) as Awaited<ReturnType<L>>
}

/** The status of the Response the loader throws (404 for unknown handles). */
async function thrownStatus(loader: Loader, path: string, params: Record<string, string>) {
  try {
    await loader({ request: new Request(`http://localhost${path}`), params, context: {} })
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status
    throw thrown
  }
  return null
}

const productLinks = (html: string) => [...html.matchAll(/href="(\/produk\/[^"]+)"/g)].map((m) => m[1])

describe("product page /produk/:handle", () => {
  it("loads the product with whole-Rupiah variant prices, stock and its seller card", async () => {
    const data = await load(product.loader, `/produk/${EMPAL}`, { handle: EMPAL })
    const page = data.product
    expect(Object.keys(page).sort()).toEqual(
      ["category", "description", "images", "madeToOrder", "seller", "subtitle", "title", "variants"].sort()
    )
    expect(page.title).toBe("Empal Gepuk Khas Sunda")
    expect(page.category?.handle).toBeTruthy()
    expect(page.images.length).toBeGreaterThan(0)
    for (const image of page.images) expect(new URL(image.url).origin).toBe(backend.url)
    expect(page.variants.length).toBeGreaterThan(1)
    for (const variant of page.variants) {
      expect(Number.isInteger(variant.price)).toBe(true)
      expect(variant.stock.kind).toBe("count")
    }
    expect(page.seller).toMatchObject({ handle: KITCHEN, name: "Dapur Bu Imas", district: { code: COBLONG, name: "Coblong" } })
    expect(page.seller!.badges).toContain("halal")
    expect(typeof page.seller!.openNow).toBe("boolean")
  }, 30_000)

  it("renders price, stock, seller card and the add-to-cart form the cart expects (no JavaScript needed)", async () => {
    const data = await load(product.loader, `/produk/${EMPAL}`, { handle: EMPAL })
    const html = render("/produk/:handle", `/produk/${EMPAL}`, product.default, data)
    expect(html).toMatch(/Rp \d{1,3}(\.\d{3})*/)
    expect(html).toContain('<form method="post" action="/keranjang"')
    expect(html).toContain('<input type="hidden" name="intent" value="add"/>')
    const soldOut = data.product.variants.filter((v) => v.stock.kind === "count" && v.stock.count === 0)
    const buyable = data.product.variants.filter((v) => !soldOut.includes(v))
    // One radio per variant; sold-out ones are disabled, the first buyable one is chosen.
    expect(html.match(/type="radio" name="variant_id"/g)?.length).toBe(data.product.variants.length)
    for (const variant of soldOut) expect(html).toContain(`name="variant_id" required="" disabled="" value="${variant.id}"`)
    expect(html).toContain(`name="variant_id" required="" checked="" value="${buyable[0].id}"`)
    expect(html).toMatch(/type="number" name="quantity" min="1" step="1"[^>]*value="1"/)
    expect(html).toContain("Tambah ke keranjang")
    expect(html).toContain("Stok habis")
    expect(html).toContain(`href="/penjual/${KITCHEN}"`)
    expect(html).toContain(`href="/kecamatan/${COBLONG}"`)
    expect(html).toContain("Halal terverifikasi")
    expect(html).toMatch(/Buka sekarang|Tutup/)
    expect(html).toMatch(/<img[^>]*width="600" height="600"/)
  }, 30_000)

  it("says when a made-to-order product is ready", async () => {
    const data = await load(product.loader, `/produk/${BATIK}`, { handle: BATIK })
    expect(data.product.madeToOrder).toBe(true)
    const html = render("/produk/:handle", `/produk/${BATIK}`, product.default, data)
    expect(html).toMatch(/Pre-order: siap \d+ hari setelah dipesan/)
  }, 30_000)

  it("answers 404 for an unknown handle", async () => {
    expect(await thrownStatus(product.loader, "/produk/tidak-ada", { handle: "tidak-ada" })).toBe(404)
  }, 30_000)
})

describe("seller page /penjual/:handle", () => {
  it("loads the seller's week, badges, WhatsApp number and products", async () => {
    const data = await load(seller.loader, `/penjual/${KITCHEN}`, { handle: KITCHEN })
    expect(data.seller.name).toBe("Dapur Bu Imas")
    expect(data.seller.week).toHaveLength(7)
    expect(data.seller.zone).toBe("WIB")
    expect(data.seller.whatsapp).toMatch(/^628\d{8,11}$/)
    expect(data.products.total).toBeGreaterThan(0)
    // The cards don't repeat the shop's name and kecamatan.
    expect(Object.keys(data.products.products[0]).sort()).toEqual(["badges", "handle", "id", "inStock", "price", "sellerId", "thumbnail", "title"])
    // Only what the page shows: no document numbers, status or emails.
    expect(JSON.stringify(data)).not.toMatch(/status|email|documents/)
  }, 30_000)

  it("renders opening hours in WIB, a prefilled wa.me link naming the shop and product links", async () => {
    const data = await load(seller.loader, `/penjual/${KITCHEN}`, { handle: KITCHEN })
    const html = render("/penjual/:handle", `/penjual/${KITCHEN}`, seller.default, data)
    expect(html).toContain("Jam buka (WIB)")
    expect(html).toContain("Senin")
    expect(html).toMatch(/Buka sekarang|Tutup/)
    const wa = /href="(https:\/\/wa\.me\/62\d+\?text=[^"]+)"/.exec(html)
    expect(wa).not.toBeNull()
    expect(decodeURIComponent(new URL(wa![1].replace(/&amp;/g, "&")).searchParams.get("text")!)).toContain("Dapur Bu Imas")
    expect(html).toContain(`href="/kecamatan/${COBLONG}"`)
    expect(productLinks(html).length).toBe(data.products.products.length)
  }, 30_000)

  it("answers 404 for an unknown seller", async () => {
    expect(await thrownStatus(seller.loader, "/penjual/tidak-ada", { handle: "tidak-ada" })).toBe(404)
  }, 30_000)
})

describe("kecamatan pages", () => {
  it("/kecamatan lists every loaded kecamatan grouped by city with counts", async () => {
    const data = await load(districts.loader, "/kecamatan")
    expect(data.cities.map((c) => c.name)).toEqual(["Kota Bandung", "Kota Bekasi", "Kota Depok", "Kota Serang"])
    expect(data.cities.flatMap((c) => c.districts)).toHaveLength(59)
    const coblong = data.cities[0].districts.find((d) => d.code === COBLONG)!
    expect(coblong.sellerCount).toBeGreaterThan(0)
    expect(coblong.productCount).toBeGreaterThan(0)
    const html = render("/kecamatan", "/kecamatan", districts.default, data)
    expect(html).toContain(`href="/kecamatan/${COBLONG}"`)
    expect(html).toContain("Belum ada penjual")
  }, 30_000)

  it("/kecamatan/:code shows its sellers and products, filtered by category from the query string", async () => {
    const all = await load(district.loader, `/kecamatan/${COBLONG}`, { code: COBLONG })
    expect(all.district.name).toBe("Coblong")
    expect(all.district.sellers.map((s) => s.handle)).toContain(KITCHEN)
    expect(all.products.total).toBe(all.district.productCount)
    const food = await load(district.loader, `/kecamatan/${COBLONG}?kategori=kuliner`, { code: COBLONG })
    expect(food.category).toBe("kuliner")
    expect(food.products.total).toBeGreaterThan(0)
    expect(food.products.total).toBeLessThan(all.products.total)
    const html = render("/kecamatan/:code", `/kecamatan/${COBLONG}?kategori=kuliner`, district.default, food)
    expect(html).toContain(`href="/penjual/${KITCHEN}"`)
    expect(html).toMatch(/aria-current="page"[^>]*href="\/kecamatan\/32\.73\.02\?kategori=kuliner"/)
    expect(productLinks(html).length).toBeGreaterThanOrEqual(food.products.products.length)
    // An unknown category is ignored rather than emptying the list.
    const odd = await load(district.loader, `/kecamatan/${COBLONG}?kategori=mainan`, { code: COBLONG })
    expect(odd.category).toBeNull()
  }, 30_000)

  it("a kecamatan without sellers says so in Bahasa and points to other kecamatan, without empty filters", async () => {
    const data = await load(district.loader, "/kecamatan/32.73.01", { code: "32.73.01" }) // Sukasari: no seeded seller
    expect([data.district.sellerCount, data.products.total]).toEqual([0, 0])
    const html = render("/kecamatan/:code", "/kecamatan/32.73.01", district.default, data)
    expect(html).toContain("Belum ada UMKM di Kec. Sukasari")
    expect(html).toContain('href="/kecamatan"')
    expect(html).not.toContain("kategori=kuliner")
  }, 30_000)

  it("answers 404 for an unknown code", async () => {
    expect(await thrownStatus(district.loader, "/kecamatan/99.99.99", { code: "99.99.99" })).toBe(404)
  }, 30_000)
})

describe("category page /kategori/:handle", () => {
  it("pages through a main category's products and links its sub categories", async () => {
    const first = await load(category.loader, "/kategori/kuliner", { handle: "kuliner" })
    expect(first.category.name).toBe("Kuliner")
    expect(first.children.map((c) => c.handle)).toContain("minuman")
    expect(first.products.pageCount).toBeGreaterThan(1)
    const second = await load(category.loader, "/kategori/kuliner?hal=2", { handle: "kuliner" })
    expect(second.products.page).toBe(2)
    const ids = new Set(first.products.products.map((p) => p.id))
    expect(second.products.products.filter((p) => ids.has(p.id))).toEqual([])
    // Page 1 opens with this hour's rotation: one kuliner product from each of four sellers.
    expect(first.rotation).toHaveLength(4)
    expect(new Set(first.rotation.map((p) => p.seller)).size).toBe(4)
    expect(second.rotation).toEqual([])
    const html = render("/kategori/:handle", "/kategori/kuliner", category.default, first)
    expect(html).toContain("Giliran jam ini")
    for (const pick of first.rotation) expect(html).toContain(`href="/produk/${encodeURIComponent(pick.handle)}"`)
    expect(html).toContain('href="/kategori/minuman"')
    expect(html).toContain('href="/kategori/kuliner?hal=2"')
    expect(productLinks(html)).toHaveLength(first.products.products.length + first.rotation.length)
  }, 30_000)

  it("redirects a page past the last one to the last page", async () => {
    const { pageCount } = (await load(category.loader, "/kategori/kuliner", { handle: "kuliner" })).products
    const thrown = await category
      .loader({ request: new Request("http://localhost/kategori/kuliner?hal=99"), params: { handle: "kuliner" }, context: {} })
      .catch((error: unknown) => error)
    expect(thrown).toBeInstanceOf(Response)
    expect((thrown as Response).headers.get("Location")).toBe(`/kategori/kuliner?hal=${pageCount}`)
  }, 30_000)

  it("shows a sub category with its parent", async () => {
    const data = await load(category.loader, "/kategori/minuman", { handle: "minuman" })
    expect(data.parent).toEqual({ handle: "kuliner", name: "Kuliner" })
    expect(data.products.total).toBeGreaterThan(0)
    expect(data.products.total).toBeLessThan((await load(category.loader, "/kategori/kuliner", { handle: "kuliner" })).products.total)
  }, 30_000)

  it("answers 404 for an unknown category", async () => {
    expect(await thrownStatus(category.loader, "/kategori/mainan", { handle: "mainan" })).toBe(404)
  }, 30_000)
})
