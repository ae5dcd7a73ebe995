/**
 * City staff (admin) API and the store's marketplace routes: seller verification and
 * suspension, document badges, district curation and loading, and what the store shows.
 */
import { integrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { loadDistricts } from "@sentra/area-data"
import { generateSeed } from "@sentra/seed-data"
import type { AxiosInstance } from "axios"
import { runSetup, type SetupResult } from "../../src/setup"
import { SELLER_MODULE } from "../../src/modules/seller"
import { createSellerWorkflow } from "../../src/workflows/seller/create-seller"
import { adminToken, sellerToken, storeHeaders } from "../helpers/fixtures"
import { bearer, settle } from "../helpers/http"

const seed = generateSeed()
const NOW = new Date()

/** Seller fixtures: a pending applicant with an unverified NIB and an expired PIRT, and one product. */
const PENDING = {
  handle: "warung-uji-coblong",
  name: "Warung Uji Coblong",
  district_code: "32.73.02",
  email: "pemilik.warung-uji@example.com",
  whatsapp: "6281299990001",
  nib: "NIB-RAHASIA-0001",
  pirt: "PIRT-RAHASIA-0002",
  product_handle: "nasi-uji-coblong",
}

const SUSPENDED_HANDLE = "dapur-bu-imas" // Coblong (32.73.02), 5 products
const OTHER_HANDLE = "batik-cigadung-lestari" // Cibeunying Kaler, no PIRT/halal

const sellerSeed = (handle: string) => seed.sellers.find((s) => s.handle === handle)!
const productsOf = (handle: string) => seed.products.filter((p) => p.sellerHandle === handle)
const notExpired = (doc: { expiresAt: string | null } | null) => !!doc && (!doc.expiresAt || new Date(doc.expiresAt) > NOW)

async function createPendingSeller(container: MedusaContainer, setup: SetupResult) {
  const { result } = await createSellerWorkflow(container).run({
    input: {
      seller: {
        handle: PENDING.handle,
        name: PENDING.name,
        district_code: PENDING.district_code,
        categories: ["kuliner"],
        whatsapp: PENDING.whatsapp,
        opening_hours: { mon: [{ open: "08:00", close: "17:00" }] },
        documents: [
          { type: "nib", number: PENDING.nib },
          { type: "pirt", number: PENDING.pirt, expires_at: "2020-01-01" },
        ],
      },
      owner: { email: PENDING.email, name: "Pemilik Uji" },
      status: "pending",
      actor: { type: "system", id: "test" },
    },
  })
  // A published product that is not in any sales channel yet: the visibility rule adds it on approval.
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Nasi Uji Coblong",
          handle: PENDING.product_handle,
          status: "published",
          shipping_profile_id: setup.shippingProfileId,
          options: [{ title: "Porsi", values: ["Biasa"] }],
          variants: [
            {
              title: "Biasa",
              sku: "UJI-NASI-1",
              options: { Porsi: "Biasa" },
              manage_inventory: false,
              prices: [{ currency_code: "idr", amount: 15000 }],
            },
          ],
        },
      ],
    },
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [SELLER_MODULE]: { seller_id: result.seller.id },
    product: { product_id: products[0].id },
  })
  return { sellerId: result.seller.id, productId: products[0].id }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SetupResult
    let pending: { sellerId: string; productId: string }
    let store: ReturnType<typeof storeHeaders>
    let admin: ReturnType<typeof bearer>
    let adminUserId: string

    beforeAll(async () => {
      setup = await runSetup(getContainer(), { seed: true })
      pending = await createPendingSeller(getContainer(), setup)
    })

    beforeEach(async () => {
      store = storeHeaders(setup.publishableKey)
      admin = bearer(await adminToken(api))
      adminUserId = (await api.get("/admin/users/me", admin)).data.user.id
    })

    const sellerId = async (handle: string) => {
      const { data } = await api.get(`/admin/sellers?q=${handle}`, admin)
      return data.sellers.find((s: { handle: string }) => s.handle === handle).id as string
    }

    describe("listing sellers for city staff", () => {
      it("filters by status, kecamatan and text, with documents and district", async () => {
        const approved = await api.get("/admin/sellers?status=approved&limit=100", admin)
        expect(approved.data.count).toBe(seed.sellers.length)
        expect(approved.data.sellers.map((s: { handle: string }) => s.handle).sort()).toEqual(
          seed.sellers.map((s) => s.handle).sort()
        )

        const pendingList = await api.get("/admin/sellers?status=pending", admin)
        expect(pendingList.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        const [applicant] = pendingList.data.sellers
        expect(applicant).toMatchObject({ id: pending.sellerId, handle: PENDING.handle, status: "pending" })
        expect(applicant.district).toMatchObject({ code: PENDING.district_code, name: "Coblong" })
        expect(applicant.documents.map((d: { type: string; number: string; verified: boolean }) => [d.type, d.number, d.verified]).sort()).toEqual([
          ["nib", PENDING.nib, false],
          ["pirt", PENDING.pirt, false],
        ])

        const coblong = await api.get("/admin/sellers?district_code=32.73.02", admin)
        const inCoblong = seed.sellers.filter((s) => s.districtCode === "32.73.02").map((s) => s.handle)
        expect(coblong.data.sellers.map((s: { handle: string }) => s.handle).sort()).toEqual([...inCoblong, PENDING.handle].sort())
        expect((await api.get("/admin/sellers?district_code=99.99.99", admin)).data).toMatchObject({ sellers: [], count: 0 })

        const text = await api.get("/admin/sellers?q=Bu%20Imas", admin)
        expect(text.data.sellers.map((s: { handle: string }) => s.handle)).toEqual([SUSPENDED_HANDLE])

        const page = await api.get("/admin/sellers?status=approved&limit=5&offset=30", admin)
        expect(page.data).toMatchObject({ count: seed.sellers.length, limit: 5, offset: 30 })
        expect(page.data.sellers).toHaveLength(seed.sellers.length - 30)
      })

      it("rejects bad filters with 400 and field errors", async () => {
        for (const qs of ["status=aktif", "limit=0", "limit=1000", "offset=-1", "hack=1"]) {
          const response = await settle(api.get(`/admin/sellers?${qs}`, admin))
          expect([qs, response.status]).toEqual([qs, 400])
          expect(response.data.message).toMatch(/Invalid request/)
        }
      })

      it("shows one seller with members, documents and status history; 404 when unknown", async () => {
        const { data } = await api.get(`/admin/sellers/${pending.sellerId}`, admin)
        expect(data.seller.members).toEqual([expect.objectContaining({ email: PENDING.email, role: "owner" })])
        expect(data.seller.documents).toHaveLength(2)
        expect(data.seller.status_changes).toEqual([
          expect.objectContaining({ from_status: null, to_status: "pending", actor_type: "system", actor_id: "test" }),
        ])
        expect((await settle(api.get("/admin/sellers/sel_tidakada", admin))).status).toBe(404)
      })
    })

    describe("approving and suspending", () => {
      it("follows the allowed transitions and records who, when and why", async () => {
        const approve = await api.post(`/admin/sellers/${pending.sellerId}/approve`, { reason: "Dokumen lengkap" }, admin)
        expect(approve.data.seller).toMatchObject({ status: "approved", status_reason: "Dokumen lengkap" })

        const again = await settle(api.post(`/admin/sellers/${pending.sellerId}/approve`, {}, admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already approved/)

        const suspend = await api.post(`/admin/sellers/${pending.sellerId}/suspend`, { reason: "Keluhan pembeli" }, admin)
        expect(suspend.data.seller).toMatchObject({ status: "suspended", status_reason: "Keluhan pembeli" })
        expect((await settle(api.post(`/admin/sellers/${pending.sellerId}/suspend`, { reason: "lagi" }, admin))).status).toBe(400)

        const back = await api.post(`/admin/sellers/${pending.sellerId}/approve`, undefined, admin)
        expect(back.data.seller).toMatchObject({ status: "approved", status_reason: null })

        const history = back.data.seller.status_changes.map(
          (c: { from_status: string; to_status: string; reason: string; actor_type: string; actor_id: string }) => [
            c.from_status,
            c.to_status,
            c.reason,
            c.actor_type,
            c.actor_id,
          ]
        )
        expect(history).toEqual([
          ["suspended", "approved", null, "user", adminUserId],
          ["approved", "suspended", "Keluhan pembeli", "user", adminUserId],
          ["pending", "approved", "Dokumen lengkap", "user", adminUserId],
          [null, "pending", null, "system", "test"],
        ])
      })

      it("emits seller.approved and seller.suspended with who-what-why data", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = vi.spyOn(eventBus, "emit")
        try {
          await api.post(`/admin/sellers/${pending.sellerId}/approve`, {}, admin)
          await api.post(`/admin/sellers/${pending.sellerId}/suspend`, { reason: "Audit" }, admin)
          const names = emit.mock.calls.flatMap(([messages]) => (Array.isArray(messages) ? messages : [messages]))
          const sellerEvents = names.filter((m) => ["seller.approved", "seller.suspended"].includes(m.name))
          expect(sellerEvents.map((m) => [m.name, m.data])).toEqual([
            ["seller.approved", { id: pending.sellerId, from_status: "pending", status: "approved", reason: null }],
            ["seller.suspended", { id: pending.sellerId, from_status: "approved", status: "suspended", reason: "Audit" }],
          ])
        } finally {
          emit.mockRestore()
        }
      })

      it("a failure after the status change restores the status and removes the record", async () => {
        const id = await sellerId(SUSPENDED_HANDLE)
        await api.post(`/admin/sellers/${id}/suspend`, { reason: "Audit" }, admin)
        const before = (await api.get(`/admin/sellers/${id}`, admin)).data.seller
        // The visibility sync (after status update and history record) fails.
        const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
        const create = vi.spyOn(link, "create").mockRejectedValue(new Error("sales channel down"))
        try {
          const response = await settle(api.post(`/admin/sellers/${id}/approve`, {}, admin))
          expect(response.status).toBe(500)
        } finally {
          create.mockRestore()
        }
        const after = (await api.get(`/admin/sellers/${id}`, admin)).data.seller
        expect(after).toMatchObject({ status: "suspended", status_reason: "Audit" })
        expect(after.status_changes).toEqual(before.status_changes)
        expect((await settle(api.get(`/store/sellers/${SUSPENDED_HANDLE}`, store))).status).toBe(404)
        // The lock was released by the compensation: the next decision goes through.
        expect((await api.post(`/admin/sellers/${id}/approve`, {}, admin)).data.seller.status).toBe("approved")
      })

      it("suspends a pending applicant directly", async () => {
        const { data } = await api.post(`/admin/sellers/${pending.sellerId}/suspend`, { reason: "Data palsu" }, admin)
        expect(data.seller.status).toBe("suspended")
      })

      it("refuses a suspension without a reason and changes nothing", async () => {
        const id = await sellerId(SUSPENDED_HANDLE)
        const before = (await api.get(`/admin/sellers/${id}`, admin)).data.seller
        for (const body of [{}, { reason: "" }, { reason: "   " }, { reason: 42 }, { reason: "ok", status: "approved" }]) {
          const response = await settle(api.post(`/admin/sellers/${id}/suspend`, body, admin))
          expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
        }
        const after = (await api.get(`/admin/sellers/${id}`, admin)).data.seller
        expect(after.status).toBe("approved")
        expect(after.status_changes).toEqual(before.status_changes)
        expect((await api.get(`/store/sellers/${SUSPENDED_HANDLE}`, store)).status).toBe(200)
      })

      it("answers 404 for an unknown seller and 400 for unknown body fields", async () => {
        expect((await settle(api.post("/admin/sellers/sel_tidakada/approve", {}, admin))).status).toBe(404)
        expect((await settle(api.post(`/admin/sellers/${pending.sellerId}/approve`, { status: "approved" }, admin))).status).toBe(400)
      })
    })

    describe("suspension hides a seller from every store route; approval brings it back", () => {
      /** Everything the store shows of one seller, route by route. */
      async function storeView(handle: string, productId: string, productTitle: string, districtCode: string) {
        const list = await api.get("/store/products?limit=200&fields=id", store)
        const byId = await settle(api.get(`/store/products/${productId}`, store))
        const search = await api.get(`/store/products?q=${encodeURIComponent(productTitle)}&fields=id`, store)
        const sellers = await api.get(`/store/sellers?district_code=${districtCode}`, store)
        const seller = await settle(api.get(`/store/sellers/${handle}`, store))
        const districts = await api.get("/store/districts?city=32.73", store)
        const district = await api.get(`/store/districts/${districtCode}`, store)
        const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
        return {
          inList: ids(list.data.products).includes(productId),
          listCount: list.data.count,
          byId: byId.status,
          inSearch: ids(search.data.products).includes(productId),
          inSellers: sellers.data.sellers.some((s: { handle: string }) => s.handle === handle),
          sellerPage: seller.status,
          counts: districts.data.districts
            .filter((d: { code: string }) => d.code === districtCode)
            .map((d: { seller_count: number; product_count: number }) => [d.seller_count, d.product_count])[0],
          inDistrict: district.data.district.sellers.some((s: { handle: string }) => s.handle === handle),
        }
      }

      it("for a seeded seller", async () => {
        const id = await sellerId(SUSPENDED_HANDLE)
        const product = productsOf(SUSPENDED_HANDLE)[0]
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=id`, store)
        const productId = data.products[0].id
        const districtCode = sellerSeed(SUSPENDED_HANDLE).districtCode
        const inDistrict = seed.sellers.filter((s) => s.districtCode === districtCode)
        const districtProducts = inDistrict.flatMap((s) => productsOf(s.handle)).length

        const visible = {
          inList: true,
          listCount: seed.products.length,
          byId: 200,
          inSearch: true,
          inSellers: true,
          sellerPage: 200,
          counts: [inDistrict.length, districtProducts],
          inDistrict: true,
        }
        expect(await storeView(SUSPENDED_HANDLE, productId, product.title, districtCode)).toEqual(visible)

        await api.post(`/admin/sellers/${id}/suspend`, { reason: "Izin PIRT kedaluwarsa" }, admin)
        expect(await storeView(SUSPENDED_HANDLE, productId, product.title, districtCode)).toEqual({
          inList: false,
          listCount: seed.products.length - productsOf(SUSPENDED_HANDLE).length,
          byId: 404,
          inSearch: false,
          inSellers: false,
          sellerPage: 404,
          counts: [inDistrict.length - 1, districtProducts - productsOf(SUSPENDED_HANDLE).length],
          inDistrict: false,
        })

        await api.post(`/admin/sellers/${id}/approve`, {}, admin)
        expect(await storeView(SUSPENDED_HANDLE, productId, product.title, districtCode)).toEqual(visible)
      })

      it("a suspended seller's or a draft product cannot be put in a cart by variant id", async () => {
        const product = productsOf(SUSPENDED_HANDLE)[0]
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=id,*variants`, store)
        const variantId = data.products[0].variants[0].id
        const newCart = async () => (await api.post("/store/carts", { region_id: setup.regionId }, store)).data.cart.id

        const okCart = await newCart()
        expect((await settle(api.post(`/store/carts/${okCart}/line-items`, { variant_id: variantId, quantity: 1 }, store))).status).toBe(200)

        await api.post(`/admin/sellers/${await sellerId(SUSPENDED_HANDLE)}/suspend`, { reason: "Izin PIRT kedaluwarsa" }, admin)
        const cartId = await newCart()
        const refused = await settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, store))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain(variantId)
        const created = await settle(
          api.post("/store/carts", { region_id: setup.regionId, items: [{ variant_id: variantId, quantity: 1 }] }, store)
        )
        expect(created.status).toBe(400)
        const { data: cart } = await api.get(`/store/carts/${cartId}`, store)
        expect(cart.cart.items).toEqual([])

        // A pending applicant's product (not in the storefront channel) is refused the same way.
        const { data: pendingVariants } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product_variant", fields: ["id"], filters: { product_id: pending.productId } })
        const pendingRefused = await settle(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: pendingVariants[0].id, quantity: 1 }, store)
        )
        expect(pendingRefused.status).toBe(400)
      })

      it("for a pending applicant, whose products appear only once approved", async () => {
        const before = await storeView(PENDING.handle, pending.productId, "Nasi Uji Coblong", PENDING.district_code)
        expect(before).toMatchObject({ inList: false, byId: 404, inSearch: false, inSellers: false, sellerPage: 404, inDistrict: false })

        await api.post(`/admin/sellers/${pending.sellerId}/approve`, {}, admin)
        const after = await storeView(PENDING.handle, pending.productId, "Nasi Uji Coblong", PENDING.district_code)
        expect(after).toMatchObject({ inList: true, byId: 200, inSearch: true, inSellers: true, sellerPage: 200, inDistrict: true })
        expect(after.counts).toEqual([before.counts[0] + 1, before.counts[1] + 1])
        expect(after.listCount).toBe(before.listCount + 1)
      })
    })

    describe("legality documents and store badges", () => {
      const badgesOf = async (handle: string) => (await api.get(`/store/sellers/${handle}`, store)).data.seller.badges

      it("badges are the verified, unexpired documents", async () => {
        const { data } = await api.get("/store/sellers?limit=100", store)
        expect(data.count).toBe(seed.sellers.length)
        for (const seller of data.sellers) {
          const { legality } = sellerSeed(seller.handle)
          expect([seller.handle, seller.badges]).toEqual([
            seller.handle,
            { nib: notExpired(legality.nib), pirt: notExpired(legality.pirt), halal: notExpired(legality.halal) },
          ])
        }
        // dapur-bu-imas holds a PIRT that expired on 2026-06-22: no badge.
        expect(await badgesOf(SUSPENDED_HANDLE)).toEqual({ nib: true, pirt: false, halal: true })
      })

      it("verify and unverify change the badge and record the staff member", async () => {
        const id = await sellerId(OTHER_HANDLE)
        const unverified = await api.post(`/admin/sellers/${id}/documents/nib/unverify`, {}, admin)
        expect(unverified.data.seller.documents.find((d: { type: string }) => d.type === "nib")).toMatchObject({
          verified: false,
          verified_at: null,
          verified_by: null,
        })
        expect(await badgesOf(OTHER_HANDLE)).toEqual({ nib: false, pirt: false, halal: false })

        const verified = await api.post(`/admin/sellers/${id}/documents/nib/verify`, {}, admin)
        const nib = verified.data.seller.documents.find((d: { type: string }) => d.type === "nib")
        expect(nib).toMatchObject({ verified: true, verified_by: adminUserId })
        expect(new Date(nib.verified_at).getTime()).toBeGreaterThan(Date.now() - 60_000)
        expect(await badgesOf(OTHER_HANDLE)).toEqual({ nib: true, pirt: false, halal: false })
      })

      it("an approved applicant gets its NIB badge once staff verify it; an expired PIRT can't be verified", async () => {
        await api.post(`/admin/sellers/${pending.sellerId}/approve`, {}, admin)
        expect(await badgesOf(PENDING.handle)).toEqual({ nib: false, pirt: false, halal: false })
        await api.post(`/admin/sellers/${pending.sellerId}/documents/nib/verify`, {}, admin)
        expect(await badgesOf(PENDING.handle)).toEqual({ nib: true, pirt: false, halal: false })

        const expired = await settle(api.post(`/admin/sellers/${pending.sellerId}/documents/pirt/verify`, {}, admin))
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(/expired/)
      })

      it("rejects unknown types, missing documents, repeats and unknown sellers", async () => {
        const id = await sellerId(OTHER_HANDLE)
        expect((await settle(api.post(`/admin/sellers/${id}/documents/ktp/verify`, {}, admin))).status).toBe(400)
        expect((await settle(api.post(`/admin/sellers/${id}/documents/halal/verify`, {}, admin))).status).toBe(404)
        expect((await settle(api.post(`/admin/sellers/${id}/documents/nib/verify`, {}, admin))).status).toBe(400)
        expect((await settle(api.post("/admin/sellers/sel_tidakada/documents/nib/verify", {}, admin))).status).toBe(404)
      })
    })

    describe("district curation", () => {
      const bandung = seed.districts.filter((d) => d.regencyCode === "32.73")

      it("lists featured kecamatan first by rank, then by name, with counts from the seed", async () => {
        // The seed features kecamatan of every city: start from none featured.
        for (const { code } of seed.featuredDistricts) await api.post(`/admin/districts/${code}`, { featured_rank: null }, admin)
        await api.post("/admin/districts/32.73.18", { featured_rank: 2, headline: "Kampung kopi" }, admin)
        await api.post("/admin/districts/32.73.02", { featured_rank: 1, story: "Sentra kuliner mahasiswa" }, admin)

        const { data } = await api.get("/store/districts?city=32.73", store)
        expect(data.count).toBe(bandung.length)
        const codes = data.districts.map((d: { code: string }) => d.code)
        const others = bandung
          .filter((d) => !["32.73.02", "32.73.18"].includes(d.code))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .map((d) => d.code)
        expect(codes).toEqual(["32.73.02", "32.73.18", ...others])
        expect(data.districts[1]).toMatchObject({ featured_rank: 2, headline: "Kampung kopi", city: "Kota Bandung" })
        expect(data.districts[0]).not.toHaveProperty("story")

        for (const district of data.districts) {
          const sellers = seed.sellers.filter((s) => s.districtCode === district.code)
          const products = sellers.flatMap((s) => productsOf(s.handle))
          expect([district.code, district.seller_count, district.product_count]).toEqual([
            district.code,
            sellers.length,
            products.length,
          ])
        }

        const byName = await api.get("/store/districts?city=kota%20bandung&limit=2", store)
        expect(byName.data).toMatchObject({ count: bandung.length, limit: 2 })
        expect(byName.data.districts.map((d: { code: string }) => d.code)).toEqual(["32.73.02", "32.73.18"])

        const featured = await api.get("/admin/districts?featured=true", admin)
        expect(featured.data.districts.map((d: { code: string; featured_rank: number }) => [d.code, d.featured_rank])).toEqual([
          ["32.73.02", 1],
          ["32.73.18", 2],
        ])
        expect(featured.data.districts[0].sellers_by_status).toEqual({ pending: 1, approved: 2, suspended: 0 })

        const unfeatured = await api.post("/admin/districts/32.73.18", { featured_rank: null }, admin)
        expect(unfeatured.data.district).toMatchObject({ featured_rank: null, headline: "Kampung kopi" })
      })

      it("shows a kecamatan with its story, visible flagship and approved sellers", async () => {
        const imas = productsOf(SUSPENDED_HANDLE)[0]
        const { data: found } = await api.get(`/store/products?handle=${imas.handle}&fields=id`, store)
        const flagshipId = found.products[0].id
        await api.post("/admin/districts/32.73.02", { flagship_product_id: flagshipId, story: "Cerita Coblong" }, admin)

        const { data } = await api.get("/store/districts/32.73.02", store)
        expect(data.district).toMatchObject({
          code: "32.73.02",
          name: "Coblong",
          city: "Kota Bandung",
          story: "Cerita Coblong",
          flagship_product: { id: flagshipId, title: imas.title, handle: imas.handle, thumbnail: expect.any(String) },
        })
        expect(data.district.sellers.map((s: { handle: string }) => s.handle).sort()).toEqual(
          seed.sellers.filter((s) => s.districtCode === "32.73.02").map((s) => s.handle).sort()
        )
        expect(data.district.sellers[0]).toHaveProperty("badges")

        // The flagship disappears with its seller.
        await api.post(`/admin/sellers/${await sellerId(SUSPENDED_HANDLE)}/suspend`, { reason: "Audit" }, admin)
        expect((await api.get("/store/districts/32.73.02", store)).data.district.flagship_product).toBeNull()

        expect((await settle(api.get("/store/districts/99.99.99", store))).status).toBe(404)
      })

      it("refuses a flagship of another kecamatan, of a pending seller or unknown, and changes nothing", async () => {
        const other = productsOf(OTHER_HANDLE)[0] // Cibeunying Kaler, not Coblong
        const { data: found } = await api.get(`/store/products?handle=${other.handle}&fields=id`, store)
        const before = (await api.get("/admin/districts/32.73.02", admin)).data.district

        const cases = [
          { flagship_product_id: found.products[0].id, headline: "Harus batal" },
          { flagship_product_id: pending.productId, headline: "Harus batal" },
          { flagship_product_id: "prod_tidakada", headline: "Harus batal" },
        ]
        for (const body of cases) {
          const response = await settle(api.post("/admin/districts/32.73.02", body, admin))
          expect([body.flagship_product_id, response.status]).toEqual([body.flagship_product_id, 400])
          expect(response.data.message).toMatch(/flagship_product_id/)
        }
        expect((await api.get("/admin/districts/32.73.02", admin)).data.district).toEqual(before)
      })

      it("validates curation input", async () => {
        const bad = [
          { featured_rank: 0 },
          { featured_rank: 1.5 },
          { featured_rank: "1" },
          { hero_image_url: "javascript:alert(1)" },
          { headline: "" },
          { name: "Ganti nama" },
          {},
        ]
        for (const body of bad) {
          const response = await settle(api.post("/admin/districts/32.73.02", body, admin))
          expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
        }
        expect((await settle(api.post("/admin/districts/99.99.99", { headline: "x" }, admin))).status).toBe(404)
        const ok = await api.post(
          "/admin/districts/32.73.02",
          { hero_image_url: "https://cdn.example.id/coblong.jpg", headline: null },
          admin
        )
        expect(ok.data.district).toMatchObject({ hero_image_url: "https://cdn.example.id/coblong.jpg", headline: null })
      })
    })

    describe("loading kecamatan of another regency", () => {
      it("loads Kota Surabaya from idn-area-data, idempotently", async () => {
        const surabaya = loadDistricts(["35.78"])
        const first = await api.post("/admin/districts/load", { regency_codes: ["35.78"] }, admin)
        expect(first.data).toMatchObject({ created: surabaya.length, existing: 0 })
        expect(first.data.codes).toEqual(surabaya.map((d) => d.code))

        const second = await api.post("/admin/districts/load", { regency_codes: ["35.78", "32.73"] }, admin)
        expect(second.data).toMatchObject({
          created: 0,
          existing: surabaya.length + seed.districts.filter((d) => d.regencyCode === "32.73").length,
        })

        const listed = await api.get("/admin/districts?city=35.78&limit=500", admin)
        expect(listed.data.count).toBe(surabaya.length)
        expect(listed.data.districts[0]).toMatchObject({ regency_name: "Kota Surabaya", province_name: "Jawa Timur" })
        const shop = await api.get("/store/districts?city=Kota%20Surabaya", store)
        expect(shop.data.count).toBe(surabaya.length)
        expect(shop.data.districts.every((d: { seller_count: number }) => d.seller_count === 0)).toBe(true)
      })

      it("refuses unknown or malformed regency codes and loads nothing", async () => {
        const before = (await api.get("/admin/districts?limit=1", admin)).data.count
        for (const body of [{ regency_codes: ["35.78", "99.99"] }, { regency_codes: ["abc"] }, { regency_codes: [] }, {}]) {
          const response = await settle(api.post("/admin/districts/load", body, admin))
          expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
        }
        expect((await api.get("/admin/districts?limit=1", admin)).data.count).toBe(before)
      })
    })

    describe("what the store shows", () => {
      it("store products carry their seller's name, handle and kecamatan, and nothing more", async () => {
        const product = productsOf(SUSPENDED_HANDLE)[0]
        // Query adds the ids of the seller and its district; nothing else of them comes through.
        const expected = {
          id: expect.stringMatching(/^sel_/),
          name: "Dapur Bu Imas",
          handle: SUSPENDED_HANDLE,
          district: { id: expect.stringMatching(/^dist_/), code: "32.73.02", name: "Coblong" },
        }

        const list = await api.get(`/store/products?handle=${product.handle}`, store)
        expect(list.data.products[0].seller).toEqual(expected)
        expect(list.data.products[0].variants.length).toBeGreaterThan(0) // Medusa's defaults are kept

        const byId = await api.get(`/store/products/${list.data.products[0].id}`, store)
        expect(byId.data.product.seller).toEqual(expected)

        const narrow = await api.get(`/store/products?handle=${product.handle}&fields=title`, store)
        expect(narrow.data.products[0]).toEqual({ id: expect.any(String), title: product.title, seller: expected })

        const greedy = await api.get(
          `/store/products/${list.data.products[0].id}?fields=*seller,seller.whatsapp,seller.status,*seller.documents,*seller.members,*seller.district`,
          store
        )
        expect(greedy.data.product.seller).toEqual(expected)

        const optOut = await api.get(`/store/products?handle=${product.handle}&fields=-seller`, store)
        expect(optOut.data.products[0]).not.toHaveProperty("seller")
      })

      it("never leaks member emails, document numbers, status history or a pending seller's whatsapp", async () => {
        const imas = sellerSeed(SUSPENDED_HANDLE)
        const responses = [
          await api.get("/store/sellers?limit=100", store),
          await api.get(`/store/sellers/${SUSPENDED_HANDLE}`, store),
          await api.get("/store/sellers?district_code=32.73.02&category=kuliner", store),
          await api.get("/store/districts?city=32.73", store),
          await api.get("/store/districts/32.73.02", store),
          await api.get("/store/products?limit=200", store),
          await api.get("/store/districts?featured=true", store),
          await api.get("/store/rotation?limit=48", store),
        ]
        const body = responses.map((r) => JSON.stringify(r.data)).join("\n")
        for (const secret of [
          imas.ownerEmail,
          imas.legality.nib.number,
          imas.legality.halal!.number,
          PENDING.email,
          PENDING.nib,
          PENDING.whatsapp,
          PENDING.handle,
          "status_changes",
          "status_reason",
          "members",
          "documents",
          "@seller.sentra.local",
        ]) {
          expect([secret, body.includes(secret)]).toEqual([secret, false])
        }

        const seller = responses[1].data.seller
        expect(Object.keys(seller).sort()).toEqual(
          [
            "id", "handle", "name", "description", "logo_url", "categories", "creative_subsectors", "whatsapp",
            "pickup_address", "time_zone", "women_owned", "new_entrepreneur", "opening_hours", "holiday_closures",
            "preparation_minutes", "lead_time_days", "badges", "district", "open_now", "products", "product_count",
          ].sort()
        )
        expect(seller).toMatchObject({
          women_owned: imas.womenOwned,
          new_entrepreneur: imas.newEntrepreneur,
          district: { code: "32.73.02", name: "Coblong", city: "Kota Bandung" },
          open_now: expect.any(Boolean),
        })
        expect(seller.products.map((p: { handle: string }) => p.handle).sort()).toEqual(
          productsOf(SUSPENDED_HANDLE).map((p) => p.handle).sort()
        )
        expect(Object.keys(seller.products[0]).sort()).toEqual(["handle", "id", "thumbnail", "title"])

        expect((await settle(api.get(`/store/sellers/${PENDING.handle}`, store))).status).toBe(404)
        expect((await settle(api.get("/store/sellers/tidak-ada", store))).status).toBe(404)
      })

      it("filters store sellers by kecamatan and category", async () => {
        const fesyen = await api.get("/store/sellers?category=fesyen&limit=100", store)
        expect(fesyen.data.sellers.map((s: { handle: string }) => s.handle).sort()).toEqual(
          seed.sellers.filter((s) => s.categories.includes("fesyen")).map((s) => s.handle).sort()
        )
        const names = fesyen.data.sellers.map((s: { name: string }) => s.name)
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)))

        const kriya = await api.get("/store/sellers?district_code=32.73.02&category=kriya", store)
        expect(kriya.data.sellers.map((s: { handle: string }) => s.handle)).toEqual(["studio-keramik-dago"])
        const none = await api.get("/store/sellers?district_code=32.73.02&category=fesyen", store)
        expect(none.data).toMatchObject({ sellers: [], count: 0 })

        // One seller by handle: the store shape without products; not approved → none.
        const one = await api.get("/store/sellers?handle=studio-keramik-dago", store)
        expect(one.data).toMatchObject({ count: 1, sellers: [{ handle: "studio-keramik-dago" }] })
        expect(one.data.sellers[0].products).toBeUndefined()
        const pending = await api.get(`/store/sellers?handle=${PENDING.handle}`, store)
        expect(pending.data).toMatchObject({ sellers: [], count: 0 })

        for (const qs of ["category=makanan", "limit=0", "district_code=", "handle="]) {
          expect([qs, (await settle(api.get(`/store/sellers?${qs}`, store))).status]).toEqual([qs, 400])
        }
      })
    })

    describe("authorization", () => {
      it("admin routes need an admin user: no token or a seller token is 401", async () => {
        const seller = bearer(await sellerToken(api, OTHER_HANDLE))
        const id = await sellerId(OTHER_HANDLE)
        const calls: [string, string, unknown?][] = [
          ["get", "/admin/sellers"],
          ["get", `/admin/sellers/${id}`],
          ["post", `/admin/sellers/${id}/approve`, {}],
          ["post", `/admin/sellers/${id}/suspend`, { reason: "x" }],
          ["post", `/admin/sellers/${id}/documents/nib/unverify`, {}],
          ["get", "/admin/districts"],
          ["post", "/admin/districts/32.73.02", { featured_rank: 1 }],
          ["post", "/admin/districts/load", { regency_codes: ["35.78"] }],
        ]
        for (const [method, url, body] of calls) {
          for (const auth of [{}, seller]) {
            const response = await settle(
              method === "get" ? (api as AxiosInstance).get(url, auth) : (api as AxiosInstance).post(url, body, auth)
            )
            expect([method, url, response.status]).toEqual([method, url, 401])
          }
        }
        const after = (await api.get(`/admin/sellers/${id}`, admin)).data.seller
        expect(after.status).toBe("approved")
        expect(after.documents.find((d: { type: string }) => d.type === "nib").verified).toBe(true)
      })

      it("store routes need the publishable key", async () => {
        for (const url of ["/store/districts", "/store/districts/32.73.02", "/store/sellers", `/store/sellers/${OTHER_HANDLE}`]) {
          expect([url, (await settle(api.get(url))).status]).toEqual([url, 400])
        }
      })
    })
  },
})
