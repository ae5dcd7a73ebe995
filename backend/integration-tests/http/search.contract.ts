import type { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { loadDistricts } from "@sentra/area-data"
import { generateSeed, SEED_CITY_CODES } from "@sentra/seed-data"
import { mainCategoryOf } from "@sentra/vocabulary"
import { isOpenNow } from "../../src/modules/seller/opening-hours"
import { PRODUCT_FALLBACK_INDEX, PRODUCT_INDEX } from "../../src/lib/search/engine"
import { runSetup } from "../../src/setup"
import { adminToken, sellerToken, storeHeaders } from "../helpers/fixtures"
import { bearer, settle } from "../helpers/http"

/**
 * The contract of the storefront's product search (Search Module: Medusa's POST /store/search
 * and our GET /store/search/suggest), engine-independent. search.spec.ts runs it on the
 * embedded PostgreSQL engine, search-meilisearch.spec.ts on Meilisearch (when MEILISEARCH_HOST
 * is set). Not a spec file itself: each engine needs its own app boot, hence its own file.
 */

export const seed = generateSeed()
const districts = new Map(loadDistricts(SEED_CITY_CODES).map((d) => [d.code, d]))
const sellerOf = new Map(seed.sellers.map((s) => [s.handle, s]))
export const handlesWhere = (keep: (p: (typeof seed.products)[number]) => boolean) =>
  seed.products.filter(keep).map((p) => p.handle).sort()
const priceOf = (p: (typeof seed.products)[number]) => Math.min(...p.variants.map((v) => v.price))
const badgesOf = (handle: string, now: Date) => {
  const { legality } = sellerOf.get(handle)!
  return (["halal", "nib", "pirt"] as const).filter((type) => {
    const doc = legality[type]
    return !!doc && (!doc.expiresAt || new Date(doc.expiresAt).getTime() > now.getTime())
  })
}

/**
 * Setup's events are ingested in the background while it runs; products are linked to their
 * sellers after they are created (without an event). Wait until ingestion is quiet, then rebuild
 * the index once, as `medusa start` does after `npm run dev`'s setup.
 */
export async function settleIndex(container: MedusaContainer, index: string, run: () => Promise<unknown>) {
  const search = container.resolve(Modules.SEARCH) as unknown as { ingest: (event: unknown) => Promise<unknown> }
  const ingest = search.ingest.bind(search)
  let inFlight = 0
  search.ingest = async (event: unknown) => {
    inFlight++
    try {
      return await ingest(event)
    } finally {
      inFlight--
    }
  }
  try {
    await run()
    for (let quiet = 0; quiet < 4; ) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      quiet = inFlight === 0 ? quiet + 1 : 0
    }
  } finally {
    search.ingest = ingest
  }
  await container.resolve(Modules.SEARCH).reindex({ index, strategy: "in_place" })
}

/** The items of `list` that don't match: `[]` when all do (a readable failure when not). */
const notMatching = (list: string[], pattern: RegExp) => list.filter((item) => !pattern.test(item))

/** Polls `probe` until it returns true (events reach the index asynchronously). */
async function eventually(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await probe()) {
      return Date.now() - started
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Not reflected in search within ${timeoutMs} ms`)
}

type Api = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]["api"]

export function productSearchContract(engine: string, options: { cleanup?: boolean } = {}) {
  return ({ api, getContainer }: { api: Api; getContainer: () => MedusaContainer }) => {
    let key: string
    beforeAll(async () => {
      await settleIndex(getContainer(), PRODUCT_INDEX, async () => {
        key = (await runSetup(getContainer(), { seed: true })).publishableKey
      })
    })
    afterAll(async () => {
      if (options.cleanup) {
        await getContainer().resolve(Modules.SEARCH).deleteIndex(PRODUCT_INDEX)
      }
    })

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are the API's JSON
    const search = (body: Record<string, any>) => settle(api.post("/store/search", { entity: "product", ...body }, storeHeaders(key)))
    /** Handles of the hits; without a page in `body`, of all matches (pages of 100, the maximum). */
    const handles = async (body: Record<string, unknown>) => {
      const found: string[] = []
      for (let skip = 0; ; skip += 100) {
        const response = await search({ fields: ["handle"], pagination: { take: 100, skip }, ...body })
        expect(response.status).toBe(200)
        const { hits, metadata } = response.data.results[0]
        found.push(...(hits as { document: { handle: string } }[]).map((hit) => hit.document.handle))
        if (body.pagination || found.length >= metadata.count || !hits.length) {
          return found
        }
      }
    }
    const top = async (q: string, take = 5) => handles({ filters: { q }, pagination: { take } })
    const sellerId = async (handle: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "seller",
        fields: ["id"],
        filters: { handle },
      })
      return data[0].id as string
    }

    describe(`product search on ${engine}`, () => {
      it("holds every published product of an approved seller, with its seller, kecamatan and price", async () => {
        const response = await search({ filters: { q: "rendang" }, pagination: { take: 5 } })
        expect(response.status).toBe(200)
        const result = response.data.results[0]
        expect(result.metadata.count).toBe(2)
        const rendang = seed.products.find((p) => p.handle === "rendang-daging-sapi-bukittinggi-dapur-padang-uni-ros")!
        const hit = result.hits.find((h: { document: { handle: string } }) => h.document.handle === rendang.handle).document
        expect(hit).toMatchObject({
          title: rendang.title,
          seller_handle: "dapur-padang-uni-ros",
          seller_name: sellerOf.get("dapur-padang-uni-ros")!.name,
          district_code: sellerOf.get("dapur-padang-uni-ros")!.districtCode,
          city: "Kota Depok",
          main_category: "kuliner",
          price: priceOf(rendang),
        })
        expect(hit).not.toHaveProperty("open_slots")
        expect(hit).not.toHaveProperty("sales_channel_ids")

        const all = await search({ pagination: { take: 0 } })
        expect(all.data.results[0].metadata.count).toBe(seed.products.length)
      })

      it("finds products by misspelt, variant, regional and English queries", async () => {
        const rendang = handlesWhere((p) => /^Rendang/.test(p.title))
        expect((await top("rendng")).sort()).toEqual(rendang)
        expect(notMatching(await top("batk"), /batik/)).toEqual([])
        expect((await top("kripik pedas")).sort()).toEqual((await top("keripik pedas")).sort())
        expect(await top("kripik pedas")).toContain("keripik-pedas-singkong-daun-jeruk-keripik-kang-ipul")
        expect(notMatching(await top("sambel"), /^sambal-/)).toEqual([])
        expect((await top("shoes", 4)).sort()).toEqual(handlesWhere((p) => /^Sepatu/.test(p.title)))
        expect(notMatching(await top("coffee", 4), /^kopi-/)).toEqual([])
      })

      it("keeps words the Indonesian stemmer would confuse apart (kemeja/meja, durian/duri)", async () => {
        expect(notMatching((await top("kemeja")).slice(0, 3), /^kemeja-/)).toEqual([])
        expect(await top("meja", 20)).not.toContainEqual(expect.stringMatching(/^kemeja-/))
        expect(await top("durian", 20)).not.toContain("bandeng-presto-duri-lunak-sate-bandeng-hj-fatimah")
      })

      it("matches the last word as a prefix for typeahead", async () => {
        const hits = await handles({ filters: { q: "kerip" }, pagination: { take: 5 }, search_options: { match_strategy: "last" } })
        expect(hits).toHaveLength(5)
        expect(notMatching(hits, /^k(e)?ripik-/)).toEqual([])
      })

      it("filters by category, kecamatan, city, price range, badges, cohort and stock", async () => {
        const now = new Date()
        expect((await handles({ filters: { category_handles: "batik" } })).sort()).toEqual(handlesWhere((p) => p.categoryHandle === "batik"))
        expect((await handles({ filters: { category_handles: "kriya" } })).length).toBe(
          seed.products.filter((p) => mainCategoryOf(p.categoryHandle) === "kriya").length
        )
        expect((await handles({ filters: { district_code: "32.73.02" } })).sort()).toEqual(
          handlesWhere((p) => sellerOf.get(p.sellerHandle)!.districtCode === "32.73.02")
        )
        expect((await handles({ filters: { city: "Kota Serang" } })).sort()).toEqual(
          handlesWhere((p) => districts.get(sellerOf.get(p.sellerHandle)!.districtCode)!.regencyName === "Kota Serang")
        )
        expect((await handles({ filters: { price: { $gte: 50000, $lte: 100000 } } })).sort()).toEqual(
          handlesWhere((p) => priceOf(p) >= 50000 && priceOf(p) <= 100000)
        )
        expect((await handles({ filters: { badges: { $contains: ["halal", "pirt"] } } })).sort()).toEqual(
          handlesWhere((p) => ["halal", "pirt"].every((b) => badgesOf(p.sellerHandle, now).includes(b as "halal")))
        )
        expect((await handles({ filters: { cohorts: "women_owned" } })).sort()).toEqual(
          handlesWhere((p) => sellerOf.get(p.sellerHandle)!.womenOwned)
        )
        expect((await handles({ filters: { in_stock: true } })).sort()).toEqual(
          handlesWhere((p) => p.variants.some((v) => v.stock > 0))
        )
        // Text and filters together: "keripik" is in the category name and in one seller's name.
        expect((await handles({ filters: { q: "keripik", city: "Kota Bekasi", in_stock: true } })).sort()).toEqual(
          handlesWhere(
            (p) =>
              districts.get(sellerOf.get(p.sellerHandle)!.districtCode)!.regencyName === "Kota Bekasi" &&
              p.variants.some((v) => v.stock > 0) &&
              (p.categoryHandle === "keripik-camilan" || p.sellerHandle === "keripik-kang-ipul")
          )
        )
      })

      it("filters sellers that are open right now, in their own time zone", async () => {
        const expected = () => handlesWhere((p) => {
          const s = sellerOf.get(p.sellerHandle)!
          return isOpenNow({ time_zone: s.timeZone, opening_hours: s.openingHours, holiday_closures: s.holidayClosures }, new Date())
        })
        const before = expected()
        const open = (await handles({ filters: { open_now: true } })).sort()
        // A seller may open or close between the two readings; then the answer may be either.
        expect([before, expected()]).toContainEqual(open)
        expect((await handles({ filters: { open_now: false } })).length).toBe(seed.products.length)
      })

      it("counts facets over the matching products: values, price ranges, and price stats", async () => {
        const now = new Date()
        const response = await search({
          filters: { category_handles: "kuliner" },
          pagination: { take: 0 },
          search_options: {
            facets: [
              "city",
              "badges",
              "in_stock",
              { field: "category_handles", limit: 20 },
              { field: "price", type: "range", ranges: [{ key: "murah", to: 25000 }, { key: "sedang", from: 25000, to: 75000 }, { key: "mahal", from: 75000 }] },
            ],
          },
        })
        expect(response.status).toBe(200)
        const { facets, metadata } = response.data.results[0]
        const kuliner = seed.products.filter((p) => mainCategoryOf(p.categoryHandle) === "kuliner")
        expect(metadata.count).toBe(kuliner.length)
        const count = (keep: (p: (typeof kuliner)[number]) => boolean) => kuliner.filter(keep).length
        const cityOf = (p: (typeof kuliner)[number]) => districts.get(sellerOf.get(p.sellerHandle)!.districtCode)!.regencyName
        expect(Object.fromEntries(facets.city.values.map((v: { value: string; count: number }) => [v.value, v.count]))).toEqual(
          Object.fromEntries([...new Set(kuliner.map(cityOf))].map((city) => [city, count((p) => cityOf(p) === city)]))
        )
        const badge = (name: string) => facets.badges.values.find((v: { value: string }) => v.value === name)?.count ?? 0
        expect(badge("halal")).toBe(count((p) => badgesOf(p.sellerHandle, now).includes("halal")))
        const ranges = Object.fromEntries(facets.price.ranges.map((r: { key: string; count: number }) => [r.key, r.count]))
        expect(ranges).toEqual({
          murah: count((p) => priceOf(p) < 25000),
          sedang: count((p) => priceOf(p) >= 25000 && priceOf(p) < 75000),
          mahal: count((p) => priceOf(p) >= 75000),
        })
        expect(facets.category_handles.values.find((v: { value: string }) => v.value === "kuliner").count).toBe(kuliner.length)

        const stats = await search({
          filters: { category_handles: "kuliner" },
          pagination: { take: 0 },
          search_options: { facets: [{ field: "price", type: "stats" }] },
        })
        expect(stats.data.results[0].facets.price).toMatchObject({
          type: "stats",
          min: Math.min(...kuliner.map(priceOf)),
          max: Math.max(...kuliner.map(priceOf)),
        })
      })

      it("sorts by relevance, price both ways and newest, and paginates without overlap", async () => {
        const prices = async (direction: "ASC" | "DESC") => {
          const response = await search({ fields: ["price"], filters: { q: "kopi" }, pagination: { take: 10, order: { price: direction } } })
          return response.data.results[0].hits.map((h: { document: { price: number } }) => h.document.price)
        }
        const ascending = await prices("ASC")
        expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
        expect(await prices("DESC")).toEqual([...ascending].reverse())

        const newest = await search({ fields: ["created_at"], pagination: { take: 20, order: { created_at: "DESC" } } })
        const dates = newest.data.results[0].hits.map((h: { document: { created_at: string } }) => Date.parse(h.document.created_at))
        expect(dates).toEqual([...dates].sort((a, b) => b - a))

        const page = (skip: number) => handles({ filters: { category_handles: "fesyen" }, pagination: { take: 7, skip, order: { price: "ASC" } } })
        const [first, second] = [await page(0), await page(7)]
        expect(first).toHaveLength(7)
        expect(second.filter((h) => first.includes(h))).toEqual([])
      })

      it("drops a suspended seller's products within seconds and brings them back on approval", async () => {
        const admin = bearer(await adminToken(api))
        const id = await sellerId("kopi-manglayang-cibiru")
        const mine = () => handles({ filters: { seller_handle: "kopi-manglayang-cibiru" } })
        expect((await mine()).length).toBe(handlesWhere((p) => p.sellerHandle === "kopi-manglayang-cibiru").length)

        const suspended = await settle(api.post(`/admin/sellers/${id}/suspend`, { reason: "Izin PIRT kedaluwarsa" }, admin))
        expect(suspended.status).toBe(200)
        const gone = await eventually(async () => (await mine()).length === 0)
        expect(await top("kopi arabika")).not.toContain("kopi-arabika-java-preanger-bubuk-kopi-manglayang-cibiru")

        expect((await settle(api.post(`/admin/sellers/${id}/approve`, {}, admin))).status).toBe(200)
        const back = await eventually(async () => (await mine()).length > 0)
        expect(gone + back).toBeLessThan(10_000)
      })

      it("reflects unpublishing and deleting a product", async () => {
        const token = bearer(await sellerToken(api, "dapur-bu-imas"))
        const ids = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product",
          fields: ["id", "handle"],
          filters: { handle: ["pepes-ikan-mas-kemangi-dapur-bu-imas", "empal-gepuk-khas-sunda-dapur-bu-imas"] },
        })
        const idOf = (handle: string) => ids.data.find((p) => p.handle === handle)!.id
        const found = async (q: string) => await top(q, 20)

        const draft = await settle(api.post(`/vendor/products/${idOf("pepes-ikan-mas-kemangi-dapur-bu-imas")}`, { status: "draft" }, token))
        expect(draft.status).toBe(200)
        await eventually(async () => !(await found("pepes ikan")).includes("pepes-ikan-mas-kemangi-dapur-bu-imas"))

        const deleted = await settle(api.delete(`/vendor/products/${idOf("empal-gepuk-khas-sunda-dapur-bu-imas")}`, token))
        expect(deleted.status).toBe(200)
        await eventually(async () => !(await found("empal gepuk")).includes("empal-gepuk-khas-sunda-dapur-bu-imas"))
      })

      it("follows price and stock changes made in the seller panel", async () => {
        const handle = "cimol-frozen-bumbu-balado-seblak-teh-rina"
        expect(seed.products.find((p) => p.handle === handle)!.variants.map((v) => v.stock)).toEqual([0])
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product",
          fields: ["id", "variants.id"],
          filters: { handle },
        })
        const product = data[0] as { id: string; variants: { id: string }[] }
        const document = async () => {
          const response = await search({ fields: ["handle", "price", "in_stock"], filters: { q: "cimol" } })
          return response.data.results[0].hits.find((h: { document: { handle: string } }) => h.document.handle === handle)?.document
        }
        expect(await document()).toMatchObject({ in_stock: false })

        const token = bearer(await sellerToken(api, "seblak-teh-rina"))
        const variant = product.variants[0].id
        // Stock alone (an inventory level change), then price alone (a variant change).
        expect((await settle(api.post(`/vendor/products/${product.id}`, { variants: [{ id: variant, stock: 12 }] }, token))).status).toBe(200)
        await eventually(async () => (await document())?.in_stock === true)
        expect(await handles({ filters: { q: "cimol", in_stock: true } })).toContain(handle)
        expect((await settle(api.post(`/vendor/products/${product.id}`, { variants: [{ id: variant, price: 21000 }] }, token))).status).toBe(200)
        await eventually(async () => (await document())?.price === 21000)
      })

      it("updates badges when city staff take back a verification", async () => {
        const admin = bearer(await adminToken(api))
        const id = await sellerId("surabi-ceu-popon")
        const halal = () => handles({ filters: { seller_handle: "surabi-ceu-popon", badges: "halal" } })
        expect((await halal()).length).toBeGreaterThan(0)
        const response = await settle(api.post(`/admin/sellers/${id}/documents/halal/unverify`, {}, admin))
        expect(response.status).toBe(200)
        await eventually(async () => (await halal()).length === 0)
      })

      it("suggests products, sellers and kecamatan for what is typed so far", async () => {
        const response = await settle(api.get("/store/search/suggest?q=kerip&limit=3", storeHeaders(key)))
        expect(response.status).toBe(200)
        expect(response.data.products).toHaveLength(3)
        const products = response.data.products as { handle: string; price: number }[]
        expect(notMatching(products.map((p) => p.handle), /^k(e)?ripik-/)).toEqual([])
        expect(products.every((p) => p.price > 0)).toBe(true)
        expect(response.data.sellers.map((s: { handle: string }) => s.handle)).toEqual(["keripik-kang-ipul"])

        const place = await settle(api.get("/store/search/suggest?q=coblo", storeHeaders(key)))
        expect(place.data.districts).toEqual([{ code: "32.73.02", name: "Coblong", city: "Kota Bandung" }])
        expect(place.data.products.length).toBeGreaterThan(0)
      })

      it("rejects bad search input with 400 and a message, never 500", async () => {
        const cases: [string, Promise<{ status: number; data: { message?: string } }>][] = [
          ["unknown filter field", search({ filters: { warna: "merah" } })],
          ["filter on a field that isn't filterable", search({ filters: { title: "Kopi" } })],
          ["sort on a field that isn't sortable", search({ pagination: { order: { seller_handle: "ASC" } } })],
          ["page size over 100", search({ pagination: { take: 500 } })],
          ["malformed filter", search({ filters: { price: { $between: [1, 2] } } })],
          ["open_now that isn't a boolean", search({ filters: { open_now: "ya" } })],
          ["query too long", search({ filters: { q: "kopi ".repeat(60) } })],
          ["suggest without q", settle(api.get("/store/search/suggest", storeHeaders(key)))],
          ["suggest limit over 10", settle(api.get("/store/search/suggest?q=kopi&limit=50", storeHeaders(key)))],
          ["suggest with an unknown parameter", settle(api.get("/store/search/suggest?q=kopi&seller=x", storeHeaders(key)))],
        ]
        for (const [label, request] of cases) {
          const response = await request
          expect({ label, status: response.status }).toEqual({ label, status: 400 })
          expect(typeof response.data.message).toBe("string")
        }
        expect((await search({ entity: PRODUCT_FALLBACK_INDEX })).status).toBe(404)
        expect((await search({ entity: "customer" })).status).toBe(404)
        expect((await settle(api.post("/store/search", { entity: "product" }))).status).toBe(400)
      })
    })
  }
}

