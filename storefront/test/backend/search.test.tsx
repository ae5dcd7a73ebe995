/**
 * The search page (/cari) and the search box's suggestions (/cari/saran) against a REAL Medusa
 * backend (embedded PostgreSQL, migrated and seeded, product index built at boot) shared by the
 * route suites (global-setup.ts).
 */
import { createRemixStub } from "@remix-run/testing"
import { renderToString } from "react-dom/server"
import { freePort } from "@sentra/stack"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { escapeHtml } from "./support"

type SearchRoute = typeof import("~/routes/cari")
type SuggestRoute = typeof import("~/routes/cari.saran")
type PageData = Exclude<Awaited<ReturnType<SearchRoute["loader"]>>, Response>["data"]

let search: SearchRoute
let suggest: SuggestRoute

beforeAll(async () => {
  search = await import("~/routes/cari")
  suggest = await import("~/routes/cari.saran")
})

const ROUTE_ID = "routes/cari"

/** The loader's page data and HTTP status; fails on a redirect. */
async function load(path: string): Promise<{ status: number; page: PageData }> {
  const result = await search.loader({ request: new Request(`http://localhost${path}`), params: {}, context: {} })
  if (result instanceof Response) throw new Error(`${path} redirected to ${result.headers.get("Location")}`)
  return { status: result.init?.status ?? 200, page: result.data }
}

/** Where the loader redirects `path` to (it throws the redirect). */
async function redirectOf(path: string): Promise<string | null> {
  try {
    await search.loader({ request: new Request(`http://localhost${path}`), params: {}, context: {} })
    return null
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown
    expect(thrown.status).toBe(302)
    return thrown.headers.get("Location")
  }
}

function render(path: string, page: PageData) {
  const RemixStub = createRemixStub([{ id: ROUTE_ID, path: "/cari", Component: search.default, loader: () => page }])
  return renderToString(<RemixStub initialEntries={[path]} hydrationData={{ loaderData: { [ROUTE_ID]: page } }} />)
}

const prices = (page: PageData) => page.results!.hits.map((hit) => hit.price!)

describe("search page", () => {
  it("finds rendang for the typo 'rendng', with facets to narrow by", async () => {
    const { status, page } = await load("/cari?q=rendng")
    expect(status).toBe(200)
    expect(page.state.q).toBe("rendng")
    const results = page.results!
    expect(results.total).toBeGreaterThan(0)
    expect(results.hits.slice(0, 3).map((hit) => hit.title)).toContainEqual(expect.stringMatching(/^Rendang/))
    expect(results.hits[0].title).toMatch(/^Rendang/)
    const hit = results.hits[0]
    expect(Object.keys(hit).sort()).toEqual(["badges", "city", "district", "handle", "id", "inStock", "price", "seller", "sellerId", "thumbnail", "title"])
    expect(Number.isInteger(hit.price)).toBe(true)
    expect(hit.seller).toBeTruthy()
    expect(hit.district).toBeTruthy()

    const { facets } = results
    expect(facets.categories.map((c) => c.value)).toContain("kuliner")
    expect(facets.categories.find((c) => c.value === "kuliner")!.label).toBe("Kuliner")
    expect(facets.cities.length).toBeGreaterThan(0)
    expect(facets.cities[0].label).toMatch(/^Kota /)
    expect(facets.districts[0].detail).toMatch(/^Kota /)
    expect(facets.price!.min).toBeGreaterThan(0)
  }, 30_000)

  it("narrows the results with a category filter and marks it selected", async () => {
    const all = (await load("/cari?q=kopi")).page.results!
    const drinks = (await load("/cari?q=kopi&kategori=minuman")).page.results!
    expect(drinks.total).toBeGreaterThan(0)
    expect(drinks.total).toBeLessThan(all.total)
    expect(drinks.facets.categories.find((c) => c.value === "minuman")).toMatchObject({ selected: true, depth: 1 })
    // Facet counts ignore their own filter: the other categories are still offered.
    expect(drinks.facets.categories.filter((c) => !c.selected).length).toBeGreaterThan(0)
  }, 30_000)

  it("sorts by price: cheapest first with urut=termurah, dearest first with urut=termahal", async () => {
    const cheapest = prices((await load("/cari?kategori=kuliner&urut=termurah")).page)
    expect(cheapest.length).toBeGreaterThan(5)
    expect(cheapest).toEqual([...cheapest].sort((a, b) => a - b))
    const dearest = prices((await load("/cari?kategori=kuliner&urut=termahal")).page)
    expect(dearest).toEqual([...dearest].sort((a, b) => b - a))
    expect(dearest[0]).toBeGreaterThan(cheapest[0])
  }, 30_000)

  it("pages through results without overlap", async () => {
    const first = (await load("/cari?kategori=kuliner&urut=termurah")).page.results!
    expect(first.pageCount).toBeGreaterThan(1)
    const second = (await load("/cari?kategori=kuliner&urut=termurah&hal=2")).page.results!
    expect(second.page).toBe(2)
    const firstIds = new Set(first.hits.map((hit) => hit.id))
    expect(second.hits.filter((hit) => firstIds.has(hit.id))).toEqual([])
  }, 30_000)

  it("redirects bad and non-canonical URLs to the canonical one instead of failing", async () => {
    expect(await redirectOf("/cari?q=kopi&harga_min=&urut=relevan&hal=1")).toBe("/cari?q=kopi")
    expect(await redirectOf("/cari?q=kopi&urut=murah&hal=x&kecamatan=Coblong")).toBe("/cari?q=kopi")
    expect(await redirectOf("/cari?q=kopi&kategori=mainan-anak&kategori=minuman")).toBe("/cari?q=kopi&kategori=minuman")
    expect(await redirectOf("/cari?q=kopi&hal=100")).toBe("/cari?q=kopi")
    expect(await redirectOf("/cari?q=kopi")).toBeNull()
  }, 30_000)

  it("renders cards with Rupiah prices, sellers and the Indonesian labels", async () => {
    const path = "/cari?q=keripik&stok=1"
    const { page } = await load(path)
    const html = render(path, page)
    const first = page.results!.hits[0]
    expect(html).toContain(escapeHtml(first.title))
    expect(html).toContain(escapeHtml(first.seller!))
    expect(html).toMatch(/Rp \d{1,3}(\.\d{3})*/)
    for (const label of ["Hasil untuk “keripik”", "Urutkan", "Paling relevan", "Kategori", "Kecamatan", "Legalitas penjual", "Terapkan", "Hapus semua filter"]) {
      expect(html).toContain(escapeHtml(label))
    }
    expect(html).toMatch(/<input[^>]*name="stok"[^>]*checked/)
  }, 30_000)

  it("helps when nothing matches: shows the query, offers to drop the filters and popular categories", async () => {
    const path = "/cari?q=rendang&kategori=batik"
    const { status, page } = await load(path)
    expect(status).toBe(200)
    expect(page.results!.total).toBe(0)
    expect(page.results!.unfilteredTotal).toBeGreaterThan(0)
    const html = render(path, page)
    expect(html).toContain(escapeHtml("Tidak ada hasil untuk “rendang”"))
    expect(html).toContain('href="/cari?q=rendang"')
    expect(html).toContain('href="/cari?kategori=kuliner"')
  }, 30_000)

  it("switches labels to English with ?lang=en, prices stay in Rupiah", async () => {
    const path = "/cari?q=batik&lang=en"
    const { page } = await load(path)
    expect(page.locale).toBe("en")
    const html = render(path, page)
    expect(html).toContain(escapeHtml("Results for “batik”"))
    expect(html).toContain("Sort by")
    expect(html).toMatch(/Rp \d{1,3}(\.\d{3})*/)
  }, 30_000)
})

describe("search box suggestions", () => {
  const suggestions = async (q: string) => {
    const response = (await suggest.loader({
      request: new Request(`http://localhost/cari/saran?q=${encodeURIComponent(q)}`),
      params: {},
      context: {},
    })) as Response
    expect(response.status).toBe(200)
    return (await response.json()) as import("~/lib/search-view").SuggestionsView
  }

  it("suggests products, sellers and kecamatan as links to result pages", async () => {
    const found = await suggestions("kerip")
    expect(found.products.length).toBeGreaterThan(0)
    expect(found.products[0]).toMatchObject({ label: expect.stringMatching(/^K(e)?ripik/i), href: expect.stringMatching(/^\/cari\?q=/) })
    expect(found.products[0].price).toBeGreaterThan(0)
    expect(found.sellers.map((s) => s.href)).toContain("/cari?penjual=keripik-kang-ipul")

    const place = await suggestions("coblo")
    expect(place.districts).toContainEqual(expect.objectContaining({ label: "Coblong", detail: "Kota Bandung", href: "/cari?kecamatan=32.73.02" }))
  }, 30_000)

  it("answers nothing for a single letter without asking the backend", async () => {
    expect(await suggestions(" k ")).toEqual({ q: "k", products: [], sellers: [], districts: [] })
  }, 30_000)
})

// Last: re-imports the routes pointed at a backend that is down (the shared one keeps running).
describe("search page without a backend", () => {
  it("answers 503 with a friendly Indonesian message and a retry link, not a crash", async () => {
    process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${await freePort()}` // nothing listens there
    vi.resetModules() // env.server.ts reads process.env when first imported
    search = await import("~/routes/cari")
    suggest = await import("~/routes/cari.saran")
    const path = "/cari?q=rendang"
    const { status, page } = await load(path)
    expect(status).toBe(503)
    expect(page.results).toBeNull()
    const html = render(path, page)
    expect(html).toContain("Pencarian sedang bermasalah")
    expect(html).toContain('href="/cari?q=rendang"')

    const response = (await suggest.loader({ request: new Request("http://localhost/cari/saran?q=rendang"), params: {}, context: {} })) as Response
    expect(response.status).toBe(200)
    expect((await response.json()).products).toEqual([])
  }, 60_000)
})
