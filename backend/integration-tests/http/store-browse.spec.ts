/**
 * The store reads behind the shopper's browse pages: featured kecamatan with their flagship
 * ("One District One Product"), the hourly fair rotation of the home and category pages, and
 * paged seller products and aggregate kecamatan counts.
 */
import { integrationTestRunner } from "../helpers/runner"
import { generateSeed } from "@sentra/seed-data"
import { mainCategoryOf } from "@sentra/vocabulary"
import { runSetup, type SetupResult } from "../../src/setup"
import { adminToken, storeHeaders } from "../helpers/fixtures"
import { bearer, settle } from "../helpers/http"

const seed = generateSeed()
const productsOf = (handle: string) => seed.products.filter((p) => p.sellerHandle === handle)
const inStock = (p: (typeof seed.products)[number]) => p.variants.some((v) => v.stock > 0)

interface Card {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  price: number | null
  in_stock: boolean
  seller: { handle: string; name: string }
  district: { code: string; name: string } | null
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SetupResult
    let store: ReturnType<typeof storeHeaders>

    beforeAll(async () => {
      setup = await runSetup(getContainer(), { seed: true })
    })

    beforeEach(() => {
      store = storeHeaders(setup.publishableKey)
    })

    describe("featured kecamatan (GET /store/districts?featured=true)", () => {
      it("lists the seed's featured kecamatan by rank with headline, hero image and flagship card", async () => {
        const { data } = await api.get("/store/districts?featured=true", store)
        expect(data.count).toBe(seed.featuredDistricts.length)
        expect(data.districts.map((d: { code: string }) => d.code)).toEqual(seed.featuredDistricts.map((d) => d.code))
        for (const [index, district] of data.districts.entries()) {
          const curated = seed.featuredDistricts[index]
          const flagship = seed.products.find((p) => p.handle === curated.flagshipHandle)!
          expect(district).toMatchObject({ featured_rank: index + 1, headline: curated.headline })
          expect(district).not.toHaveProperty("story")
          expect(district.flagship_product).toMatchObject({ handle: flagship.handle, title: flagship.title, in_stock: true })
          expect(district.flagship_product.price).toBe(Math.min(...flagship.variants.map((v) => v.price)))
          // The generated hero image, uploaded through the file module (not served in test runs).
          expect(district.hero_image_url).toMatch(new RegExp(`/static/.*${curated.heroImage.fileName}$`))
        }
        const others = await api.get("/store/districts?featured=false&limit=500", store)
        expect(others.data.count).toBe(seed.districts.length - seed.featuredDistricts.length)
        expect(others.data.districts.every((d: { featured_rank: number | null }) => d.featured_rank === null)).toBe(true)
        expect((await settle(api.get("/store/districts?featured=ya", store))).status).toBe(400)
      })

      it("setup does not overwrite what staff curated", async () => {
        const admin = bearer(await adminToken(api))
        await api.post("/admin/districts/32.73.02", { headline: "Diubah staf", featured_rank: 9 }, admin)
        await runSetup(getContainer(), { seed: true })
        const { data } = await api.get("/store/districts/32.73.02", store)
        expect(data.district).toMatchObject({ headline: "Diubah staf", featured_rank: 9 })
      })
    })

    describe("kecamatan counts and seller pages read aggregates and pages", () => {
      it("GET /store/districts?limit=500 counts every kecamatan's approved sellers and visible products", async () => {
        const { data } = await api.get("/store/districts?limit=500", store)
        expect(data.districts).toHaveLength(seed.districts.length)
        for (const district of data.districts) {
          const sellers = seed.sellers.filter((s) => s.districtCode === district.code)
          const products = sellers.flatMap((s) => productsOf(s.handle))
          expect([district.code, district.seller_count, district.product_count]).toEqual([district.code, sellers.length, products.length])
        }
        const total = data.districts.reduce((sum: number, d: { product_count: number }) => sum + d.product_count, 0)
        expect(total).toBe(seed.products.length)
      })

      it("GET /store/sellers/:handle gives one page of products by title and the total", async () => {
        const handle = "dodol-betawi-enyak-romlah" // 6 products
        const titles = productsOf(handle).map((p) => p.title)
        expect(titles).toHaveLength(6)
        const first = (await api.get(`/store/sellers/${handle}?limit=4`, store)).data
        expect(first).toMatchObject({ limit: 4, offset: 0, seller: { handle, product_count: 6 } })
        expect(first.seller.products).toHaveLength(4)
        const rest = (await api.get(`/store/sellers/${handle}?limit=4&offset=4`, store)).data
        expect(rest.seller.products).toHaveLength(2)
        expect(rest.seller.product_count).toBe(6)
        const shown = [...first.seller.products, ...rest.seller.products]
        expect(shown.map((p: { title: string }) => p.title)).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
        expect(Object.keys(shown[0]).sort()).toEqual(["handle", "id", "thumbnail", "title"])
        // Default page size.
        expect((await api.get(`/store/sellers/${handle}`, store)).data.seller.products).toHaveLength(6)
        for (const qs of ["limit=0", "limit=101", "offset=-1", "limit=abc"]) {
          expect([qs, (await settle(api.get(`/store/sellers/${handle}?${qs}`, store))).status]).toEqual([qs, 400])
        }
      })
    })

    describe("fair rotation (GET /store/rotation)", () => {
      /** Two reads in the same hour (retried once if an hour boundary fell between them). */
      async function twice(url: string) {
        for (let attempt = 0; ; attempt++) {
          const a = (await api.get(url, store)).data
          const b = (await api.get(url, store)).data
          if (a.period.index === b.period.index || attempt > 0) return [a, b]
        }
      }

      it("shows one in-stock product per seller this hour, the same on every request", async () => {
        const [a, b] = await twice("/store/rotation?limit=12")
        expect(b).toEqual(a)
        expect(a.products).toHaveLength(12)
        const sellers = a.products.map((p: Card) => p.seller.handle)
        expect(new Set(sellers).size).toBe(12)
        const eligible = seed.sellers.filter((s) => productsOf(s.handle).some(inStock))
        expect(a.seller_count).toBe(eligible.length)
        for (const card of a.products as Card[]) {
          const product = seed.products.find((p) => p.handle === card.handle)!
          expect([card.handle, product.sellerHandle, card.in_stock]).toEqual([card.handle, card.seller.handle, true])
          expect(card.price).toBe(Math.min(...product.variants.map((v) => v.price)))
          expect(card.district?.code).toBe(seed.sellers.find((s) => s.handle === card.seller.handle)!.districtCode)
        }
        expect(new Date(a.period.ends_at).getTime() - new Date(a.period.starts_at).getTime()).toBe(3_600_000)
      })

      it("rotates within a category, giving every seller of it a product before any seller a second", async () => {
        const [a] = await twice("/store/rotation?category=fesyen&limit=48")
        const fesyen = seed.products.filter((p) => mainCategoryOf(p.categoryHandle) === "fesyen" && inStock(p))
        const sellers = new Set(fesyen.map((p) => p.sellerHandle))
        expect(a.seller_count).toBe(sellers.size)
        expect(a.products).toHaveLength(Math.min(48, fesyen.length))
        for (const card of a.products as Card[]) expect(fesyen.map((p) => p.handle)).toContain(card.handle)
        expect(new Set(a.products.slice(0, sellers.size).map((p: Card) => p.seller.handle)).size).toBe(sellers.size)

        const sub = await api.get("/store/rotation?category=minuman&limit=48", store)
        for (const card of sub.data.products as Card[]) {
          expect(seed.products.find((p) => p.handle === card.handle)!.categoryHandle).toBe("minuman")
        }
        expect((await api.get("/store/rotation?category=tidak-ada", store)).data.products).toEqual([])
        for (const qs of ["limit=0", "limit=49", "category=Kuliner%20!", "fields=*products"]) {
          expect([qs, (await settle(api.get(`/store/rotation?${qs}`, store))).status]).toEqual([qs, 400])
        }
      })

      it("leaves out a suspended seller", async () => {
        const admin = bearer(await adminToken(api))
        const { data: found } = await api.get("/admin/sellers?q=dapur-bu-imas", admin)
        await api.post(`/admin/sellers/${found.sellers[0].id}/suspend`, { reason: "Audit" }, admin)
        const { data } = await api.get("/store/rotation?category=kuliner&limit=48", store)
        expect(data.products.map((p: Card) => p.seller.handle)).not.toContain("dapur-bu-imas")
        expect(data.products.length).toBeGreaterThan(0)
      })
    })
  },
})
