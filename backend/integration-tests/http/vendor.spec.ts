/**
 * Seller (vendor) API: onboarding, profile, listings and image uploads — with the bad-input
 * matrix, compensation, the store-visibility rule and the authorization matrix.
 */
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { integrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { generateSeed } from "@sentra/seed-data"
import type { AxiosInstance } from "axios"
import { SELLER_MODULE } from "../../src/modules/seller"
import type SellerModuleService from "../../src/modules/seller/service"
import { isOpenNow } from "../../src/modules/seller/opening-hours"
import { sellerShippingProfiles } from "../../src/lib/fulfillment"
import { runSetup, type SetupResult } from "../../src/setup"
import { createSellerWorkflow } from "../../src/workflows/seller/create-seller"
import { updateSellerWorkflow } from "../../src/workflows/seller/update-seller"
import { EXPOSURE_SECRET_HEADER } from "@sentra/vocabulary"
import { exposureSecret } from "../../src/production"
import { adminToken, sellerToken, shopperToken, storeHeaders } from "../helpers/fixtures"
import { bearer, settle } from "../helpers/http"
import { orderHelpers } from "../helpers/orders"
import { hostileCases, validatorFields } from "../helpers/hostile-input"
import { changedTables, databaseFingerprint, derivedRoutes, settledFingerprint } from "../helpers/route-matrix"

const seed = generateSeed()
/** Link definitions need the booted app's modules: load lazily (the app has already required it). */
const districtSellerEntity = () =>
  (require("../../src/links/district-seller") as typeof import("../../src/links/district-seller")).default.entryPoint
const PASSWORD = "rahasia-123"
const SELLER_A = "dapur-bu-imas" // Coblong, kuliner; NIB + halal verified, PIRT expired 2026-06-22
const SELLER_B = "batik-cigadung-lestari"
const productsOf = (handle: string) => seed.products.filter((p) => p.sellerHandle === handle)

const HOURS = {
  mon: [{ open: "08:00", close: "17:00" }],
  fri: [
    { open: "08:00", close: "11:30" },
    { open: "13:00", close: "17:00" },
  ],
  sat: [{ open: "18:00", close: "02:00" }],
}

/** A valid onboarding body; tests override single fields to break it. */
const onboardingBody = (overrides: Record<string, unknown> = {}) => ({
  name: "Warung Nasi Teh Euis",
  description: "Nasi timbel dan lauk Sunda rumahan.",
  district_code: "32.73.02",
  categories: ["kuliner"],
  creative_subsectors: ["kuliner"],
  whatsapp: "0812-3456-7890",
  pickup_address: "Jl. Dago No. 10, Coblong",
  women_owned: true,
  opening_hours: HOURS,
  holiday_closures: ["2026-12-25"],
  preparation_minutes: 20,
  documents: [{ type: "nib", number: "9120000000001" }],
  ...overrides,
})

/** Rows the onboarding and profile workflows write, to prove nothing was half-written. */
async function sellerRows(container: MedusaContainer) {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: districtSellerEntity(), fields: ["seller_id"] })
  return {
    sellers: (await service.listSellers({}, { select: ["id"] })).length,
    members: (await service.listSellerMembers({}, { select: ["id"] })).length,
    documents: (await service.listSellerDocuments({}, { select: ["id"] })).length,
    status_changes: (await service.listSellerStatusChanges({}, { select: ["id"] })).length,
    district_links: links.length,
  }
}

async function sellerByHandle(container: MedusaContainer, handle: string) {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const [seller] = await service.listSellers({ handle }, { relations: ["documents"] })
  return seller
}

/** Product as stored: status, seller, channels, shipping profile, prices and stock at the location. */
async function storedProduct(container: MedusaContainer, id: string, locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "title", "status", "handle", "deleted_at", "seller.id", "sales_channels.id", "shipping_profile.id",
      "variants.id", "variants.sku", "variants.price_set.prices.amount",
      "variants.inventory_items.inventory.location_levels.location_id",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
    ],
    filters: { id },
    withDeleted: true,
  })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- graph rows are checked field by field
  const row = data[0] as any
  if (!row) return undefined
  return {
    ...row,
    variants: (row.variants ?? [])
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      .map((v: any) => ({
        id: v.id,
        sku: v.sku,
        price: v.price_set?.prices?.[0]?.amount,
        stock: v.inventory_items?.[0]?.inventory?.location_levels?.find((l: { location_id: string }) => l.location_id === locationId)
          ?.stocked_quantity,
      }))
      .sort((a: { sku: string }, b: { sku: string }) => (a.sku < b.sku ? -1 : 1)),
  }
}

async function storeProductCount(api: AxiosInstance, key: string, handle: string) {
  const { data } = await api.get(`/store/products?handle=${handle}`, storeHeaders(key))
  return data.count as number
}

/** Multipart body with the given files under `field`. */
function imageForm(files: { name: string; type: string; bytes: Buffer }[], field = "files") {
  const form = new FormData()
  for (const file of files) {
    form.append(field, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  }
  return form
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)])
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)])
const WEBP = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x20, 0, 0, 0]), Buffer.from("WEBPVP8 "), Buffer.alloc(64, 3)])

/** The authorization matrix's callers, and what each route answers them (`allowed`: neither 401 nor 403). */
const CALLERS = ["no token", "shopper", "seller A", "seller B", "staff"] as const
type Caller = (typeof CALLERS)[number]
type Outcome = number | "allowed"
const only = (allowed: Caller[], refused: number, overrides: Partial<Record<Caller, Outcome>> = {}) =>
  Object.fromEntries(CALLERS.map((c) => [c, overrides[c] ?? (allowed.includes(c) ? "allowed" : refused)])) as Record<Caller, Outcome>
const STAFF = only(["staff"], 401)
const SELLERS = only(["seller A", "seller B"], 401)
/** Routes about seller A's resource: seller B must not learn it exists. */
const SELLER_A_OWNS = only(["seller A"], 401, { "seller B": 404 })
/** Store routes need only the publishable key (sent with every matrix request). */
const PUBLIC = only([...CALLERS], 401)
const ROUTES_DIR = join(__dirname, "../../src/api")

interface MatrixRoute {
  who: Record<Caller, Outcome>
  /** Path parameters; unset ones: `:code` Coblong, `:type` nib, `:handle` seller A, `:id` a placeholder. */
  params?: Record<string, string>
  query?: string
  body?: () => unknown
}
const DEFAULT_PARAMS: Record<string, string> = { code: "32.73.02", type: "nib", handle: SELLER_A, id: "nonexistent" }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SetupResult
    let categoryId: string
    let otherCategoryId: string

    beforeAll(async () => {
      setup = await runSetup(getContainer(), { seed: true })
      const categories = await getContainer()
        .resolve(Modules.PRODUCT)
        .listProductCategories({ handle: ["keripik-camilan", "minuman"] }, { select: ["id", "handle"] })
      categoryId = categories.find((c) => c.handle === "keripik-camilan")!.id
      otherCategoryId = categories.find((c) => c.handle === "minuman")!.id
    })

    const register = async (email: string) =>
      (await api.post("/auth/seller/emailpass/register", { email, password: PASSWORD })).data.token as string
    const login = async (email: string) =>
      (await api.post("/auth/seller/emailpass", { email, password: PASSWORD })).data.token as string

    const productBody = (overrides: Record<string, unknown> = {}) => ({
      title: "Keripik Singkong Pedas",
      description: "Keripik singkong renyah bumbu balado.",
      category_ids: [categoryId],
      tags: ["pedas", "oleh-oleh-uji"],
      images: [{ url: "http://localhost:9000/static/keripik.png" }],
      weight: 250,
      options: [{ title: "Ukuran", values: ["100 g", "250 g"] }],
      variants: [
        { sku: "UJI-KRP-100", options: { Ukuran: "100 g" }, price: 15000, stock: 7 },
        { sku: "UJI-KRP-250", options: { Ukuran: "250 g" }, price: 32000, stock: 3 },
      ],
      ...overrides,
    })

    describe("onboarding", () => {
      it("registers, creates a pending seller with its owner and kecamatan, then works after logging in again", async () => {
        const email = "euis@example.com"
        const fresh = await register(email)
        const created = await api.post("/vendor/sellers", onboardingBody(), bearer(fresh))

        expect(created.status).toBe(201)
        const seller = created.data.seller
        expect(seller).toMatchObject({
          handle: "warung-nasi-teh-euis",
          name: "Warung Nasi Teh Euis",
          status: "pending",
          whatsapp: "6281234567890",
          categories: ["kuliner"],
          women_owned: true,
          time_zone: "Asia/Jakarta",
          opening_hours: HOURS,
          holiday_closures: ["2026-12-25"],
          district: { code: "32.73.02", name: "Coblong", city: "Kota Bandung" },
          members: [expect.objectContaining({ email, role: "owner" })],
          badges: { nib: false, pirt: false, halal: false },
        })
        expect(seller.documents).toEqual([expect.objectContaining({ type: "nib", number: "9120000000001", verified: false })])
        expect(seller.status_history).toEqual([expect.objectContaining({ from_status: null, to_status: "pending" })])

        // The registration token carries no member yet: only onboarding accepts it.
        expect((await settle(api.get("/vendor/sellers/me", bearer(fresh)))).status).toBe(401)

        const token = await login(email)
        const me = await api.get("/vendor/sellers/me", bearer(token))
        expect(me.data.seller.id).toBe(seller.id)
        expect(me.data.seller.status).toBe("pending")
        expect(me.data.seller.open_now).toBe(isOpenNow(me.data.seller, new Date()))

        // The login's identity points at the owner member (the actor of later tokens).
        const auth = getContainer().resolve(Modules.AUTH)
        const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
        const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id!)
        expect(identity.app_metadata).toEqual({ seller_id: seller.members[0].id })

        // Its own shipping profile, with pickup and delivery options for its listings.
        const profileId = (await sellerShippingProfiles(getContainer(), [seller.id])).get(seller.id)!
        const options = await getContainer().resolve(Modules.FULFILLMENT).listShippingOptions({ shipping_profile_id: profileId })
        expect(options.map((o) => o.name).sort()).toEqual(["Ambil sendiri", "Antar lokal"])
      })

      it("rejects a second onboarding by the same login and creates nothing", async () => {
        const email = "dua-kali@example.com"
        const fresh = await register(email)
        await api.post("/vendor/sellers", onboardingBody({ name: "Toko Pertama" }), bearer(fresh))
        const before = await sellerRows(getContainer())

        const again = await settle(api.post("/vendor/sellers", onboardingBody({ name: "Toko Kedua" }), bearer(fresh)))
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already has a seller/)
        const withMember = await settle(
          api.post("/vendor/sellers", onboardingBody({ name: "Toko Ketiga" }), bearer(await login(email)))
        )
        expect(withMember.status).toBe(400)
        const seeded = await settle(
          api.post("/vendor/sellers", onboardingBody({ name: "Toko Keempat" }), bearer(await sellerToken(api, SELLER_A)))
        )
        expect(seeded.status).toBe(400)

        expect(await sellerRows(getContainer())).toEqual(before)
      })

      it("answers bad onboarding input with 400 naming the field, and writes no seller, member or status row", async () => {
        const fresh = await register("salah-isi@example.com")
        const before = await sellerRows(getContainer())
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ whatsapp: "021-555-1234" }, /whatsapp/],
          [{ whatsapp: "0812" }, /whatsapp/],
          [{ district_code: "99.99.99" }, /district_code/],
          [{ district_code: "Coblong" }, /district_code/],
          [{ categories: [] }, /categories/],
          [{ categories: ["elektronik"] }, /categories/],
          [{ creative_subsectors: ["astrologi"] }, /creative_subsectors/],
          [{ opening_hours: { mon: [{ open: "25:00", close: "17:00" }] } }, /opening_hours\.mon\.0\.open/],
          [{ opening_hours: { mon: [{ open: "10:00", close: "10:00" }] } }, /opening_hours\.mon\.0\.close/],
          [{ opening_hours: { mon: [{ open: "08:00", close: "12:00" }, { open: "11:00", close: "13:00" }] } }, /overlaps/],
          [{ opening_hours: { senin: [{ open: "08:00", close: "17:00" }] } }, /senin/],
          [{ holiday_closures: ["2026-02-30"] }, /holiday_closures/],
          [{ preparation_minutes: 12.5 }, /preparation_minutes/],
          [{ status: "approved" }, /Unrecognized fields: 'status'/],
          [{ documents: [{ type: "nib", number: "9120000000001", verified: true }] }, /verified/],
          [{ documents: [{ type: "nib", number: "1" }, { type: "nib", number: "2" }] }, /documents/],
          [{ handle: "toko-resmi" }, /handle/],
          [{ email: "orang-lain@example.com" }, /email/],
          [{ featured_rank: 1 }, /featured_rank/],
          [{ name: undefined }, /name/],
        ]
        for (const [overrides, field] of cases) {
          const response = await settle(api.post("/vendor/sellers", onboardingBody(overrides), bearer(fresh)))
          expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 })
          expect(response.data.message).toMatch(field)
        }
        expect(await sellerRows(getContainer())).toEqual(before)
        const service: SellerModuleService = getContainer().resolve(SELLER_MODULE)
        expect(await service.listSellerMembers({ email: "salah-isi@example.com" })).toEqual([])
      })

      it("compensates a failure after the seller was written: no seller, member, document, status or link remains", async () => {
        const before = await sellerRows(getContainer())
        const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
        const shippingBefore = [(await fulfillment.listShippingProfiles()).length, (await fulfillment.listShippingOptions()).length]
        const { errors } = await createSellerWorkflow(getContainer()).run({
          input: {
            seller: {
              name: "Toko Gagal",
              district_code: "32.73.02",
              categories: ["kriya"],
              whatsapp: "6281200000000",
              documents: [{ type: "nib", number: "9120000000009" }],
            },
            owner: { email: "gagal@example.com" },
            // Fails in the last writing step (setting the identity's app_metadata).
            auth_identity_id: "authid_tidak_ada",
            actor: { type: "seller", id: "authid_tidak_ada" },
          },
          throwOnError: false,
        })
        // It failed at the identity, i.e. after the seller, its rows and the district link were written.
        expect(errors.map((e) => e.action)).toEqual(["set-auth-app-metadata"])
        expect(await sellerRows(getContainer())).toEqual(before)
        expect(await sellerByHandle(getContainer(), "toko-gagal")).toBeUndefined()
        // Its shipping profile and options were compensated too.
        expect([(await fulfillment.listShippingProfiles()).length, (await fulfillment.listShippingOptions()).length]).toEqual(shippingBefore)
      })
    })

    describe("profile", () => {
      it("shows the caller's seller with document badges, members, status history, kecamatan and open_now", async () => {
        const { data } = await api.get("/vendor/sellers/me", bearer(await sellerToken(api, SELLER_A)))
        const seller = data.seller
        expect(seller.handle).toBe(SELLER_A)
        expect(seller.status).toBe("approved")
        expect(seller.district).toEqual({ code: "32.73.02", name: "Coblong", city: "Kota Bandung" })
        expect(seller.documents.map((d: { type: string }) => d.type)).toEqual(["nib", "pirt", "halal"])
        // Verified documents count as badges only while they haven't expired (PIRT expired 2026-06-22).
        const pirtExpired = new Date("2026-06-22") < new Date()
        expect(seller.badges).toEqual({ nib: true, pirt: !pirtExpired, halal: true })
        expect(seller.members).toEqual([{ id: expect.any(String), email: `${SELLER_A}@seller.sentra.local`, name: null, role: "owner" }])
        expect(seller.status_history.map((c: { to_status: string }) => c.to_status)).toEqual(["approved"])
        expect(seller.open_now).toBe(isOpenNow(seller, new Date()))
        expect(seller.documents[0]).not.toHaveProperty("verified_by")
      })

      it("updates editable fields and the kecamatan; a changed document number or expiry must be verified again", async () => {
        const token = await sellerToken(api, SELLER_A)
        const before = await sellerByHandle(getContainer(), SELLER_A)
        const halal = before.documents!.find((d) => d.type === "halal")!
        const response = await api.post(
          "/vendor/sellers/me",
          {
            name: "Dapur Bu Imas Dago",
            whatsapp: "+62 813-1111-2222",
            district_code: "32.73.01",
            opening_hours: { sun: [{ open: "17:00", close: "01:00" }] },
            description: "",
            documents: [
              { type: "nib", number: "9120999999999" },
              { type: "halal", number: halal.number },
            ],
          },
          bearer(token)
        )
        expect(response.status).toBe(200)
        const seller = response.data.seller
        expect(seller).toMatchObject({
          handle: SELLER_A,
          name: "Dapur Bu Imas Dago",
          whatsapp: "6281311112222",
          description: null,
          status: "approved",
          opening_hours: { sun: [{ open: "17:00", close: "01:00" }] },
          district: { code: "32.73.01", name: "Sukasari", city: "Kota Bandung" },
        })
        const docs = Object.fromEntries(seller.documents.map((d: { type: string }) => [d.type, d]))
        expect(docs.nib).toMatchObject({ number: "9120999999999", verified: false, verified_at: null })
        expect(docs.halal).toMatchObject({ number: halal.number, verified: true })
        expect(seller.badges.nib).toBe(false)

        const expiry = await api.post(
          "/vendor/sellers/me",
          { documents: [{ type: "halal", expires_at: "2030-01-31" }, { type: "pirt", number: "PIRT-BARU-01" }] },
          bearer(token)
        )
        const after = Object.fromEntries(expiry.data.seller.documents.map((d: { type: string }) => [d.type, d]))
        expect(after.halal).toMatchObject({ verified: false, expires_at: expect.stringMatching(/^2030-01-31/) })
        expect(after.pirt).toMatchObject({ number: "PIRT-BARU-01", verified: false })

        // One link to the new kecamatan, none to the old one.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: links } = await query.graph({
          entity: districtSellerEntity(),
          fields: ["district.code"],
          filters: { seller_id: before.id },
        })
        expect(links.map((l) => (l as { district: { code: string } }).district.code)).toEqual(["32.73.01"])
      })

      it("keeps a photo of each document; a new photo must be verified again; a non-http photo is 400", async () => {
        const email = "foto.dokumen@example.com"
        const fresh = await register(email)
        const photo = "http://localhost:9000/static/nib-foto.jpg"
        const created = await api.post(
          "/vendor/sellers",
          onboardingBody({ name: "Kriya Foto Dokumen", documents: [{ type: "nib", number: "9120000000777", photo_url: photo }] }),
          bearer(fresh)
        )
        expect(created.status).toBe(201)
        expect(created.data.seller.documents).toEqual([expect.objectContaining({ type: "nib", photo_url: photo })])

        const token = await login(email)
        const service: SellerModuleService = getContainer().resolve(SELLER_MODULE)
        const [doc] = await service.listSellerDocuments({ seller_id: created.data.seller.id })
        await service.updateSellerDocuments({ id: doc.id, verified: true, verified_at: new Date() })

        const bad = await settle(api.post("/vendor/sellers/me", { documents: [{ type: "nib", photo_url: "javascript:alert(1)" }] }, bearer(token)))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("documents")
        const same = await api.post("/vendor/sellers/me", { documents: [{ type: "nib", photo_url: photo }] }, bearer(token))
        expect(same.data.seller.documents[0]).toMatchObject({ photo_url: photo, verified: true })

        const changed = await api.post("/vendor/sellers/me", { documents: [{ type: "nib", photo_url: `${photo}?v=2` }] }, bearer(token))
        expect(changed.data.seller.documents[0]).toMatchObject({ number: "9120000000777", photo_url: `${photo}?v=2`, verified: false })
      })

      it("rejects staff-only fields and bad values with 400 and changes nothing", async () => {
        const token = await sellerToken(api, SELLER_A)
        const before = await sellerByHandle(getContainer(), SELLER_A)
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ status: "approved" }, /status/],
          [{ status_reason: "ok" }, /status_reason/],
          [{ handle: "batik-cigadung-lestari" }, /handle/],
          [{ seller_id: "sel_lain" }, /seller_id/],
          [{ featured_rank: 1 }, /featured_rank/],
          [{ time_zone: "Asia/Jayapura" }, /time_zone/],
          [{ name: "Baru", documents: [{ type: "nib", number: "9120000000002", verified: true }] }, /verified/],
          [{ whatsapp: "12345" }, /whatsapp/],
          [{ categories: [] }, /categories/],
          [{ name: "Baru", district_code: "99.99.99" }, /district_code/],
          [{ name: "Baru", opening_hours: { mon: [{ open: "09:00", close: "9:30" }] } }, /opening_hours\.mon\.0\.close/],
          // A new document type needs a number: checked in the workflow, before any write.
          [{ name: "Baru", documents: [{ type: "pirt", expires_at: "2030-01-01" }] }, /number/],
          [{}, /Nothing to update/],
        ]
        const seeded = await sellerByHandle(getContainer(), SELLER_B)
        await getContainer().resolve<SellerModuleService>(SELLER_MODULE).deleteSellerDocuments(
          before.documents!.filter((d) => d.type === "pirt").map((d) => d.id)
        )
        const reference = await sellerByHandle(getContainer(), SELLER_A)
        for (const [body, field] of cases) {
          const response = await settle(api.post("/vendor/sellers/me", body, bearer(token)))
          expect({ body, status: response.status }).toEqual({ body, status: 400 })
          expect(response.data.message).toMatch(field)
        }
        expect(await sellerByHandle(getContainer(), SELLER_A)).toEqual(reference)
        expect(await sellerByHandle(getContainer(), SELLER_B)).toEqual(seeded)
      })

      it("only the owner may change the profile; staff members get 403", async () => {
        const container = getContainer()
        const seller = await sellerByHandle(container, SELLER_A)
        const service: SellerModuleService = container.resolve(SELLER_MODULE)
        const member = await service.createSellerMembers({ email: "staf@example.com", role: "staff", seller_id: seller.id })
        const auth = container.resolve(Modules.AUTH)
        const { authIdentity } = await auth.register("emailpass", { body: { email: "staf@example.com", password: PASSWORD } })
        await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { seller_id: member.id } })
        const token = await login("staf@example.com")

        expect((await api.get("/vendor/sellers/me", bearer(token))).data.seller.id).toBe(seller.id)
        const response = await settle(api.post("/vendor/sellers/me", { name: "Diubah Staf" }, bearer(token)))
        expect(response.status).toBe(403)
        expect((await sellerByHandle(container, SELLER_A)).name).toBe(seller.name)
      })

      it("compensates a failed profile update: fields, documents and kecamatan are restored", async () => {
        const container = getContainer()
        const before = await sellerByHandle(container, SELLER_A)
        const rowsBefore = await sellerRows(container)
        const workflow = updateSellerWorkflow(container)
        workflow.appendAction("fail-after-relink", "relink-seller-district", {
          invoke: async () => {
            throw new Error("gagal setelah semua langkah")
          },
        })
        const { errors } = await workflow.run({
          input: {
            seller_id: before.id,
            update: {
              name: "Nama Sementara",
              whatsapp: "6281399999999",
              district_code: "32.73.01",
              documents: [
                { type: "nib", number: "9120999999999" },
                { type: "pirt", number: "PIRT-SEMENTARA" },
              ],
            },
          },
          throwOnError: false,
        })
        expect(errors.map((e) => [e.action, e.error.message])).toEqual([["fail-after-relink", "gagal setelah semua langkah"]])
        const after = await sellerByHandle(container, SELLER_A)
        const sortDocs = <T extends { type: string }>(docs: T[]) => [...docs].sort((a, b) => a.type.localeCompare(b.type))
        expect({ ...after, documents: sortDocs(after.documents!), updated_at: null }).toEqual({
          ...before,
          documents: sortDocs(before.documents!).map((d) => ({ ...d, updated_at: expect.any(Date) })),
          updated_at: null,
        })
        expect(await sellerRows(container)).toEqual(rowsBefore)
        const { data } = await api.get("/vendor/sellers/me", bearer(await sellerToken(api, SELLER_A)))
        expect(data.seller.district.code).toBe("32.73.02")
      })
    })

    describe("listings", () => {
      it("creates, reads, lists, publishes, reprices, restocks, unpublishes and deletes the seller's product", async () => {
        const container = getContainer()
        const token = await sellerToken(api, SELLER_A)
        const sellerA = await sellerByHandle(container, SELLER_A)

        const created = await api.post("/vendor/products", productBody(), bearer(token))
        expect(created.status).toBe(201)
        const product = created.data.product
        expect(product).toMatchObject({
          title: "Keripik Singkong Pedas",
          handle: "keripik-singkong-pedas",
          status: "draft",
          thumbnail: "http://localhost:9000/static/keripik.png",
          weight: 250,
          store_visible: false,
          categories: [expect.objectContaining({ id: categoryId })],
          options: [expect.objectContaining({ title: "Ukuran", values: expect.arrayContaining(["100 g", "250 g"]) })],
        })
        expect(product.tags.map((t: { value: string }) => t.value).sort()).toEqual(["oleh-oleh-uji", "pedas"])
        expect(product.variants.map((v: { sku: string; options: object; price: number; stock: number }) => [v.sku, v.options, v.price, v.stock])).toEqual([
          ["UJI-KRP-100", { Ukuran: "100 g" }, 15000, 7],
          ["UJI-KRP-250", { Ukuran: "250 g" }, 32000, 3],
        ])

        // Stored: linked to the seller, the seller's own shipping profile, no sales channel, stock at the store's location.
        let stored = await storedProduct(container, product.id, setup.stockLocationId)
        expect(stored.seller.id).toBe(sellerA.id)
        const ownProfile = (await sellerShippingProfiles(container, [sellerA.id])).get(sellerA.id)
        expect(ownProfile).toBeDefined()
        expect(ownProfile).not.toBe(setup.shippingProfileId)
        expect(stored.shipping_profile.id).toBe(ownProfile)
        expect(stored.sales_channels ?? []).toEqual([])
        expect(stored.variants.map((v: { price: number; stock: number }) => [v.price, v.stock])).toEqual([[15000, 7], [32000, 3]])
        expect(await storeProductCount(api, setup.publishableKey, product.handle)).toBe(0)

        expect((await api.get(`/vendor/products/${product.id}`, bearer(token))).data.product).toEqual(product)

        const [small, large] = product.variants
        const published = await api.post(
          `/vendor/products/${product.id}`,
          {
            status: "published",
            title: "Keripik Singkong Balado",
            category_ids: [otherCategoryId],
            variants: [
              { id: small.id, price: 17000, stock: 0 },
              { id: large.id, stock: 12 },
            ],
          },
          bearer(token)
        )
        expect(published.data.product).toMatchObject({ status: "published", title: "Keripik Singkong Balado", store_visible: true })
        expect(published.data.product.categories.map((c: { id: string }) => c.id)).toEqual([otherCategoryId])
        stored = await storedProduct(container, product.id, setup.stockLocationId)
        expect(stored.variants.map((v: { price: number; stock: number }) => [v.price, v.stock])).toEqual([[17000, 0], [32000, 12]])
        expect(stored.sales_channels.map((c: { id: string }) => c.id)).toEqual([setup.salesChannelId])

        const inStore = await api.get(
          `/store/products?handle=${product.handle}&region_id=${setup.regionId}&fields=*variants.calculated_price`,
          storeHeaders(setup.publishableKey)
        )
        expect(inStore.data.products[0].variants.map((v: { calculated_price: { calculated_amount: number } }) => v.calculated_price.calculated_amount).sort()).toEqual([17000, 32000])

        const list = await api.get("/vendor/products?limit=2&offset=0", bearer(token))
        expect(list.data).toMatchObject({ count: productsOf(SELLER_A).length + 1, limit: 2, offset: 0 })
        expect(list.data.products).toHaveLength(2)
        expect(list.data.products[0].id).toBe(product.id) // newest first
        const searched = await api.get("/vendor/products?q=Balado", bearer(token))
        expect(searched.data.products.map((p: { id: string }) => p.id)).toEqual([product.id])
        const drafts = await api.get("/vendor/products?status=draft", bearer(token))
        expect(drafts.data.count).toBe(0)

        const unpublished = await api.post(`/vendor/products/${product.id}`, { status: "draft" }, bearer(token))
        expect(unpublished.data.product).toMatchObject({ status: "draft", store_visible: false })
        expect(await storeProductCount(api, setup.publishableKey, product.handle)).toBe(0)

        const deleted = await api.delete(`/vendor/products/${product.id}`, bearer(token))
        expect(deleted.data).toEqual({ id: product.id, object: "product", deleted: true })
        expect((await settle(api.get(`/vendor/products/${product.id}`, bearer(token)))).status).toBe(404)
        expect((await api.get("/vendor/products", bearer(token))).data.count).toBe(productsOf(SELLER_A).length)
        expect((await storedProduct(container, product.id, setup.stockLocationId)).deleted_at).not.toBeNull()
      })

      it("gives a product without options one default variant and same-named products distinct handles", async () => {
        const tokenA = await sellerToken(api, SELLER_A)
        const tokenB = await sellerToken(api, SELLER_B)
        const simple = { title: "Kopi Susu Gula Aren", category_ids: [otherCategoryId], variants: [{ price: 18000, stock: 5 }] }
        const first = (await api.post("/vendor/products", simple, bearer(tokenA))).data.product
        const second = (await api.post("/vendor/products", simple, bearer(tokenB))).data.product
        expect([first.handle, second.handle]).toEqual(["kopi-susu-gula-aren", "kopi-susu-gula-aren-2"])
        expect(first.variants).toEqual([expect.objectContaining({ title: "Standar", options: { Varian: "Standar" }, price: 18000, stock: 5 })])
      })

      it("answers bad listing input with 400 naming the field and creates nothing", async () => {
        const container = getContainer()
        const token = await sellerToken(api, SELLER_A)
        const [seededSku] = productsOf(SELLER_B)[0].variants.map((v) => v.sku)
        const count = async () => (await container.resolve(Modules.PRODUCT).listProducts({}, { select: ["id"] })).length
        const tags = async () => (await container.resolve(Modules.PRODUCT).listProductTags({}, { select: ["id"] })).length
        const [productsBefore, tagsBefore] = [await count(), await tags()]
        const variant = (overrides: Record<string, unknown>) => [
          { options: { Ukuran: "100 g" }, price: 15000, stock: 1, ...overrides },
        ]
        const oneOption = { options: [{ title: "Ukuran", values: ["100 g"] }] }
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...oneOption, variants: variant({ price: 15000.5 }) }, /variants, 0, price/],
          [{ ...oneOption, variants: variant({ price: -1 }) }, /variants, 0, price/],
          [{ ...oneOption, variants: variant({ price: "15000" }) }, /variants, 0, price/],
          [{ ...oneOption, variants: variant({ stock: 1.5 }) }, /variants, 0, stock/],
          [{ ...oneOption, variants: variant({ options: { Ukuran: "1 kg" } }) }, /variants\.0\.options\.Ukuran/],
          [{ options: undefined, variants: [{ price: 1, stock: 1 }, { price: 2, stock: 1 }] }, /options/],
          [{ category_ids: [] }, /category_ids/],
          [{ category_ids: ["pcat_tidak_ada"] }, /category_ids/],
          [{ status: "proposed" }, /status/],
          [{ handle: "Bukan Handle" }, /handle/],
          [{ handle: productsOf(SELLER_B)[0].handle }, /handle/],
          [{ ...oneOption, variants: variant({ sku: seededSku }) }, /variants\.0\.sku/],
          [{ sales_channels: [{ id: setup.salesChannelId }] }, /sales_channels/],
          [{ shipping_profile_id: setup.shippingProfileId }, /shipping_profile_id/],
          [{ seller_id: "sel_lain" }, /seller_id/],
          [{ images: [{ url: "javascript:alert(1)" }] }, /images\.0\.url/],
          [{ variants: [] }, /variants/],
        ]
        for (const [overrides, field] of cases) {
          const response = await settle(api.post("/vendor/products", productBody(overrides), bearer(token)))
          expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 })
          expect(response.data.message).toMatch(field)
        }
        expect([await count(), await tags()]).toEqual([productsBefore, tagsBefore])
      })

      it("adds and removes variants of an existing product: option values follow, stock and prices set, the store sees them", async () => {
        const container = getContainer()
        const token = await sellerToken(api, SELLER_A)
        const product = (await api.post("/vendor/products", productBody({ status: "published" }), bearer(token))).data.product
        const [small, large] = product.variants
        const edited = await api.post(
          `/vendor/products/${product.id}`,
          {
            variants: [
              { id: large.id, price: 30000, stock: 4 },
              { options: { Ukuran: "500 g" }, price: 55000, stock: 2 },
              { options: { Ukuran: "1 kg" }, price: 100000 },
            ],
            delete_variant_ids: [small.id],
          },
          bearer(token)
        )
        expect(edited.status).toBe(200)
        const view = edited.data.product
        expect(view.variants.map((v: { title: string; options: object; price: number; stock: number }) => [v.title, v.options, v.price, v.stock])).toEqual([
          ["250 g", { Ukuran: "250 g" }, 30000, 4],
          ["500 g", { Ukuran: "500 g" }, 55000, 2],
          ["1 kg", { Ukuran: "1 kg" }, 100000, 0],
        ])
        expect(view.options).toEqual([expect.objectContaining({ title: "Ukuran" })])
        expect([...view.options[0].values].sort()).toEqual(["1 kg", "250 g", "500 g"])
        // Read with deleted rows: the removed variant lost its price and stock.
        const stored = await storedProduct(container, product.id, setup.stockLocationId)
        const live = stored.variants.filter((v: { id: string }) => v.id !== small.id)
        expect(live.map((v: { price: number; stock: number }) => [v.price, v.stock]).sort((a: number[], b: number[]) => a[0] - b[0])).toEqual([
          [30000, 4], [55000, 2], [100000, 0],
        ])
        expect(stored.variants.find((v: { id: string }) => v.id === small.id)).toMatchObject({ price: undefined, stock: undefined })
        const inStore = await api.get(
          `/store/products?handle=${product.handle}&region_id=${setup.regionId}&fields=*variants.calculated_price`,
          storeHeaders(setup.publishableKey)
        )
        expect(inStore.data.products[0].variants.map((v: { calculated_price: { calculated_amount: number } }) => v.calculated_price.calculated_amount).sort((a: number, b: number) => a - b)).toEqual([30000, 55000, 100000])
      })

      it("refuses bad variant changes with 400 naming the field and changes nothing", async () => {
        const container = getContainer()
        const token = await sellerToken(api, SELLER_A)
        const product = (await api.post("/vendor/products", productBody(), bearer(token))).data.product
        const other = (await api.get("/vendor/products", bearer(await sellerToken(api, SELLER_B)))).data.products[0]
        const [small, large] = product.variants
        const before = await storedProduct(container, product.id, setup.stockLocationId)
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ variants: [{ options: { Ukuran: "250 g" }, price: 1 }] }, /variants\.0\.options' repeats/],
          [{ variants: [{ options: { Rasa: "Pedas" }, price: 1 }] }, /variants\.0\.options\.Rasa/],
          [{ variants: [{ options: { Ukuran: "1 kg" } }] }, /variants\.0\.price/],
          [{ variants: [{ price: 1 }] }, /variants\.0\.options/],
          [{ variants: [{ id: small.id, options: { Ukuran: "1 kg" } }] }, /variants\.0\.options/],
          [{ variants: [{ id: small.id, price: 1 }], delete_variant_ids: [small.id] }, /variants\.0\.id/],
          [{ delete_variant_ids: [small.id, large.id] }, /delete_variant_ids/],
          [{ delete_variant_ids: [other.variants[0].id] }, /delete_variant_ids\.0/],
          [{ variants: [{ options: { Ukuran: "1 kg" }, price: -5 }], delete_variant_ids: [small.id] }, /variants, 0, price/],
        ]
        for (const [body, field] of cases) {
          const response = await settle(api.post(`/vendor/products/${product.id}`, body, bearer(token)))
          expect({ body, status: response.status }).toEqual({ body, status: 400 })
          expect(response.data.message).toMatch(field)
        }
        expect(await storedProduct(container, product.id, setup.stockLocationId)).toEqual(before)
        const view = (await api.get(`/vendor/products/${product.id}`, bearer(token))).data.product
        expect([...view.options[0].values].sort()).toEqual(["100 g", "250 g"])
      })

      it("keeps a pending seller's published product out of the store", async () => {
        const email = "baru-buka@example.com"
        await api.post("/vendor/sellers", onboardingBody({ name: "Keripik Baru Buka" }), bearer(await register(email)))
        const token = await login(email)
        const created = await api.post("/vendor/products", productBody({ status: "published" }), bearer(token))
        expect(created.status).toBe(201)
        expect(created.data.product).toMatchObject({ status: "published", store_visible: false })
        expect(await storeProductCount(api, setup.publishableKey, created.data.product.handle)).toBe(0)

        const edited = await api.post(`/vendor/products/${created.data.product.id}`, { status: "published", title: "Keripik Baru" }, bearer(token))
        expect(edited.data.product.store_visible).toBe(false)
        expect(await storeProductCount(api, setup.publishableKey, created.data.product.handle)).toBe(0)
      })
    })

    /** The upload rows of a seller (its quota's count) and the files stored on disk. */
    const uploadsOf = async (handle: string) => {
      const service: SellerModuleService = getContainer().resolve(SELLER_MODULE)
      const seller = await sellerByHandle(getContainer(), handle)
      return service.listSellerUploads({ seller_id: seller.id }, { select: ["id", "file_id", "url", "bytes"] })
    }
    const storedFiles = () => readdirSync(process.env.SENTRA_UPLOAD_DIR!).length

    describe("uploads", () => {
      it("stores JPEG, PNG and WebP images as public files with safe names", async () => {
        const token = await sellerToken(api, SELLER_A)
        const response = await api.post(
          "/vendor/uploads",
          imageForm([
            { name: "../../Foto Produk.PNG", type: "image/png", bytes: PNG },
            { name: "keripik.jpg", type: "image/jpeg", bytes: JPEG },
            { name: "kopi.webp", type: "image/webp", bytes: WEBP },
          ]),
          bearer(token)
        )
        expect(response.status).toBe(200)
        const urls = response.data.files.map((f: { url: string }) => f.url)
        expect(urls).toHaveLength(3)
        expect(urls[0]).toMatch(/^http:\/\/localhost:\d+\/static\/\d+-foto-produk\.png$/)
        expect(urls[1]).toMatch(/-keripik\.jpg$/)
        expect(urls[2]).toMatch(/-kopi\.webp$/)
      })

      it("rejects other types, disguised files, oversized images and too many files with 400", async () => {
        const token = await sellerToken(api, SELLER_A)
        const upload = (form: FormData | object) => settle(api.post("/vendor/uploads", form, bearer(token)))
        const cases: [FormData | object, RegExp][] = [
          [imageForm([{ name: "a.txt", type: "text/plain", bytes: Buffer.from("halo") }]), /text\/plain is not allowed/],
          [imageForm([{ name: "a.svg", type: "image/svg+xml", bytes: Buffer.from("<svg onload=alert(1)/>") }]), /not allowed/],
          [imageForm([{ name: "a.png", type: "image/png", bytes: Buffer.from("<html><script>alert(1)</script>") }]), /not a PNG/],
          [imageForm([{ name: "a.png", type: "image/png", bytes: JPEG }]), /not a PNG/],
          [imageForm([{ name: "besar.png", type: "image/png", bytes: Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]) }]), /at most 2 MB/],
          [imageForm(Array.from({ length: 9 }, (_, i) => ({ name: `${i}.png`, type: "image/png", bytes: PNG }))), /at most 8/],
          [imageForm([{ name: "a.png", type: "image/png", bytes: PNG }], "file"), /'files'/],
          [{ url: "http://contoh.id/a.png" }, /Field 'files' is required/],
        ]
        for (const [form, message] of cases) {
          const response = await upload(form)
          expect({ message: response.data.message, status: response.status }).toEqual({ message: expect.stringMatching(message), status: 400 })
        }
      })
    })

    describe("upload corpus", () => {
      const page = "<html><body><script>alert(document.cookie)</script></body></html>"
      /** GIF89a header whose bytes are also valid JavaScript (the classic GIF/JS polyglot). */
      const GIF_JS = Buffer.concat([Buffer.from("GIF89a/*"), Buffer.from([0x01, 0, 0x01, 0, 0, 0, 0]), Buffer.from("*/=1;alert(1);//")])
      const refused: [string, { name: string; type: string; bytes: Buffer }, RegExp][] = [
        ["a GIF/JS polyglot", { name: "lucu.gif", type: "image/gif", bytes: GIF_JS }, /image\/gif is not allowed/],
        ["a GIF/JS polyglot declared as JPEG", { name: "lucu.jpg", type: "image/jpeg", bytes: GIF_JS }, /not a JPG image/],
        ["an SVG without script", { name: "logo.svg", type: "image/svg+xml", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>') }, /not allowed/],
        ["an SVG with script", { name: "logo.svg", type: "image/svg+xml", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>') }, /not allowed/],
        ["an SVG declared as PNG", { name: "logo.png", type: "image/png", bytes: Buffer.from('<svg onload="alert(1)"/>') }, /not a PNG image/],
        ["an HTML page renamed .jpg", { name: "foto.jpg", type: "image/jpeg", bytes: Buffer.from(page) }, /not a JPG image/],
        ["a PNG header followed by HTML", { name: "foto.png", type: "image/png", bytes: Buffer.concat([PNG, Buffer.from(page)]) }, /HTML or SVG markup/],
        ["a JPEG with an SVG in a comment", { name: "foto.jpg", type: "image/jpeg", bytes: Buffer.concat([JPEG, Buffer.from("<svg/onload=alert(1)>")]) }, /HTML or SVG markup/],
        ["a WebP with an image tag appended", { name: "foto.webp", type: "image/webp", bytes: Buffer.concat([WEBP, Buffer.from('<IMG SRC=x onerror="alert(1)">')]) }, /HTML or SVG markup/],
        ["a file over the size limit", { name: "besar.jpg", type: "image/jpeg", bytes: Buffer.concat([JPEG, Buffer.alloc(2 * 1024 * 1024)]) }, /at most 2 MB/],
        ["a zero-byte file", { name: "kosong.png", type: "image/png", bytes: Buffer.alloc(0) }, /not a PNG image/],
        ["a traversal name on an HTML file", { name: "../../etc/passwd.png", type: "image/png", bytes: Buffer.from(page) }, /not a PNG image/],
      ]

      it("refuses every hostile file with 400 and a clear message, storing and counting nothing", async () => {
        const token = await sellerToken(api, SELLER_A)
        const [rows, files] = [(await uploadsOf(SELLER_A)).length, storedFiles()]
        const answers = []
        for (const [label, file] of refused) {
          const response = await settle(api.post("/vendor/uploads", imageForm([file]), bearer(token)))
          answers.push({ label, status: response.status, message: response.data.message })
        }
        expect(answers).toEqual(refused.map(([label, , message]) => ({ label, status: 400, message: expect.stringMatching(message) })))
        // One bad file in a batch refuses the whole batch.
        const mixed = await settle(api.post("/vendor/uploads", imageForm([{ name: "ok.png", type: "image/png", bytes: PNG }, refused[6][1]]), bearer(token)))
        expect(mixed.status).toBe(400)
        expect((await uploadsOf(SELLER_A)).length).toBe(rows)
        expect(storedFiles()).toBe(files)
      })

      it("stores a real image with a hostile name under a generated safe name", async () => {
        const token = await sellerToken(api, SELLER_A)
        const named = [
          { name: "foto.svg", type: "image/jpeg", bytes: JPEG },
          { name: "../../etc/passwd.png", type: "image/png", bytes: PNG },
          { name: '"><img src=x onerror=alert(1)>.png', type: "image/png", bytes: PNG },
        ]
        const response = await api.post("/vendor/uploads", imageForm(named), bearer(token))
        expect(response.status).toBe(200)
        const urls: string[] = response.data.files.map((f: { url: string }) => f.url)
        expect(urls.map((u) => new URL(u).pathname)).toEqual([
          expect.stringMatching(/^\/static\/\d+-foto\.jpg$/),
          expect.stringMatching(/^\/static\/\d+-passwd\.png$/),
          expect.stringMatching(/^\/static\/\d+-[a-z0-9-]*img-src-x-onerror-alert-1\.png$/),
        ])
        expect(readdirSync(process.env.SENTRA_UPLOAD_DIR!).every((name) => /^[\w.-]+$/.test(name))).toBe(true)
      })
    })

    describe("upload quota", () => {
      const png = (name: string) => imageForm([{ name, type: "image/png", bytes: PNG }])
      /** The quota is read at each upload: a test sets it and puts the default back. */
      const withQuota = async (quota: { files?: number; bytes?: number }, run: () => Promise<void>) => {
        const before = { files: process.env.SENTRA_UPLOAD_QUOTA_FILES, mb: process.env.SENTRA_UPLOAD_QUOTA_MB }
        if (quota.files) process.env.SENTRA_UPLOAD_QUOTA_FILES = String(quota.files)
        if (quota.bytes) process.env.SENTRA_UPLOAD_QUOTA_MB = String(quota.bytes / 1024 / 1024)
        try {
          await run()
        } finally {
          for (const [name, value] of [["SENTRA_UPLOAD_QUOTA_FILES", before.files], ["SENTRA_UPLOAD_QUOTA_MB", before.mb]] as const) {
            if (value === undefined) delete process.env[name]
            else process.env[name] = value
          }
        }
      }

      it("records each upload of a seller and refuses the files over its quota with 413, storing nothing", async () => {
        await withQuota({ files: 3 }, async () => {
          const token = await sellerToken(api, SELLER_A)
          const ok = await api.post("/vendor/uploads", imageForm([
            { name: "a.png", type: "image/png", bytes: PNG },
            { name: "b.jpg", type: "image/jpeg", bytes: JPEG },
          ]), bearer(token))
          expect(ok.status).toBe(200)
          const rows = await uploadsOf(SELLER_A)
          expect(rows.map((r) => ({ file_id: r.file_id, url: r.url, bytes: r.bytes })).sort((x, y) => x.bytes - y.bytes)).toEqual(
            ok.data.files.map((f: { id: string; url: string }, i: number) => ({ file_id: f.id, url: f.url, bytes: [PNG, JPEG][i].length })).sort((x: { bytes: number }, y: { bytes: number }) => x.bytes - y.bytes)
          )

          const files = storedFiles()
          const over = await settle(api.post("/vendor/uploads", imageForm([
            { name: "c.png", type: "image/png", bytes: PNG },
            { name: "d.png", type: "image/png", bytes: PNG },
          ]), bearer(token)))
          expect(over.status).toBe(413)
          expect(over.data).toMatchObject({ code: "upload_quota_exceeded", message: expect.stringContaining("Batas unggahan") })
          expect(over.data.message).toContain("2 dari 3 file")
          expect(storedFiles()).toBe(files)
          expect(await uploadsOf(SELLER_A)).toHaveLength(2)

          expect((await api.post("/vendor/uploads", png("e.png"), bearer(token))).status).toBe(200)
          expect((await settle(api.post("/vendor/uploads", png("f.png"), bearer(token)))).status).toBe(413)
          expect(await uploadsOf(SELLER_A)).toHaveLength(3)
        })
      })

      it("counts bytes too: an upload that would pass the total size is refused", async () => {
        await withQuota({ bytes: PNG.length * 2 + 10 }, async () => {
          const token = await sellerToken(api, SELLER_A)
          expect((await api.post("/vendor/uploads", png("a.png"), bearer(token))).status).toBe(200)
          expect((await api.post("/vendor/uploads", png("b.png"), bearer(token))).status).toBe(200)
          const over = await settle(api.post("/vendor/uploads", png("c.png"), bearer(token)))
          expect({ status: over.status, code: over.data.code }).toEqual({ status: 413, code: "upload_quota_exceeded" })
          expect((await uploadsOf(SELLER_A)).reduce((sum, r) => sum + r.bytes, 0)).toBe(PNG.length * 2)
        })
      })

      it("lets exactly one of several concurrent uploads take the last free place", async () => {
        await withQuota({ files: 3 }, async () => {
          const token = await sellerToken(api, SELLER_A)
          expect((await api.post("/vendor/uploads", imageForm([
            { name: "a.png", type: "image/png", bytes: PNG },
            { name: "b.png", type: "image/png", bytes: PNG },
          ]), bearer(token))).status).toBe(200)
          const files = storedFiles()
          const responses = await Promise.all(Array.from({ length: 4 }, (_, i) => settle(api.post("/vendor/uploads", png(`c${i}.png`), bearer(token)))))
          expect(responses.map((r) => r.status).sort()).toEqual([200, 413, 413, 413])
          expect(await uploadsOf(SELLER_A)).toHaveLength(3)
          expect(storedFiles()).toBe(files + 1)
        })
      })

      it("counts per seller: seller A at its limit does not stop seller B", async () => {
        await withQuota({ files: 1 }, async () => {
          const [tokenA, tokenB] = [await sellerToken(api, SELLER_A), await sellerToken(api, SELLER_B)]
          expect((await api.post("/vendor/uploads", png("a.png"), bearer(tokenA))).status).toBe(200)
          expect((await settle(api.post("/vendor/uploads", png("a2.png"), bearer(tokenA)))).status).toBe(413)
          expect((await api.post("/vendor/uploads", png("b.png"), bearer(tokenB))).status).toBe(200)
          expect(await uploadsOf(SELLER_A)).toHaveLength(1)
          expect(await uploadsOf(SELLER_B)).toHaveLength(1)
        })
      })

      it("refuses uploads without a token (401) and from a suspended seller (403), recording nothing", async () => {
        const container = getContainer()
        const token = await sellerToken(api, SELLER_A)
        expect((await settle(api.post("/vendor/uploads", png("a.png")))).status).toBe(401)
        const seller = await sellerByHandle(container, SELLER_A)
        await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: seller.id, status: "suspended" })
        expect((await settle(api.post("/vendor/uploads", png("a.png"), bearer(token)))).status).toBe(403)
        expect(await uploadsOf(SELLER_A)).toHaveLength(0)
      })
    })

    describe("authorization", () => {
      // Who may call which route at all: the "authorization matrix" below.
      it("a suspended seller may read but not write: profile, listings, uploads and order moves answer 403 and change nothing", async () => {
        const container = getContainer()
        const token = await sellerToken(api, SELLER_A)
        const product = (await api.get("/vendor/products", bearer(token))).data.products[0]
        const seller = await sellerByHandle(container, SELLER_A)
        await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers({ id: seller.id, status: "suspended" })
        const storedBefore = await storedProduct(container, product.id, setup.stockLocationId)

        const writes = await Promise.all([
          settle(api.post("/vendor/products", productBody(), bearer(token))),
          settle(api.post(`/vendor/products/${product.id}`, { title: "Diubah" }, bearer(token))),
          settle(api.delete(`/vendor/products/${product.id}`, bearer(token))),
          settle(api.post("/vendor/sellers/me", { description: "Diubah" }, bearer(token))),
          settle(api.post("/vendor/uploads", imageForm([{ name: "a.jpg", type: "image/jpeg", bytes: JPEG }]), bearer(token))),
          settle(api.post("/vendor/orders/order_any/status", { status: "preparing" }, bearer(token))),
        ])
        for (const response of writes) {
          expect(response.status).toBe(403)
          expect(response.data.message).toContain("dinonaktifkan")
        }
        expect(await storedProduct(container, product.id, setup.stockLocationId)).toEqual(storedBefore)
        expect((await sellerByHandle(container, SELLER_A)).description).toBe(seller.description)
        expect((await api.get("/vendor/products", bearer(token))).status).toBe(200)
        expect((await api.get("/vendor/sellers/me", bearer(token))).data.seller.status).toBe("suspended")
        expect((await api.get("/vendor/orders", bearer(token))).status).toBe(200)
      })

      it("hides another seller's products (404) and leaves them unchanged; each seller edits only itself", async () => {
        const container = getContainer()
        const tokenA = await sellerToken(api, SELLER_A)
        const tokenB = await sellerToken(api, SELLER_B)
        const productA = (await api.post("/vendor/products", productBody({ status: "published" }), bearer(tokenA))).data.product
        const productB = (await api.get("/vendor/products", bearer(tokenB))).data.products[0]
        const storedBefore = await storedProduct(container, productA.id, setup.stockLocationId)

        const attempts = [
          settle(api.get(`/vendor/products/${productA.id}`, bearer(tokenB))),
          settle(api.post(`/vendor/products/${productA.id}`, { title: "Punya B", status: "draft", variants: [{ id: productA.variants[0].id, price: 1, stock: 0 }] }, bearer(tokenB))),
          settle(api.delete(`/vendor/products/${productA.id}`, bearer(tokenB))),
        ]
        for (const response of await Promise.all(attempts)) {
          expect(response.status).toBe(404)
        }
        // A's variant can't be reached through B's own product either.
        const smuggled = await settle(
          api.post(`/vendor/products/${productB.id}`, { variants: [{ id: productA.variants[0].id, price: 1 }] }, bearer(tokenB))
        )
        expect(smuggled.status).toBe(400)
        expect(await storedProduct(container, productA.id, setup.stockLocationId)).toEqual(storedBefore)
        expect(await storeProductCount(api, setup.publishableKey, productA.handle)).toBe(1)

        const listB = (await api.get("/vendor/products?limit=100", bearer(tokenB))).data
        const handlesB = productsOf(SELLER_B).map((p) => p.handle).sort()
        expect(listB.products.map((p: { handle: string }) => p.handle).sort()).toEqual(handlesB)
        expect(listB.count).toBe(handlesB.length)
        expect((await api.get("/vendor/products?q=Keripik Singkong", bearer(tokenB))).data.count).toBe(0)

        // /me is always the caller: B's profile edit doesn't touch A.
        const sellerA = await sellerByHandle(container, SELLER_A)
        await api.post("/vendor/sellers/me", { name: "Batik Cigadung Baru" }, bearer(tokenB))
        expect((await sellerByHandle(container, SELLER_B)).name).toBe("Batik Cigadung Baru")
        expect(await sellerByHandle(container, SELLER_A)).toEqual(sellerA)
      })
    })

    /**
     * Every route file under src/api/{admin,vendor,store,internal} × every kind of caller; the
     * table below is the source of truth (docs/api points here). A new route file without a row
     * fails the first assertion. Findings while building it:
     * - GET /store/order-groups/:id takes proof (the customer's token, or `?email=` for a guest
     *   order); this guest order without `email` is 404 for everyone, with it 200.
     * - GET /store/orders/:id is the signed-in customer's own orders only: no customer token
     *   (seller and staff tokens included) → 401, another customer → 404.
     * - POST /store/carts/:id/complete answered an unknown cart with 500 (Medusa's workflow reads it
     *   as undefined); it is 404 now.
     * - POST /internal/exposure takes only the storefront server's secret header: 401 for all.
     */
    describe("authorization matrix", () => {
      /** The route table on real resources (an order of seller A, its product, a third seller) and a caller's request. */
      const matrix = async () => {
        const container = getContainer()
        const orders = orderHelpers(api, getContainer, setup)
        const variant = productsOf(SELLER_A).flatMap((p) => p.variants).find((v) => v.stock >= 5)!
        const parentOrder = await orders.placePickupOrder([{ handle: SELLER_A, sku: variant.sku, quantity: 1 }])
        const orderOfA = await orders.partOf(parentOrder, SELLER_A)
        const [productOfA] = await container.resolve(Modules.PRODUCT).listProducts({ handle: productsOf(SELLER_A)[0].handle })
        const otherSeller = seed.sellers.find((s) => s.handle !== SELLER_A && s.handle !== SELLER_B)!
        const sellerC = (await sellerByHandle(container, otherSeller.handle)).id
        const tokens: Record<Caller, string | null> = {
          "no token": null,
          shopper: await shopperToken(api, setup.publishableKey, "pembeli@example.com"),
          "seller A": await sellerToken(api, SELLER_A),
          "seller B": await sellerToken(api, SELLER_B),
          staff: await adminToken(api),
        }
        const reason = () => ({ reason: "Uji otorisasi" })
        const table: Record<string, MatrixRoute> = {
          "GET /admin/bank-accounts": { who: STAFF },
          "POST /admin/bank-accounts/:id/reject": { who: STAFF, body: reason },
          "POST /admin/bank-accounts/:id/verify": { who: STAFF },
          "GET /admin/districts": { who: STAFF },
          "GET /admin/districts/:code": { who: STAFF },
          "POST /admin/districts/:code": { who: STAFF, body: () => ({ flagship_product_id: productOfA.id }) },
          "GET /admin/districts/:code/flagship-candidates": { who: STAFF },
          "POST /admin/districts/load": { who: STAFF, body: () => ({ regency_codes: ["32.73"] }) },
          "GET /admin/exposure": { who: STAFF },
          "GET /admin/ledger": { who: STAFF },
          "GET /admin/marketplace-orders": { who: STAFF },
          "GET /admin/marketplace-orders/:id": { who: STAFF, params: { id: orderOfA } },
          "GET /admin/payment-issues": { who: STAFF },
          "POST /admin/payment-issues/:id/resolve": { who: STAFF, body: reason },
          "POST /admin/payment-issues/:id/retry": { who: STAFF },
          "GET /admin/payouts": { who: STAFF },
          "POST /admin/payouts": { who: STAFF, body: () => ({}) },
          "GET /admin/payouts/:id": { who: STAFF },
          "GET /admin/payouts/:id/export": { who: STAFF },
          "POST /admin/payouts/:id/mark-paid": { who: STAFF },
          "GET /admin/reports": { who: STAFF },
          "GET /admin/seller-documents/expiring": { who: STAFF },
          "GET /admin/sellers": { who: STAFF },
          "GET /admin/sellers/:id": { who: STAFF, params: { id: sellerC } },
          "POST /admin/sellers/:id/approve": { who: STAFF, params: { id: sellerC } },
          "POST /admin/sellers/:id/documents/:type/reject": { who: STAFF, params: { id: sellerC }, body: reason },
          "POST /admin/sellers/:id/documents/:type/unverify": { who: STAFF, params: { id: sellerC } },
          "POST /admin/sellers/:id/documents/:type/verify": { who: STAFF, params: { id: sellerC } },
          "POST /admin/sellers/:id/request-changes": { who: STAFF, params: { id: sellerC }, body: reason },
          "POST /admin/sellers/:id/suspend": { who: STAFF, params: { id: sellerC }, body: reason },
          "POST /internal/exposure": { who: only([], 401), body: () => ({ entries: [] }) },
          // An unknown cart: 404 (it was a 500 before the matrix).
          "POST /store/carts/:id/complete": { who: PUBLIC },
          "POST /store/carts/:id/part-details": { who: PUBLIC, body: () => ({ parts: [] }) },
          "GET /store/districts": { who: PUBLIC },
          "GET /store/districts/:code": { who: PUBLIC },
          "GET /store/order-groups/:id": { who: only([], 404), params: { id: parentOrder } },
          "GET /store/orders/:id": { who: only([], 401, { shopper: 404 }), params: { id: parentOrder } },
          "GET /store/rotation": { who: PUBLIC },
          "GET /store/search/suggest": { who: PUBLIC, query: "q=keripik" },
          "GET /store/sellers": { who: PUBLIC },
          "GET /store/sellers/:handle": { who: PUBLIC },
          "GET /vendor/ledger": { who: SELLERS },
          "GET /vendor/orders": { who: SELLERS },
          "GET /vendor/orders/:id": { who: SELLER_A_OWNS, params: { id: orderOfA } },
          "POST /vendor/orders/:id/status": { who: SELLER_A_OWNS, params: { id: orderOfA }, body: () => ({ status: "preparing" }) },
          "GET /vendor/products": { who: SELLERS },
          "POST /vendor/products": { who: SELLERS, body: () => productBody() },
          "GET /vendor/products/:id": { who: SELLER_A_OWNS, params: { id: productOfA.id } },
          "POST /vendor/products/:id": { who: SELLER_A_OWNS, params: { id: productOfA.id }, body: () => ({ title: "Diambil Alih" }) },
          "DELETE /vendor/products/:id": { who: SELLER_A_OWNS, params: { id: productOfA.id } },
          "POST /vendor/sellers": { who: SELLERS, body: () => onboardingBody() },
          "GET /vendor/sellers/me": { who: SELLERS },
          "POST /vendor/sellers/me": { who: SELLERS, body: () => ({ description: "Diambil alih" }) },
          "GET /vendor/sellers/me/bank-account": { who: SELLERS },
          "POST /vendor/sellers/me/bank-account": { who: SELLERS, body: () => ({}) },
          "POST /vendor/uploads": { who: SELLERS, body: () => imageForm([{ name: "a.png", type: "image/png", bytes: PNG }]) },
        }
        const headersOf = (caller: Caller): Record<string, string> => {
          const headers: Record<string, string> = { "x-publishable-api-key": setup.publishableKey }
          if (tokens[caller]) headers.authorization = `Bearer ${tokens[caller]}`
          return headers
        }
        const paramsOf = (key: string) => ({ ...DEFAULT_PARAMS, ...table[key].params })
        const send = (key: string, caller: Caller) => {
          const [method, pattern] = key.split(" ")
          const { query, body } = table[key]
          const params = paramsOf(key)
          const path = pattern.replace(/:(\w+)/g, (_, name: string) => params[name])
          return settle(api.request({ method, url: query ? `${path}?${query}` : path, data: body?.(), headers: headersOf(caller) }))
        }
        return { container, table, send, headersOf, paramsOf, parentOrder }
      }

      it("answers every route as documented for no token, shopper, seller A, seller B and staff; refusals change nothing", async () => {
        const { container, table, send, parentOrder } = await matrix()
        expect(derivedRoutes(ROUTES_DIR, ["admin", "internal", "store", "vendor"])).toEqual(Object.keys(table).sort())
        const calls = Object.entries(table).flatMap(([key, { who }]) => CALLERS.map((caller) => ({ key, caller, expected: who[caller] })))
        const mismatches: string[] = []
        const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

        // Refusals first, with the database fingerprinted around every refused write.
        let fingerprint = await settledFingerprint(pg)
        for (const { key, caller, expected } of calls.filter((c) => c.expected !== "allowed")) {
          const { status } = await send(key, caller)
          if (status !== expected) mismatches.push(`${caller} ${key} → ${status} (expected ${expected})`)
          if (key.startsWith("GET ")) continue
          const after = await databaseFingerprint(pg)
          const changed = changedTables(fingerprint, after)
          if (changed.length) mismatches.push(`${caller} ${key} was refused but changed ${changed.join(", ")}`)
          fingerprint = after
        }
        // Then the allowed calls: reads, writes, and the owner's delete last.
        const order = (key: string) => ["GET", "POST", "DELETE"].indexOf(key.split(" ")[0])
        const allowed = calls.filter((c) => c.expected === "allowed").sort((a, b) => order(a.key) - order(b.key))
        for (const { key, caller } of allowed) {
          const { status } = await send(key, caller)
          if (status === 401 || status === 403 || status >= 500) mismatches.push(`${caller} ${key} → ${status} (expected allowed)`)
        }
        expect(mismatches).toEqual([])

        // The proofs the refusals asked for are enough.
        const guest = await settle(api.get(`/store/order-groups/${parentOrder}?email=siti@example.com`, storeHeaders(setup.publishableKey)))
        expect(guest.status).toBe(200)
        const server = { headers: { [EXPOSURE_SECRET_HEADER]: exposureSecret(process.env) } }
        expect((await settle(api.post("/internal/exposure", { entries: [] }, server))).status).not.toBe(401)
      }, 240_000) // ~290 requests and ~120 fingerprints: 50-80 s on a busy 2-core machine

      it("answers hostile input on every route with a 4xx or a success, never a 5xx; a refused write changes nothing", async () => {
        const { container, table, headersOf, paramsOf } = await matrix()
        const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
        const server = { [EXPOSURE_SECRET_HEADER]: exposureSecret(process.env) }
        const failures: string[] = []
        const statuses: Record<string, number> = {}
        let fingerprint = await settledFingerprint(pg)
        for (const [key, route] of Object.entries(table)) {
          const [method, pattern] = key.split(" ")
          const caller = CALLERS.find((c) => route.who[c] === "allowed") ?? "no token"
          const headers = { ...headersOf(caller), ...(key.includes("/internal/") ? server : {}), "content-type": "application/json" }
          const example = route.body?.()
          const cases = hostileCases(method, pattern, paramsOf(key), example instanceof FormData ? {} : (example as Record<string, unknown> | undefined), validatorFields(ROUTES_DIR, pattern))
          const refused: typeof cases = []
          let accepted = 0
          const sendCase = async (c: (typeof cases)[number]) => {
            const url = c.query ? `${c.path}?${c.query}` : c.path
            const response = await settle(api.request({ method, url, data: c.body, headers, timeout: 15_000, transformRequest: [(data: unknown) => data] })).catch(
              (e: Error) => ({ status: 0, data: e.message })
            )
            statuses[`${String(response.status)[0]}xx`] = (statuses[`${String(response.status)[0]}xx`] ?? 0) + 1
            if (response.status >= 500 || response.status === 0) failures.push(`${key} ${c.label} → ${response.status} ${JSON.stringify(response.data).slice(0, 160)}`)
            return response.status
          }
          const started = Date.now()
          for (const c of cases) {
            const status = await sendCase(c)
            if (status >= 400 && status < 500) refused.push(c)
            else accepted++
          }
          if (process.env.SENTRA_DEBUG) console.log(`${key}: ${cases.length} cases in ${Date.now() - started} ms, ${accepted} accepted`)
          if (method === "GET") continue
          const after = await databaseFingerprint(pg)
          const changed = changedTables(fingerprint, after)
          if (changed.length && !accepted) failures.push(`${key}: only refusals, yet ${changed.join(", ")} changed`)
          if (changed.length && accepted) {
            // Some hostile values were valid input (SQL or HTML as a title is just text): check the refused ones one by one.
            let before = await settledFingerprint(pg)
            for (const c of refused) {
              await sendCase(c)
              const now = await databaseFingerprint(pg)
              const written = changedTables(before, now)
              if (written.length) failures.push(`${key} ${c.label} was refused but changed ${written.join(", ")}`)
              before = now
            }
          }
          fingerprint = changed.length ? await settledFingerprint(pg) : after
        }
        console.log(`hostile-input corpus: ${Object.entries(statuses).map(([k, v]) => `${v} × ${k}`).join(", ")}`)
        expect(failures).toEqual([])
        expect(statuses["4xx"]).toBeGreaterThan(1000)
      }, 600_000)
    })
  },
})
