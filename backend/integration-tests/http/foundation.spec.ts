import type { AxiosResponse } from "axios"
import { integrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { generateSeed } from "@sentra/seed-data"
import { runSetup, type SetupResult } from "../../src/setup"
import { DEV_ADMIN } from "../../src/setup/admin"
import { isTaxInclusive } from "../../src/setup/commerce"
import { bearer, settle } from "../helpers/http"

const seed = generateSeed()

/** Row counts of everything setup creates, to prove a second run adds nothing. */
async function countEverything(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  const entities = [
    "store", "region", "sales_channel", "api_key", "stock_location", "fulfillment_set",
    "shipping_option", "shipping_profile", "tax_region", "product", "product_variant",
    "product_category", "product_tag", "inventory_level", "user", "price",
  ]
  const counts: Record<string, number> = {}
  for (const entity of entities) {
    counts[entity] = await count(entity)
  }
  return counts
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let first: SetupResult

    beforeAll(async () => {
      first = await runSetup(getContainer(), { seed: true })
    })

    describe("store API on the seeded catalog", () => {
      it("lists published seeded products with whole-Rupiah prices through the publishable key", async () => {
        const headers = { "x-publishable-api-key": first.publishableKey }
        const response = await api.get(
          `/store/products?limit=200&region_id=${first.regionId}&fields=title,handle,thumbnail,*variants.calculated_price,*categories`,
          { headers }
        )
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(seed.products.length)

        const rendang = seed.products.find((p) => p.title.toLowerCase().includes("rendang"))!
        const listed = response.data.products.find((p: { handle: string }) => p.handle === rendang.handle)
        expect(listed.title).toBe(rendang.title)
        expect(listed.thumbnail).toMatch(/^http:\/\/localhost:\d+\/static\/.+\.svg$/)
        expect(listed.categories.map((c: { handle: string }) => c.handle)).toEqual([rendang.categoryHandle])

        const amounts = listed.variants.map((v: { calculated_price: { calculated_amount: number; currency_code: string } }) => v.calculated_price)
        expect(amounts.map((a: { currency_code: string }) => a.currency_code)).toEqual(rendang.variants.map(() => "idr"))
        expect(amounts.map((a: { calculated_amount: number }) => a.calculated_amount).sort()).toEqual(
          rendang.variants.map((v) => v.price).sort()
        )
      })

      it("refuses store requests without a publishable key", async () => {
        const response = await settle(api.get("/store/products"))
        expect(response.status).toBe(400)
      })

      it("reaches stock and Indonesian shipping through the store region", async () => {
        const headers = { "x-publishable-api-key": first.publishableKey }
        const { data } = await api.get(`/store/regions/${first.regionId}`, { headers })
        expect(data.region.currency_code).toBe("idr")
        expect(data.region.countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["id"])

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        // Every seller ships its own part: its own profile with pickup (free) and local delivery.
        const { data: sellers } = await query.graph({
          entity: "seller",
          fields: ["handle", "shipping_profile.shipping_options.name", "shipping_profile.shipping_options.prices.amount"],
        })
        expect(sellers).toHaveLength(seed.sellers.length)
        type SellerRow = { shipping_profile: { shipping_options: { name: string; prices: { amount: number }[] }[] } }
        for (const seller of sellers as unknown as SellerRow[]) {
          expect(seller.shipping_profile.shipping_options.map((o) => [o.name, o.prices[0].amount]).sort()).toEqual([
            ["Ambil sendiri", 0],
            ["Antar lokal", 15000],
          ])
        }
        const { data: products } = await query.graph({ entity: "product", fields: ["shipping_profile.id", "seller.shipping_profile.id"] })
        const rows = products as unknown as { shipping_profile: { id: string }; seller: { shipping_profile: { id: string } } }[]
        expect(rows.every((p) => p.shipping_profile.id === p.seller.shipping_profile.id)).toBe(true)

        const inStock = seed.products.flatMap((p) => p.variants).find((v) => v.stock > 0)!
        const { data: levels } = await query.graph({
          entity: "product_variant",
          fields: ["sku", "inventory_items.inventory.location_levels.stocked_quantity"],
          filters: { sku: inStock.sku },
        })
        expect(levels[0].inventory_items?.[0]?.inventory?.location_levels?.[0]?.stocked_quantity).toBe(inStock.stock)
      })
    })

    describe("setup is idempotent", () => {
      it("running setup and seed a second time creates nothing and returns the same key", async () => {
        const before = await countEverything(getContainer())
        const second = await runSetup(getContainer(), { seed: true })
        const after = await countEverything(getContainer())

        expect(after).toEqual(before)
        expect(before.product).toBe(seed.products.length)
        expect(second.catalog).toEqual({ createdProducts: 0, createdCategories: 0 })
        expect(second.adminCreated).toBe(false)
        expect(second.publishableKey).toBe(first.publishableKey)
        expect(second.regionId).toBe(first.regionId)
      })

      it("reconciles the region's payment providers with the environment at every run: cash unless SENTRA_CASH=off", async () => {
        const providersOfRegion = async () => {
          const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: first.regionId } })
          return (data[0].payment_providers ?? []).map((p: { id: string } | null) => p!.id).sort()
        }
        expect(await providersOfRegion()).toEqual(["pp_cash_cash"])
        process.env.SENTRA_CASH = "off"
        try {
          await runSetup(getContainer(), { seed: false })
          expect(await providersOfRegion()).toEqual([])
        } finally {
          delete process.env.SENTRA_CASH
        }
        await runSetup(getContainer(), { seed: false })
        expect(await providersOfRegion()).toEqual(["pp_cash_cash"])
      })

      it("store uses IDR only, tax-inclusive, with the Sentra sales channel as default", async () => {
        const container = getContainer()
        const store = (await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] }))[0]
        expect(store.name).toBe("Sentra")
        expect(store.default_sales_channel_id).toBe(first.salesChannelId)
        expect(store.supported_currencies?.map((c) => [c.currency_code, c.is_default])).toEqual([["idr", true]])
        expect(await isTaxInclusive(container, "currency_code", "idr")).toBe(true)
        expect(await isTaxInclusive(container, "region_id", first.regionId)).toBe(true)
      })
    })

    describe("development admin login", () => {
      it("accepts the documented credentials and rejects a wrong password", async () => {
        const ok = await api.post("/auth/user/emailpass", DEV_ADMIN)
        expect(ok.status).toBe(200)
        expect(typeof ok.data.token).toBe("string")

        const me = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${ok.data.token}` } })
        expect(me.data.user.email).toBe(DEV_ADMIN.email)

        const wrong = await settle(api.post("/auth/user/emailpass", { email: DEV_ADMIN.email, password: "salah" }))
        expect(wrong.status).toBe(401)
      })
    })

    // Last in the suite: the final test leaves 127.0.0.1 over its limit for a minute.
    describe("login and registration rate limits (decision 103)", () => {
      const limits: Record<string, string> = { SENTRA_AUTH_RATE_LIMIT: "10", SENTRA_AUTH_RATE_LIMIT_IP: "10", SENTRA_TRUST_PROXY_HOPS: "1" }
      const saved: Record<string, string | undefined> = {}
      let sellerToken = ""
      beforeAll(() => {
        for (const [name, value] of Object.entries(limits)) {
          saved[name] = process.env[name]
          process.env[name] = value
        }
      })
      afterAll(() => {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name]
          else process.env[name] = value
        }
      })

      /** The IP a trusted proxy (SENTRA_TRUST_PROXY_HOPS=1) says the client has. */
      const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } })
      const expectLimited = (response: AxiosResponse) => {
        expect(response.status).toBe(429)
        const seconds = Number(response.headers["retry-after"])
        expect(seconds).toBeGreaterThanOrEqual(1)
        expect(seconds).toBeLessThanOrEqual(60)
        expect(response.data).toEqual({
          type: "rate_limited",
          code: "too_many_attempts",
          message: expect.stringContaining(`Terlalu banyak percobaan. Coba lagi dalam ${seconds} detik.`),
        })
      }

      it("the 11th login from one IP within a minute answers 429 with Retry-After, before Medusa checks the password", async () => {
        const ip = from("203.0.113.1")
        for (let i = 0; i < 10; i++) {
          expect((await settle(api.post("/auth/customer/emailpass", { email: "penebak@example.com", password: `salah-${i}` }, ip))).status).toBe(401)
        }
        expectLimited(await settle(api.post("/auth/customer/emailpass", { email: "penebak@example.com", password: "salah" }, ip)))
        // Another account from the same IP, with the right password: refused before it is checked.
        expectLimited(await settle(api.post("/auth/user/emailpass", DEV_ADMIN, ip)))
      })

      it("another IP is not affected, but the limited account stays limited from any IP", async () => {
        expect((await api.post("/auth/user/emailpass", DEV_ADMIN, from("203.0.113.2"))).status).toBe(200)
        expectLimited(await settle(api.post("/auth/seller/emailpass", { email: "PENEBAK@example.com", password: "x" }, from("203.0.113.3"))))
      })

      it("registration is limited per IP too (customer and seller registrations count together)", async () => {
        const ip = from("203.0.113.4")
        for (let i = 0; i < 10; i++) {
          const actor = i % 2 ? "seller" : "customer"
          const response = await api.post(`/auth/${actor}/emailpass/register`, { email: `baru-${i}@example.com`, password: "rahasia123" }, ip)
          expect(response.status).toBe(200)
          if (actor === "seller") sellerToken = response.data.token
        }
        expectLimited(await settle(api.post("/auth/seller/emailpass/register", { email: "baru-10@example.com", password: "rahasia123" }, ip)))
      })

      it("password reset requests are limited per account, whatever the IP", async () => {
        for (let i = 0; i < 10; i++) {
          expect((await api.post("/auth/customer/emailpass/reset-password", { identifier: "lupa@example.com" }, from(`203.0.113.${10 + i}`))).status).toBe(201)
        }
        expectLimited(await settle(api.post("/auth/customer/emailpass/reset-password", { identifier: "Lupa@Example.com" }, from("203.0.113.30"))))
      })

      it("without SENTRA_TRUST_PROXY_HOPS a client cannot pick its IP with X-Forwarded-For; seller onboarding counts too", async () => {
        delete process.env.SENTRA_TRUST_PROXY_HOPS // restored after the describe
        const statuses: number[] = []
        for (let i = 0; i < 11; i++) {
          statuses.push((await settle(api.post("/auth/customer/emailpass", { email: `acak-${i}@example.com`, password: "x" }, from(`198.51.100.${i}`)))).status)
        }
        expect(statuses.at(-1)).toBe(429)
        // 127.0.0.1 (the test's real address) is now over its limit: onboarding a seller from it too.
        expectLimited(await settle(api.post("/vendor/sellers", { name: "Toko Baru" }, bearer(sellerToken))))
      })
    })
  },
})
