import { afterEach, describe, expect, it, vi } from "vitest"

// env.server.ts validates process.env when first imported.
process.env.MEDUSA_PUBLISHABLE_KEY ??= "pk_unit_test"
const { countExposure, flushExposure } = await import("./exposure.server")
const { env } = await import("~/lib/env.server")

const SHOPPER = "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
const page = (headers: Record<string, string>) => new Request("http://localhost/kecamatan/32.73.02", { headers })

describe("countExposure", () => {
  afterEach(() => vi.unstubAllGlobals())

  it("counts a shopper's page once per seller and sends it to the backend with the secret; bots and prefetches are not counted", async () => {
    const fetch = vi.fn(async () => new Response("{}", { status: 200 }))
    vi.stubGlobal("fetch", fetch)
    const cards = [{ sellerId: "sel_a" }, { sellerId: "sel_a" }, { sellerId: "sel_b" }, {}]
    countExposure(page({ "user-agent": SHOPPER }), "kecamatan", cards)
    countExposure(page({ "user-agent": SHOPPER }), "kecamatan", [{ sellerId: "sel_a" }])
    countExposure(page({ "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" }), "kecamatan", cards)
    countExposure(page({ "user-agent": "Mozilla/5.0 Chrome-Lighthouse" }), "kecamatan", cards)
    countExposure(page({}), "kecamatan", cards)
    countExposure(page({ "user-agent": SHOPPER, "sec-purpose": "prefetch" }), "kecamatan", cards)
    await flushExposure()

    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe(`${env.MEDUSA_BACKEND_URL}/internal/exposure`)
    expect((init.headers as Record<string, string>)["x-sentra-exposure-secret"]).toBe(env.SENTRA_EXPOSURE_SECRET)
    const { entries } = JSON.parse(init.body as string)
    expect(entries.map((e: { seller_id: string; impressions: number; surface: string }) => [e.seller_id, e.surface, e.impressions])).toEqual([
      ["sel_a", "kecamatan", 2],
      ["sel_b", "kecamatan", 1],
    ])
  })

  it("drops the counts when the backend refuses them, logging how many", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("", { status: 401 })))
    const error = vi.spyOn(console, "error").mockImplementation(() => {})
    countExposure(page({ "user-agent": SHOPPER }), "home", [{ sellerId: "sel_a" }, { sellerId: "sel_b" }])
    await flushExposure()
    expect(error).toHaveBeenCalledWith("[exposure] 2 impressions dropped:", "POST /internal/exposure answered 401")
    const fetch = vi.fn(async () => new Response("{}"))
    vi.stubGlobal("fetch", fetch)
    await flushExposure()
    expect(fetch).not.toHaveBeenCalled()
    error.mockRestore()
  })
})
