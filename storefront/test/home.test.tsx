/**
 * The home route against a REAL Medusa backend (embedded PostgreSQL, migrated and seeded)
 * booted by @sentra/stack's startBackend(). Slow: the backend takes minutes to start.
 */
import { createRemixStub } from "@remix-run/testing"
import type { RunningBackend } from "@sentra/stack"
import { renderToString } from "react-dom/server"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

type HomeRoute = typeof import("~/routes/_index")

let backend: RunningBackend | undefined
let home: HomeRoute

beforeAll(async () => {
  const { startBackend } = await import("@sentra/stack")
  backend = await startBackend()
  // env.server.ts reads process.env when first imported: set it before importing the route.
  process.env.MEDUSA_BACKEND_URL = backend.url
  process.env.MEDUSA_PUBLISHABLE_KEY = backend.publishableKey
  home = await import("~/routes/_index")
}, 240_000)

afterAll(async () => {
  await backend?.stop()
}, 60_000)

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
  it("loads seeded products with whole-Rupiah prices", async () => {
    const data = await callLoader("http://localhost/")
    expect(data.locale).toBe("id")
    expect(data.products.length).toBeGreaterThan(0)
    expect(data.products.length).toBeLessThanOrEqual(24)
    for (const product of data.products) {
      expect(Object.keys(product).sort()).toEqual(["handle", "id", "price", "thumbnail", "title"])
      expect(product.price).not.toBeNull()
      expect(product.price).toBeGreaterThan(0)
      expect(Number.isInteger(product.price)).toBe(true)
      if (product.thumbnail) {
        expect(new URL(product.thumbnail).hostname).toMatch(/^(localhost|127\.0\.0\.1|\[::1\])$/)
      }
    }
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

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;")
}
