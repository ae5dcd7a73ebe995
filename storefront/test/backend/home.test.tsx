/**
 * The home route against a REAL Medusa backend (embedded PostgreSQL, migrated and seeded)
 * shared by the route suites (global-setup.ts).
 */
import { createRemixStub } from "@remix-run/testing"
import { renderToString } from "react-dom/server"
import { beforeAll, describe, expect, it } from "vitest"
import { backend, escapeHtml } from "./support"

type HomeRoute = typeof import("~/routes/_index")

let home: HomeRoute

beforeAll(async () => {
  home = await import("~/routes/_index")
})

const callLoader = (url: string) => home.loader({ request: new Request(url), params: {}, context: {} })

function renderHome(url: string, loaderData: Awaited<ReturnType<HomeRoute["loader"]>>) {
  const RemixStub = createRemixStub([
    { id: "routes/_index", path: "/", Component: home.default, loader: () => loaderData },
  ])
  const { pathname, search } = new URL(url)
  return renderToString(
    <RemixStub
      initialEntries={[pathname + search]}
      hydrationData={{ loaderData: { "routes/_index": loaderData } }}
    />
  )
}

describe("home route", () => {
  it("loads featured kecamatan with their flagship, then this hour's rotation: one product per seller", async () => {
    const data = await callLoader("http://localhost/")
    expect(data.locale).toBe("id")
    // The seed features five kecamatan (packages/seed-data/src/featured.ts), Coblong first.
    expect(data.featured.map((d) => d.code)).toEqual(["32.73.02", "32.73.18", "32.75.08", "32.76.03", "36.73.05"])
    const coblong = data.featured[0]
    expect(coblong).toMatchObject({ name: "Coblong", city: "Kota Bandung", flagship: { handle: "ayam-goreng-ungkep-bumbu-kuning-dapur-bu-imas" } })
    expect(coblong.headline).toBeTruthy()
    expect(new URL(coblong.hero!).origin).toBe(backend.url)
    expect(Number.isInteger(coblong.flagship!.price)).toBe(true)

    expect(data.products).toHaveLength(24)
    // 33 seeded sellers, 24 slots: no seller twice in one hour.
    expect(new Set(data.products.map((p) => p.seller)).size).toBe(24)
    for (const product of data.products) {
      expect(Object.keys(product).sort()).toEqual(["district", "handle", "id", "price", "seller", "sellerId", "thumbnail", "title"])
      expect(product.price).not.toBeNull()
      expect(product.price).toBeGreaterThan(0)
      expect(Number.isInteger(product.price)).toBe(true)
      if (product.thumbnail) {
        expect(new URL(product.thumbnail).hostname).toMatch(/^(localhost|127\.0\.0\.1|\[::1\])$/)
      }
    }
    // The same hour gives the same page.
    const again = await callLoader("http://localhost/")
    if (new Date().getMinutes() !== 0) expect(again.products.map((p) => p.id)).toEqual(data.products.map((p) => p.id))
  }, 30_000)

  it("renders the featured kecamatan first, then the categories, then the products, all linking onwards", async () => {
    const data = await callLoader("http://localhost/")
    const html = renderHome("http://localhost/", data)
    const featured = html.indexOf("Satu Kecamatan, Satu Produk")
    const categories = html.indexOf('href="/kategori/kuliner"')
    const products = html.indexOf("Produk pilihan")
    expect(featured).toBeGreaterThan(-1)
    expect(featured).toBeLessThan(categories)
    expect(categories).toBeLessThan(products)
    for (const handle of ["kuliner", "fesyen", "kriya"]) expect(html).toContain(`href="/kategori/${handle}"`)
    expect(html).toContain('href="/kecamatan/32.73.02"')
    expect(html).toContain(`href="/produk/${data.featured[0].flagship!.handle}"`)
    for (const product of data.products) expect(html).toContain(`href="/produk/${encodeURIComponent(product.handle)}"`)
    expect(html).toMatch(/<img[^>]*width="1200" height="600"/)
  }, 30_000)

  it("renders product cards in Bahasa Indonesia by default", async () => {
    const data = await callLoader("http://localhost/")
    const html = renderHome("http://localhost/", data)
    const first = data.products[0]!
    expect(html).toContain(escapeHtml(first.title))
    expect(html).toMatch(/Rp \d{1,3}(\.\d{3})*/)
    expect(html).toContain("Produk pilihan")
    expect(html).toContain('loading="lazy"')
  }, 30_000)

  it("switches labels to English with ?lang=en", async () => {
    const data = await callLoader("http://localhost/?lang=en")
    expect(data.locale).toBe("en")
    const html = renderHome("http://localhost/?lang=en", data)
    expect(html).toContain("Featured products")
    expect(html).not.toContain("Produk pilihan")
    // Prices stay in Rupiah whatever the language.
    expect(html).toMatch(/Rp \d{1,3}(\.\d{3})*/)
  }, 30_000)
})
