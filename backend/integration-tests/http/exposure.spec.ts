/**
 * Fair exposure (issue 16 item 4, decision 102): the storefront server's flush route
 * (POST /internal/exposure: shared secret, strict body, upsert that adds up, concurrent flushes)
 * and the staff report (GET /admin/exposure: figures per seller, per kecamatan, the sellers the
 * rotation could show that nobody saw, staff only).
 */
import { integrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateSeed } from "@sentra/seed-data"
import { EXPOSURE_SECRET_HEADER, MAX_EXPOSURE_ENTRIES } from "@sentra/vocabulary"
import { EXPOSURE_MODULE } from "../../src/modules/exposure"
import type ExposureModuleService from "../../src/modules/exposure/service"
import { DEV_EXPOSURE_SECRET } from "../../src/production"
import { runSetup, type SetupResult } from "../../src/setup"
import { adminToken, sellerToken, storeHeaders } from "../helpers/fixtures"
import { bearer, settle } from "../helpers/http"

const seed = generateSeed()
const [A, B, C] = seed.sellers
const storefront = { headers: { [EXPOSURE_SECRET_HEADER]: DEV_EXPOSURE_SECRET } }

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- API rows

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SetupResult
    let ids: Map<string, string>
    const exposure = (): ExposureModuleService => getContainer().resolve(EXPOSURE_MODULE)
    const stored = async () =>
      (await exposure().listSellerExposures({}, { select: ["seller_id", "day", "surface", "impressions"], take: null }))
        .map((r) => ({ seller_id: r.seller_id, day: r.day, surface: r.surface, impressions: Number(r.impressions) }))
        .sort((a, b) => `${a.seller_id}${a.day}${a.surface}`.localeCompare(`${b.seller_id}${b.day}${b.surface}`))

    beforeAll(async () => {
      setup = await runSetup(getContainer(), { seed: true })
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "seller", fields: ["id", "handle"] })
      ids = new Map((data as { id: string; handle: string }[]).map((s) => [s.handle, s.id]))
    })

    const entry = (handle: string, overrides: Record<string, unknown> = {}) => ({
      seller_id: ids.get(handle)!,
      day: "2026-03-02",
      surface: "home",
      impressions: 1,
      ...overrides,
    })

    describe("POST /internal/exposure (the storefront's flush)", () => {
      it("answers 401 without the secret, with a wrong one, or to staff, a seller or a shopper, and writes nothing", async () => {
        const body = { entries: [entry(A.handle)] }
        const { data: customer } = await api.post("/auth/customer/emailpass/register", { email: "pembeli@example.com", password: "rahasia123" })
        const callers = [
          {},
          { headers: { [EXPOSURE_SECRET_HEADER]: "tebakan" } },
          { headers: { [EXPOSURE_SECRET_HEADER]: "" } },
          bearer(await adminToken(api)),
          bearer(await sellerToken(api, A.handle)),
          bearer(customer.token),
          storeHeaders(setup.publishableKey),
        ]
        for (const caller of callers) {
          expect((await settle(api.post("/internal/exposure", body, caller))).status).toBe(401)
        }
        expect(await stored()).toEqual([])
      })

      it("answers bad input with 400 naming the field, and writes nothing of the batch", async () => {
        const good = entry(A.handle)
        const cases: [unknown, RegExp][] = [
          [{}, /entries/],
          [{ entries: [] }, /entries/],
          [{ entries: [good], extra: 1 }, /extra/],
          [{ entries: [good, { ...good, surface: "beranda" }] }, /surface/],
          [{ entries: [good, { ...good, day: "2026-02-30" }] }, /day/],
          [{ entries: [good, { ...good, day: "02-03-2026" }] }, /day/],
          [{ entries: [good, { ...good, impressions: 0 }] }, /impressions/],
          [{ entries: [good, { ...good, impressions: 1.5 }] }, /impressions/],
          [{ entries: [good, { ...good, impressions: "3" }] }, /impressions/],
          [{ entries: [good, { ...good, seller_id: "" }] }, /seller_id/],
          [{ entries: [good, { ...good, product_id: "prod_1" }] }, /product_id/],
          [{ entries: Array.from({ length: MAX_EXPOSURE_ENTRIES + 1 }, () => good) }, /entries/],
        ]
        for (const [body, field] of cases) {
          const response = await settle(api.post("/internal/exposure", body, storefront))
          expect(response.status).toBe(400)
          expect(response.data.message).toMatch(field)
        }
        expect(await stored()).toEqual([])
      })

      it("adds each flush to the stored counts (one row per seller, day and surface) and ignores unknown sellers", async () => {
        const first = await api.post(
          "/internal/exposure",
          {
            entries: [
              entry(A.handle, { impressions: 5 }),
              entry(A.handle, { surface: "search", impressions: 2 }),
              entry(B.handle, { impressions: 1 }),
              // The same key twice in one flush adds up too.
              entry(B.handle, { impressions: 4 }),
              { seller_id: "sel_tidak_ada", day: "2026-03-02", surface: "home", impressions: 9 },
            ],
          },
          storefront
        )
        expect(first.data).toEqual({ rows: 3, ignored: 1 })
        await api.post("/internal/exposure", { entries: [entry(A.handle, { impressions: 7 }), entry(A.handle, { day: "2026-03-03" })] }, storefront)

        const rows = await stored()
        const expected = [
          { seller_id: ids.get(A.handle)!, day: "2026-03-02", surface: "home", impressions: 12 },
          { seller_id: ids.get(A.handle)!, day: "2026-03-02", surface: "search", impressions: 2 },
          { seller_id: ids.get(A.handle)!, day: "2026-03-03", surface: "home", impressions: 1 },
          { seller_id: ids.get(B.handle)!, day: "2026-03-02", surface: "home", impressions: 5 },
        ].sort((a, b) => `${a.seller_id}${a.day}${a.surface}`.localeCompare(`${b.seller_id}${b.day}${b.surface}`))
        expect(rows).toEqual(expected)
      })

      it("adds concurrent flushes up exactly", async () => {
        const flushes = 20
        const results = await Promise.all(
          Array.from({ length: flushes }, (_, i) =>
            settle(api.post("/internal/exposure", { entries: [entry(A.handle, { impressions: 3 }), entry(B.handle, { surface: "seller", impressions: i + 1 })] }, storefront))
          )
        )
        expect(results.map((r) => r.status)).toEqual(Array(flushes).fill(200))
        const rows = await stored()
        expect(rows).toHaveLength(2)
        expect(rows.find((r) => r.seller_id === ids.get(A.handle))!.impressions).toBe(3 * flushes)
        expect(rows.find((r) => r.seller_id === ids.get(B.handle))!.impressions).toBe((flushes * (flushes + 1)) / 2)
      })
    })

    describe("GET /admin/exposure (staff)", () => {
      it("answers 401 to no token, a seller token and a shopper token, and 400 to bad dates", async () => {
        const { data: customer } = await api.post("/auth/customer/emailpass/register", { email: "pembeli2@example.com", password: "rahasia123" })
        for (const caller of [{}, bearer(await sellerToken(api, A.handle)), bearer(customer.token), storefront]) {
          expect((await settle(api.get("/admin/exposure", caller))).status).toBe(401)
        }
        const admin = bearer(await adminToken(api))
        for (const query of ["from=2026-02-30", "to=kemarin", "from=2026-03-09&to=2026-03-01", "from=2025-01-01&to=2026-03-01", "hari=7"]) {
          expect((await settle(api.get(`/admin/exposure?${query}`, admin))).status).toBe(400)
        }
        const { data } = await api.get("/admin/exposure", admin)
        expect((Date.parse(data.exposure.to) - Date.parse(data.exposure.from)) / 86_400_000).toBe(6)
      })

      it("shows what was flushed per seller, surface and kecamatan, and lists the rotation's sellers nobody saw", async () => {
        await api.post(
          "/internal/exposure",
          {
            entries: [
              entry(A.handle, { impressions: 10 }),
              entry(A.handle, { surface: "kecamatan", impressions: 4, day: "2026-03-08" }),
              entry(B.handle, { surface: "category", impressions: 3 }),
              // Outside the period asked for.
              entry(C.handle, { impressions: 50, day: "2026-03-09" }),
            ],
          },
          storefront
        )
        const admin = bearer(await adminToken(api))
        const { data } = await api.get("/admin/exposure?from=2026-03-02&to=2026-03-08", admin)
        const report = data.exposure
        expect(report).toMatchObject({ from: "2026-03-02", to: "2026-03-08" })
        expect(report.by_seller.map((s: Row) => [s.handle, s.total])).toEqual([[A.handle, 14], [B.handle, 3]])
        expect(report.by_seller[0]).toMatchObject({
          name: A.name,
          district: { code: A.districtCode },
          surfaces: { home: 10, kecamatan: 4, category: 0, search: 0, seller: 0 },
        })
        expect(report.totals).toEqual({ surfaces: { home: 10, kecamatan: 4, category: 3, search: 0, seller: 0 }, total: 17 })
        const districtTotal = (code: string) => report.by_district.find((d: Row) => d.code === code)
        if (A.districtCode === B.districtCode) {
          expect(districtTotal(A.districtCode)).toMatchObject({ total: 17, sellers_shown: 2 })
        } else {
          expect(districtTotal(A.districtCode)).toMatchObject({ total: 14, sellers_shown: 1 })
          expect(districtTotal(B.districtCode)).toMatchObject({ total: 3, sellers_shown: 1 })
        }
        expect(report.by_district.reduce((sum: number, d: Row) => sum + d.total, 0)).toBe(17)

        // Every seller the rotation can show, less the two that were shown in the period.
        const { data: rotation } = await api.get("/store/rotation", storeHeaders(setup.publishableKey))
        const notShown = report.not_shown.map((s: Row) => s.handle)
        expect(notShown).toHaveLength(rotation.seller_count - 2)
        expect(notShown).toContain(C.handle)
        expect(notShown).not.toContain(A.handle)
        expect(notShown).not.toContain(B.handle)
      })
    })
  },
})
