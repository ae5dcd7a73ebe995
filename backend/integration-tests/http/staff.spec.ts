/**
 * City staff tools (issue #16): the verification queue (oldest first, requests for changes,
 * document rejections, expiring documents, the nightly expiry job), kecamatan curation
 * (product counts, flagship candidates and rules) and the program report (GET /admin/reports)
 * against an order set built here with hand-computed totals, and marketplace orders as staff
 * see them (GET /admin/marketplace-orders: a shopper's order with its seller parts).
 */
import { integrationTestRunner } from "../helpers/runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import { generateSeed } from "@sentra/seed-data"
import { addDays, CREATIVE_SUBSECTORS } from "@sentra/vocabulary"
import { expireSellerDocuments } from "../../src/jobs/expire-seller-documents"
import { SELLER_MODULE } from "../../src/modules/seller"
import type SellerModuleService from "../../src/modules/seller/service"
import { runSetup, type SetupResult } from "../../src/setup"
import { createSellerWorkflow } from "../../src/workflows/seller/create-seller"
import { adminToken, sellerToken } from "../helpers/fixtures"
import { bearer, settle } from "../helpers/http"
import { orderHelpers } from "../helpers/orders"

const seed = generateSeed()
const DAY = 24 * 60 * 60 * 1000
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10)
/** Today in Jakarta, as the report's dates are. */
const todayWib = () => new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" })

/** Kota Bandung sellers with a well-stocked variant, each from another kecamatan. */
const BANDUNG = seed.sellers
  .filter((s) => s.districtCode.startsWith("32.73."))
  .map((seller) => {
    const variant = seed.products.filter((p) => p.sellerHandle === seller.handle).flatMap((p) => p.variants).find((v) => v.stock >= 20)
    return variant ? { ...seller, sku: variant.sku, price: variant.price } : null
  })
  .filter((s) => s !== null)
  .filter((s, i, all) => all.findIndex((o) => o.districtCode === s.districtCode) === i)
const [A, B, C] = BANDUNG
/** An order line of `quantity` of a seller's well-stocked variant. */
const line = (seller: typeof A, quantity: number) => ({ handle: seller.handle, sku: seller.sku, quantity })

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- API rows

/** Two applicants in Coblong: the older one with a verified NIB and a PIRT expiring in 10 days. */
async function createApplicants(container: MedusaContainer) {
  const ids: string[] = []
  for (const [i, handle] of ["pemohon-lama", "pemohon-baru"].entries()) {
    const { result } = await createSellerWorkflow(container).run({
      input: {
        seller: {
          handle,
          name: `Pemohon ${i ? "Baru" : "Lama"}`,
          district_code: "32.73.02",
          categories: ["kriya"],
          whatsapp: `62812999900${i}1`,
          documents: [
            { type: "nib", number: `NIB-${i}` },
            { type: "pirt", number: `PIRT-${i}`, expires_at: isoDay(10) },
          ],
        },
        owner: { email: `${handle}@example.com` },
        status: "pending",
        actor: { type: "system", id: "test" },
      },
    })
    ids.push(result.seller.id)
  }
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const [nib] = await service.listSellerDocuments({ seller_id: ids[0], type: "nib" })
  await service.updateSellerDocuments({ id: nib.id, verified: true, verified_at: new Date(), verified_by: "user_test" })
  return { older: ids[0], newer: ids[1] }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SetupResult
    let applicants: { older: string; newer: string }
    let admin: ReturnType<typeof bearer>
    const container = (): MedusaContainer => getContainer()
    const sellers = (): SellerModuleService => container().resolve(SELLER_MODULE)

    beforeAll(async () => {
      setup = await runSetup(getContainer(), { seed: true })
      applicants = await createApplicants(getContainer())
    })

    beforeEach(async () => {
      admin = bearer(await adminToken(api))
    })

    const seller = async (id: string) => (await api.get(`/admin/sellers/${id}`, admin)).data.seller

    describe("staff only", () => {
      it("answers 401 to no token, a seller token and a shopper token on every new route", async () => {
        const { data: customer } = await api.post("/auth/customer/emailpass/register", { email: "pembeli@example.com", password: "rahasia123" })
        const callers = {
          anonymous: {},
          seller: bearer(await sellerToken(api, A.handle)),
          shopper: bearer(customer.token),
        }
        const routes: [string, string, Record<string, unknown>?][] = [
          ["get", `/admin/reports?from=${todayWib()}&to=${todayWib()}`],
          ["get", "/admin/seller-documents/expiring"],
          ["get", "/admin/sellers?status=pending&sort=oldest"],
          ["get", "/admin/districts/32.73.02/flagship-candidates"],
          ["get", "/admin/marketplace-orders"],
          ["get", "/admin/marketplace-orders/order_01UNKNOWN"],
          ["post", `/admin/sellers/${applicants.newer}/request-changes`, { reason: "Foto kurang jelas" }],
          ["post", `/admin/sellers/${applicants.older}/documents/nib/reject`, { reason: "Nomor tidak cocok" }],
        ]
        const seen: string[] = []
        for (const [who, config] of Object.entries(callers)) {
          for (const [method, url, body] of routes) {
            const response = await settle(method === "get" ? api.get(url, config) : api.post(url, body, config))
            seen.push(`${who} ${method} ${url.split("?")[0]} ${response.status}`)
          }
        }
        expect(seen.filter((line) => !line.endsWith(" 401"))).toEqual([])
        // Nothing was written by the refused calls.
        expect((await seller(applicants.newer)).status_changes).toHaveLength(1)
        expect((await seller(applicants.older)).documents.find((d: Row) => d.type === "nib").verified).toBe(true)
      })
    })

    describe("verification queue", () => {
      it("lists pending sellers oldest first with documents, kecamatan and categories", async () => {
        const { data } = await api.get("/admin/sellers?status=pending&sort=oldest", admin)
        expect(data.sellers.map((s: Row) => s.id)).toEqual([applicants.older, applicants.newer])
        expect(data.sellers[0]).toMatchObject({ categories: ["kriya"], district: { code: "32.73.02", name: "Coblong" } })
        expect(data.sellers[0].documents.map((d: Row) => [d.type, d.number, d.verified]).sort()).toEqual([
          ["nib", "NIB-0", true],
          ["pirt", "PIRT-0", false],
        ])
        const newest = await api.get("/admin/sellers?status=pending", admin)
        expect(newest.data.sellers.map((s: Row) => s.id)).toEqual([applicants.newer, applicants.older])
        expect((await settle(api.get("/admin/sellers?sort=terlama", admin))).status).toBe(400)
      })

      it("asks a pending seller for changes: stays pending, reason for the seller, recorded in its history", async () => {
        const missing = await settle(api.post(`/admin/sellers/${applicants.newer}/request-changes`, {}, admin))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/reason/)
        expect((await settle(api.post(`/admin/sellers/${applicants.newer}/request-changes`, { reason: "  " }, admin))).status).toBe(400)

        const { data } = await api.post(`/admin/sellers/${applicants.newer}/request-changes`, { reason: "Unggah foto NIB yang terbaca" }, admin)
        expect(data.seller).toMatchObject({ status: "pending", status_reason: "Unggah foto NIB yang terbaca" })
        expect(data.seller.status_changes[0]).toMatchObject({
          from_status: "pending", to_status: "pending", reason: "Unggah foto NIB yang terbaca", actor_type: "user",
        })

        // Only pending sellers: an approved seller is refused and nothing is recorded.
        const approvedId = await orderHelpers(api, container, setup).sellerId(A.handle)
        const before = (await seller(approvedId)).status_changes.length
        const refused = await settle(api.post(`/admin/sellers/${approvedId}/request-changes`, { reason: "x" }, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^status: only a pending seller/)
        expect((await seller(approvedId)).status_changes).toHaveLength(before)
        expect((await settle(api.post("/admin/sellers/sel_tidakada/request-changes", { reason: "x" }, admin))).status).toBe(404)
      })

      it("rejects a document: badge off, reason in the history; bad type 400, missing document 404", async () => {
        const { data } = await api.post(`/admin/sellers/${applicants.older}/documents/nib/reject`, { reason: "Nomor NIB tidak terdaftar di OSS" }, admin)
        expect(data.seller.documents.find((d: Row) => d.type === "nib")).toMatchObject({ verified: false, verified_by: null })
        expect(data.seller.status_changes[0]).toMatchObject({ to_status: "pending", reason: "NIB: Nomor NIB tidak terdaftar di OSS" })
        expect((await settle(api.post(`/admin/sellers/${applicants.older}/documents/ktp/reject`, { reason: "x" }, admin))).status).toBe(400)
        expect((await settle(api.post(`/admin/sellers/${applicants.older}/documents/halal/reject`, { reason: "x" }, admin))).status).toBe(404)
        const noReason = await settle(api.post(`/admin/sellers/${applicants.older}/documents/pirt/reject`, { alasan: "x" }, admin))
        expect(noReason.status).toBe(400)
        expect((await seller(applicants.older)).status_changes).toHaveLength(2)
      })

      it("lists documents expiring within the window, soonest first, with a WhatsApp link", async () => {
        const { data } = await api.get("/admin/seller-documents/expiring", admin)
        const ours = data.documents.filter((d: Row) => d.seller.id === applicants.older)
        expect(ours).toEqual([
          expect.objectContaining({
            type: "pirt", number: "PIRT-0", days_left: 10,
            seller: expect.objectContaining({ name: "Pemohon Lama", whatsapp_url: "https://wa.me/6281299990001" }),
          }),
        ])
        const days = data.documents.map((d: Row) => d.days_left)
        expect(days).toEqual([...days].sort((a, b) => a - b))
        expect(days.every((d: number) => d >= 1 && d <= 30)).toBe(true)
        const narrow = await api.get("/admin/seller-documents/expiring?within_days=5", admin)
        expect(narrow.data.documents.some((d: Row) => d.seller.id === applicants.older)).toBe(false)
        for (const qs of ["within_days=0", "within_days=abc", "days=3"]) {
          expect([qs, (await settle(api.get(`/admin/seller-documents/expiring?${qs}`, admin))).status]).toEqual([qs, 400])
        }
      })

      it("the nightly job takes expired badges off and records it once", async () => {
        const [pirt] = await sellers().listSellerDocuments({ seller_id: applicants.older, type: "pirt" })
        await sellers().updateSellerDocuments({ id: pirt.id, verified: true, verified_at: new Date(), verified_by: "user_test" })
        const in11Days = new Date(Date.now() + 11 * DAY)

        expect(await expireSellerDocuments(container(), in11Days)).toContainEqual({ seller_id: applicants.older, type: "pirt" })
        const after = await seller(applicants.older)
        expect(after.documents.find((d: Row) => d.type === "pirt").verified).toBe(false)
        expect(after.documents.find((d: Row) => d.type === "nib").verified).toBe(true)
        expect(after.status_changes[0]).toMatchObject({ actor_type: "system", to_status: "pending", reason: expect.stringMatching(/^PIRT: kedaluwarsa/) })

        expect(await expireSellerDocuments(container(), in11Days)).not.toContainEqual(expect.objectContaining({ seller_id: applicants.older }))
        expect((await seller(applicants.older)).status_changes).toHaveLength(2)
      })
    })

    describe("kecamatan curation", () => {
      it("counts sellers and store-visible products per kecamatan, as the store does", async () => {
        const { data } = await api.get("/admin/districts?city=32.73", admin)
        const { data: store } = await api.get("/store/districts?city=32.73", { headers: { "x-publishable-api-key": setup.publishableKey } })
        for (const district of data.districts) {
          const shown = store.districts.find((d: Row) => d.code === district.code)
          expect([district.code, district.product_count, district.sellers_by_status.approved]).toEqual([district.code, shown.product_count, shown.seller_count])
        }
        const coblong = data.districts.find((d: Row) => d.code === "32.73.02")
        expect(coblong.sellers_by_status.pending).toBe(2)
      })

      it("offers only approved sellers' visible products of the kecamatan as flagship, and the update enforces it", async () => {
        const { data } = await api.get(`/admin/districts/${A.districtCode}/flagship-candidates`, admin)
        const expected = seed.products.filter((p) => seed.sellers.find((s) => s.handle === p.sellerHandle)!.districtCode === A.districtCode)
        expect(data.products.map((p: Row) => p.handle).sort()).toEqual(expected.map((p) => p.handle).sort())
        expect(data.products[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), seller: { name: expect.any(String) } })
        expect((await settle(api.get("/admin/districts/99.99.99/flagship-candidates", admin))).status).toBe(404)

        const ok = await api.post(`/admin/districts/${A.districtCode}`, { flagship_product_id: data.products[0].id }, admin)
        expect(ok.data.district.flagship_product_id).toBe(data.products[0].id)
        const headline = ok.data.district.headline // the seed may feature this kecamatan already
        expect(headline).not.toBe("Baru")

        const { data: other } = await api.get(`/admin/districts/${B.districtCode}/flagship-candidates`, admin)
        const wrong = await settle(api.post(`/admin/districts/${A.districtCode}`, { flagship_product_id: other.products[0].id, headline: "Baru" }, admin))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/^flagship_product_id: /)

        await container().resolve("product").updateProducts(data.products[1].id, { status: "draft" })
        const draft = await settle(api.post(`/admin/districts/${A.districtCode}`, { flagship_product_id: data.products[1].id }, admin))
        expect(draft.status).toBe(400)
        expect(draft.data.message).toBe("flagship_product_id: the product is not published in the store")
        const after = (await api.get(`/admin/districts/${A.districtCode}`, admin)).data.district
        expect(after).toMatchObject({ flagship_product_id: data.products[0].id, headline })
      })
    })

    describe("reports", () => {
      const period = () => `from=${todayWib()}&to=${todayWib()}`
      const byCode = (rows: Row[], code: string) => rows.find((r) => r.code === code)

      it("sums settled parts per kecamatan, category, subsector, cohort and week; declined, cancelled and open parts are not GMV", async () => {
        const orders = orderHelpers(api, container, setup)
        const first = await orders.placePickupOrder([line(A, 2), line(B, 1)])
        await orders.completePart(first, A.handle)
        await orders.completePart(first, B.handle)
        const second = await orders.placePickupOrder([line(A, 1), line(C, 3)])
        await orders.completePart(second, A.handle)
        await orders.declinePart(second, C.handle)
        await orders.placePickupOrder([line(B, 1)]) // stays open
        await orders.cancelPart(await orders.placePickupOrder([line(B, 2)]), B.handle)
        await api.post(`/admin/sellers/${applicants.newer}/approve`, {}, admin)

        const { data } = await api.get(`/admin/reports?${period()}&regency_code=32.73`, admin)
        const { report } = data
        // Hand-computed: pickup has no fee, so a part's gross is price × quantity.
        expect(byCode(report.by_district, A.districtCode)).toMatchObject({
          gmv: A.price * 3, orders: 2, average_order_value: Math.round((A.price * 3) / 2), active_sellers: 1,
        })
        expect(byCode(report.by_district, B.districtCode)).toMatchObject({ gmv: B.price, orders: 1, average_order_value: B.price, active_sellers: 1 })
        expect(byCode(report.by_district, C.districtCode)).toMatchObject({ gmv: 0, orders: 0, average_order_value: 0, active_sellers: 0 })
        expect(report.totals).toMatchObject({ gmv: A.price * 3 + B.price, orders: 3, active_sellers: 2, new_sellers_approved: 1 })
        expect(byCode(report.by_district, "32.73.02")!.new_sellers_approved).toBe(1)
        expect(report.by_district.every((r: Row) => r.regency_code === "32.73")).toBe(true)

        // Products listed: the seeded products of each kecamatan's sellers (all published, approved).
        const bandungProducts = seed.products.filter((p) => seed.sellers.find((s) => s.handle === p.sellerHandle)!.districtCode.startsWith("32.73."))
        expect(report.totals.products_listed).toBe(bandungProducts.length)

        // The category table adds up to the totals; each seller counts in its first category.
        const categorySum = (field: string) => report.by_category.reduce((sum: number, r: Row) => sum + r[field], 0)
        for (const field of ["gmv", "orders", "active_sellers", "new_sellers_approved", "products_listed"]) {
          expect([field, categorySum(field)]).toEqual([field, report.totals[field]])
        }
        const gmvOf = (category: string) => [A, B].filter((s) => s.categories[0] === category).reduce((sum, s) => sum + (s === A ? A.price * 3 : B.price), 0)
        for (const row of report.by_category) expect([row.category, row.gmv]).toEqual([row.category, gmvOf(row.category)])

        // Hand-computed per group of sellers from the settled parts above (A: 2 parts, B: 1).
        const sold = [{ seller: A, gmv: A.price * 3, orders: 2 }, { seller: B, gmv: B.price, orders: 1 }]
        const expectedFor = (keep: (seller: typeof A) => boolean) => {
          const mine = sold.filter((x) => keep(x.seller))
          const gmv = mine.reduce((sum, x) => sum + x.gmv, 0)
          const count = mine.reduce((sum, x) => sum + x.orders, 0)
          return { gmv, orders: count, average_order_value: count ? Math.round(gmv / count) : 0, active_sellers: mine.length }
        }
        const salesOf = (row: Row) => ({ gmv: row.gmv, orders: row.orders, average_order_value: row.average_order_value, active_sellers: row.active_sellers })

        // Subsectors: all 17 listed; a seller counts in each of its subsectors, so the table does not
        // add up to the totals when a seller has several. The applicant approved above has none.
        expect(report.by_subsector.map((r: Row) => r.subsector).slice(0, 17)).toEqual(CREATIVE_SUBSECTORS.map((s) => s.code))
        for (const row of report.by_subsector) {
          expect([row.subsector, salesOf(row)]).toEqual([row.subsector, expectedFor((s) => s.creativeSubsectors.includes(row.subsector))])
        }
        const subsectorGmv = report.by_subsector.reduce((sum: number, r: Row) => sum + r.gmv, 0)
        expect(subsectorGmv).toBe(sold.reduce((sum, x) => sum + x.gmv * x.seller.creativeSubsectors.length, 0))
        expect(report.by_subsector.find((r: Row) => r.subsector === "belum-diisi")).toMatchObject({ name: "Belum diisi", new_sellers_approved: 1 })

        // Cohorts: women-owned, new entrepreneurs (WUB), and every seller (= the totals).
        expect(report.by_cohort.map((r: Row) => [r.cohort, r.name])).toEqual([
          ["women_owned", "Usaha perempuan"], ["new_entrepreneur", "Wirausaha baru (WUB)"], ["all", "Semua penjual"],
        ])
        expect(salesOf(report.by_cohort[0])).toEqual(expectedFor((s) => s.womenOwned))
        expect(salesOf(report.by_cohort[1])).toEqual(expectedFor((s) => s.newEntrepreneur))
        expect(report.by_cohort[0].new_sellers_approved + report.by_cohort[1].new_sellers_approved).toBe(0) // the applicant is neither
        expect(report.by_cohort[2]).toMatchObject(report.totals)

        // Weekly trend: one ISO week (Monday in WIB) for a one-day period, adding up to the totals.
        const weekSum = (weeks: Row[], field: string) => weeks.reduce((sum, w) => sum + w[field], 0)
        expect(report.by_week).toHaveLength(1)
        expect([weekSum(report.by_week, "gmv"), weekSum(report.by_week, "orders")]).toEqual([report.totals.gmv, report.totals.orders])
        const monday = report.by_week[0].week_start
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1)
        expect(monday <= todayWib() && todayWib() < addDays(monday, 7)).toBe(true)
        expect(report.by_week[0].week).toMatch(/^\d{4}-W\d{2}$/)
        // Three weeks back: every week listed, consecutive, the ones without sales as zero.
        const longFrom = addDays(todayWib(), -20)
        const long = (await api.get(`/admin/reports?from=${longFrom}&to=${todayWib()}&regency_code=32.73`, admin)).data.report
        const starts = long.by_week.map((w: Row) => w.week_start)
        expect(starts.slice(1)).toEqual(starts.slice(0, -1).map((d: string) => addDays(d, 7)))
        expect(starts[0] <= longFrom && longFrom < addDays(starts[0], 7)).toBe(true)
        expect(starts.at(-1)).toBe(monday)
        expect(long.by_week.slice(0, -1).map((w: Row) => [w.gmv, w.orders])).toEqual(starts.slice(0, -1).map(() => [0, 0]))
        expect(long.by_week.at(-1)).toMatchObject({ gmv: report.totals.gmv, orders: report.totals.orders })

        // CSV: the same figures, one table per file.
        const csv = await api.get(`/admin/reports?${period()}&regency_code=32.73&format=csv`, admin)
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        const lines = (csv.data as string).trim().split("\r\n")
        expect(lines[0]).toBe("code,name,regency_name,gmv,orders,average_order_value,active_sellers,new_sellers_approved,products_listed")
        const rowA = lines.find((l) => l.startsWith(`${A.districtCode},`))!.split(",")
        expect(rowA.slice(3, 5)).toEqual([String(A.price * 3), "2"])
        const categories = await api.get(`/admin/reports?${period()}&format=csv&table=category`, admin)
        expect((categories.data as string).split("\r\n")[0]).toBe("category,name,gmv,orders,average_order_value,active_sellers,new_sellers_approved,products_listed")
        const figureColumns = "name,gmv,orders,average_order_value,active_sellers,new_sellers_approved,products_listed"
        const tables: [string, string, string, Row[]][] = [
          ["subsector", "subsektor", `subsector,${figureColumns}`, report.by_subsector],
          ["cohort", "kelompok", `cohort,${figureColumns}`, report.by_cohort],
          ["week", "mingguan", "week,week_start,gmv,orders", report.by_week],
        ]
        const cell = (value: unknown) => (String(value).includes(",") ? `"${value}"` : String(value))
        for (const [table, word, header, rows] of tables) {
          const file = await api.get(`/admin/reports?${period()}&regency_code=32.73&format=csv&table=${table}`, admin)
          expect(file.headers["content-disposition"]).toBe(`attachment; filename="sentra-laporan-${word}-${todayWib()}_${todayWib()}.csv"`)
          const [head, ...body] = (file.data as string).trim().split("\r\n")
          expect([table, head]).toEqual([table, header])
          expect(body).toEqual(rows.map((row) => header.split(",").map((column) => cell(row[column])).join(",")))
        }

        // Another period sees none of it; another city none of Bandung's kecamatan.
        const past = (await api.get("/admin/reports?from=2020-01-01&to=2020-01-31", admin)).data.report
        expect(past.totals).toMatchObject({ gmv: 0, orders: 0, new_sellers_approved: 0, products_listed: 0 })
        const depok = (await api.get(`/admin/reports?${period()}&regency_code=32.76`, admin)).data.report
        expect(depok.totals.gmv).toBe(0)
        expect(depok.by_district.every((r: Row) => r.regency_code === "32.76")).toBe(true)
      })

      it("refuses bad input with 400 naming the field", async () => {
        const cases: [string, RegExp][] = [
          ["to=2026-01-31", /from/],
          ["from=2026-01-01", /to/],
          ["from=2026-13-01&to=2026-12-31", /from/],
          ["from=2026-02-01&to=2026-01-01", /'to' must not be before 'from'/],
          ["from=2024-01-01&to=2026-01-01", /'to' must be at most 366 days/],
          ["from=2026-01-01&to=2026-01-31&regency_code=Bandung", /regency_code/],
          ["from=2026-01-01&to=2026-01-31&format=xlsx", /format/],
          ["from=2026-01-01&to=2026-01-31&format=csv&table=product", /table/],
          ["from=2026-01-01&to=2026-01-31&city=32.73", /city/],
        ]
        for (const [qs, message] of cases) {
          const response = await settle(api.get(`/admin/reports?${qs}`, admin))
          expect([qs, response.status]).toEqual([qs, 400])
          expect([qs, response.data.message]).toEqual([qs, expect.stringMatching(message)])
        }
      })
    })

    describe("marketplace orders", () => {
      const list = async (qs = "") => (await api.get(`/admin/marketplace-orders${qs}`, admin)).data
      const ids = (data: Row) => data.orders.map((o: Row) => o.id)

      it("lists one row per shopper's order with its parts, filters by kecamatan and seller, and finds the group from any of its orders", async () => {
        const orders = orderHelpers(api, container, setup)
        const first = await orders.placePickupOrder([line(A, 2), line(B, 1)])
        await orders.completePart(first, A.handle)
        await orders.declinePart(first, B.handle)
        const second = await orders.placePickupOrder([line(C, 1)])

        // Newest first; the parts are the shopper's order's own, with seller, kecamatan, status and money.
        const all = await list()
        expect(ids(all)).toEqual([second, first])
        expect(all).toMatchObject({ count: 2, limit: 20, offset: 0 })
        const group = all.orders[1]
        expect(group).toMatchObject({ display_id: expect.any(Number), email: "siti@example.com", total: A.price * 2 + B.price })
        const parts = Object.fromEntries(group.parts.map((p: Row) => [p.seller.handle, p]))
        expect(Object.keys(parts).sort()).toEqual([A.handle, B.handle].sort())
        expect(parts[A.handle]).toMatchObject({
          id: await orders.partOf(first, A.handle),
          status: "completed",
          fulfillment_type: "pickup",
          total: A.price * 2,
          payment: { method: "cash", state: "paid" },
          seller: { name: A.name, district: { code: A.districtCode } },
        })
        expect(parts[B.handle]).toMatchObject({ status: "declined", total: B.price, payment: { state: "not_charged" }, seller: { district: { code: B.districtCode } } })
        expect(all.orders[0].parts.map((p: Row) => p.seller.handle)).toEqual([C.handle])

        // Filters keep the shopper's orders with a matching part (and show all of their parts).
        expect(ids(await list(`?district_code=${B.districtCode}`))).toEqual([first])
        expect((await list(`?district_code=${B.districtCode}`)).orders[0].parts).toHaveLength(2)
        expect(ids(await list(`?district_code=${C.districtCode}`))).toEqual([second])
        expect(ids(await list(`?seller_id=${await orders.sellerId(A.handle)}`))).toEqual([first])
        expect(await list(`?seller_id=${await orders.sellerId(A.handle)}&district_code=${C.districtCode}`)).toMatchObject({ orders: [], count: 0 })
        expect(await list("?district_code=99.99.99")).toMatchObject({ orders: [], count: 0 })
        expect(ids(await list(`?q=%23${group.display_id}`))).toEqual([first])
        expect(ids(await list("?q=SITI@example"))).toEqual([second, first])
        expect(await list("?limit=1&offset=1")).toMatchObject({ count: 2, limit: 1, offset: 1, orders: [{ id: first }] })

        // The detail: from the shopper's order, or from one of its parts (the widget on a seller order's page).
        const fromParent = (await api.get(`/admin/marketplace-orders/${first}`, admin)).data.marketplace_order
        expect(fromParent).toEqual(group)
        const fromPart = (await api.get(`/admin/marketplace-orders/${await orders.partOf(first, B.handle)}`, admin)).data.marketplace_order
        expect(fromPart).toEqual(group)
      })

      it("refuses bad input with 400 naming the field, and an unknown order with 404", async () => {
        const cases: [string, RegExp][] = [
          ["district_code=Coblong", /district_code/],
          ["limit=0", /limit/],
          ["offset=-1", /offset/],
          ["status=completed", /status/],
        ]
        for (const [qs, message] of cases) {
          const response = await settle(api.get(`/admin/marketplace-orders?${qs}`, admin))
          expect([qs, response.status]).toEqual([qs, 400])
          expect([qs, response.data.message]).toEqual([qs, expect.stringMatching(message)])
        }
        const unknown = await settle(api.get("/admin/marketplace-orders/order_01UNKNOWN", admin))
        expect(unknown.status).toBe(404)
      })
    })
  },
})
