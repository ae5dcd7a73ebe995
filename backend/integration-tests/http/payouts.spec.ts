/**
 * Payouts (issue #14, part 4): sellers' bank accounts (validated, staff-verified), payout batches
 * over the ledger (amount rule, left-out sellers and carry-over, CSV, mark paid, concurrency) and
 * the seller's view of its payouts. Ledger lines are written with the real ledger module (amounts
 * chosen by hand) and one by completing a real cash part.
 */
import { integrationTestRunner } from "../helpers/runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import { generateSeed } from "@sentra/seed-data"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { runSetup, type SetupResult } from "../../src/setup"
import { adminToken, sellerToken } from "../helpers/fixtures"
import { bearer, settle } from "../helpers/http"
import { orderHelpers } from "../helpers/orders"

// A 10 % platform fee, so cash lines owe the city something (read when a part settles).
process.env.SENTRA_PLATFORM_FEE_PERCENT = "10"

const seed = generateSeed()
const [A, B, C, D] = seed.sellers
/** A well-stocked variant of A, for one real order. */
const A_VARIANT = seed.products.filter((p) => p.sellerHandle === A.handle).flatMap((p) => p.variants).find((v) => v.stock >= 10)!

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- API rows

const GOOD_ACCOUNT = { bank_code: "014", account_number: "123-456 7890", account_holder: "Imas Masitoh" }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SetupResult
    let admin: ReturnType<typeof bearer>
    const container = (): MedusaContainer => getContainer()
    const ledger = (): LedgerModuleService => container().resolve(LEDGER_MODULE)
    const orders = () => orderHelpers(api, container, setup)
    const as = async (handle: string) => bearer(await sellerToken(api, handle))

    beforeAll(async () => {
      setup = await runSetup(getContainer(), { seed: true })
    })

    beforeEach(async () => {
      admin = bearer(await adminToken(api))
    })

    /** Saves a seller's bank account through its panel API and lets staff verify it (unless told not to). */
    async function bankAccount(handle: string, verify = true): Promise<Row> {
      const { data } = await api.post("/vendor/sellers/me/bank-account", GOOD_ACCOUNT, await as(handle))
      if (!verify) return data.bank_account
      return (await api.post(`/admin/bank-accounts/${data.bank_account.id}/verify`, {}, admin)).data.bank_account
    }

    /** A ledger line as settling a part writes it (whole Rupiah). */
    async function line(handle: string, method: "cash" | "card", gross: number, fee: number) {
      const sellerId = await orders().sellerId(handle)
      return ledger().createLedgerEntries({
        seller_id: sellerId, order_id: `order_${Math.random().toString(36).slice(2)}`, parent_order_id: "order_parent",
        method, currency_code: "idr", gross, fee, net: gross - fee, fee_percent: 10,
      })
    }

    const linesOf = async (batchId: string | null) => ledger().listLedgerEntries({ payout_batch_id: batchId })

    describe("bank account", () => {
      it("answers bad input with 400 naming the field and writes nothing", async () => {
        const seller = await as(A.handle)
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ bank_code: "999" }, /bank_code/],
          [{ bank_code: undefined }, /bank_code/],
          [{ account_number: "12345" }, /account_number/],
          [{ account_number: "1".repeat(21) }, /account_number/],
          [{ account_number: "1234-567a" }, /account_number/],
          [{ account_number: undefined }, /account_number/],
          [{ account_holder: " " }, /account_holder/],
          [{ account_holder: "x".repeat(101) }, /account_holder/],
          [{ status: "verified" }, /status/],
          [{ seller_id: "sel_other" }, /seller_id/],
        ]
        for (const [overrides, field] of cases) {
          const response = await settle(api.post("/vendor/sellers/me/bank-account", { ...GOOD_ACCOUNT, ...overrides }, seller))
          expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 })
          expect(response.data.message).toMatch(field)
        }
        expect(await ledger().listSellerBankAccounts({})).toEqual([])
        expect((await api.get("/vendor/sellers/me/bank-account", seller)).data.bank_account).toBeNull()
      })

      it("is pending when entered or changed, verified (only as staff saw it) or rejected with a reason; the same values keep the verification", async () => {
        const seller = await as(A.handle)
        const saved = (await api.post("/vendor/sellers/me/bank-account", GOOD_ACCOUNT, seller)).data.bank_account
        expect(saved).toMatchObject({ bank_code: "014", bank_name: "BCA", account_number: "1234567890", account_holder: "Imas Masitoh", status: "pending" })

        const queue = (await api.get("/admin/bank-accounts?status=pending", admin)).data.bank_accounts
        expect(queue.map((a: Row) => [a.id, a.seller.name])).toEqual([[saved.id, A.name]])

        // Staff verify what they saw: an account the seller changed since is refused.
        const stale = await settle(api.post(`/admin/bank-accounts/${saved.id}/verify`, { account_number: "1111111111" }, admin))
        expect(stale.status).toBe(409)
        expect((await api.get("/vendor/sellers/me/bank-account", seller)).data.bank_account.status).toBe("pending")
        const verified = (await api.post(`/admin/bank-accounts/${saved.id}/verify`, { bank_code: "014", account_number: "1234567890" }, admin)).data.bank_account
        expect(verified.status).toBe("verified")
        expect((await settle(api.post(`/admin/bank-accounts/${saved.id}/verify`, {}, admin))).status).toBe(400)
        // Saving the same account (written differently) keeps it verified.
        const same = await api.post("/vendor/sellers/me/bank-account", { ...GOOD_ACCOUNT, account_number: "1234567890" }, seller)
        expect(same.data.bank_account.status).toBe("verified")
        // A change needs verifying again.
        const changed = await api.post("/vendor/sellers/me/bank-account", { ...GOOD_ACCOUNT, bank_code: "002" }, seller)
        expect(changed.data.bank_account).toMatchObject({ id: saved.id, bank_name: "BRI", status: "pending" })

        expect((await settle(api.post(`/admin/bank-accounts/${saved.id}/reject`, {}, admin))).status).toBe(400)
        await api.post(`/admin/bank-accounts/${saved.id}/reject`, { reason: "Nama pemilik tidak sesuai buku tabungan" }, admin)
        expect((await api.get("/vendor/sellers/me/bank-account", seller)).data.bank_account).toMatchObject({
          status: "rejected", rejection_reason: "Nama pemilik tidak sesuai buku tabungan",
        })
        const again = await api.post("/vendor/sellers/me/bank-account", { ...GOOD_ACCOUNT, account_holder: "Imas M." }, seller)
        expect(again.data.bank_account).toMatchObject({ status: "pending", rejection_reason: null })
        expect(await ledger().listSellerBankAccounts({})).toHaveLength(1)
      })
    })

    describe("who may do what", () => {
      it("lets a seller see and change only its own account and payouts, and only staff review accounts and make or pay batches", async () => {
        const accountA = await bankAccount(A.handle, false)
        await line(A.handle, "card", 100_000, 10_000)
        await api.post(`/admin/bank-accounts/${accountA.id}/verify`, {}, admin)
        const { data: created } = await api.post("/admin/payouts", {}, admin)
        const batchId = created.payout.id
        const sellerA = await as(A.handle)
        const sellerB = await as(B.handle)

        const vendorRoutes: [string, string, Record<string, unknown>?][] = [
          ["get", "/vendor/sellers/me/bank-account"],
          ["post", "/vendor/sellers/me/bank-account", { ...GOOD_ACCOUNT, account_number: "99999999" }],
          ["get", "/vendor/ledger"],
        ]
        const adminRoutes: [string, string, Record<string, unknown>?][] = [
          ["get", "/admin/bank-accounts"],
          ["post", `/admin/bank-accounts/${accountA.id}/verify`, {}],
          ["post", `/admin/bank-accounts/${accountA.id}/reject`, { reason: "Palsu" }],
          ["get", "/admin/payouts"],
          ["post", "/admin/payouts", {}],
          ["get", `/admin/payouts/${batchId}`],
          ["get", `/admin/payouts/${batchId}/export`],
          ["post", `/admin/payouts/${batchId}/mark-paid`, { transfer_reference: "PALSU" }],
        ]
        const call = (method: string, path: string, body: Record<string, unknown> | undefined, auth: object) =>
          settle(method === "get" ? api.get(path, auth) : api.post(path, body, auth))

        for (const [method, path, body] of [...vendorRoutes, ...adminRoutes]) {
          expect({ path, status: (await call(method, path, body, {})).status }).toEqual({ path, status: 401 })
        }
        for (const [method, path, body] of adminRoutes) {
          for (const [who, auth] of Object.entries({ sellerA, sellerB })) {
            expect({ who, path, status: (await call(method, path, body, auth)).status }).toEqual({ who, path, status: 401 })
          }
        }
        for (const [method, path, body] of vendorRoutes) {
          expect({ path, status: (await call(method, path, body, admin)).status }).toEqual({ path, status: 401 })
        }

        // Seller B sees its own (none), writes its own, never A's; it sees none of A's payouts.
        expect((await api.get("/vendor/sellers/me/bank-account", sellerB)).data.bank_account).toBeNull()
        const ledgerB = (await api.get("/vendor/ledger", sellerB)).data
        expect([ledgerB.lines, ledgerB.payouts]).toEqual([[], []])
        const savedB = (await api.post("/vendor/sellers/me/bank-account", { ...GOOD_ACCOUNT, account_number: "5550001111" }, sellerB)).data.bank_account
        expect(savedB.id).not.toBe(accountA.id)
        const mine = (await api.get("/vendor/sellers/me/bank-account", sellerA)).data.bank_account
        expect(mine).toMatchObject({ id: accountA.id, account_number: "1234567890", status: "verified" })

        // Nothing the refused callers tried changed anything.
        const batch = (await api.get(`/admin/payouts/${batchId}`, admin)).data.payout
        expect(batch).toMatchObject({ status: "pending", transfer_reference: null, total: 90_000 })
        expect((await api.get("/admin/payouts", admin)).data.payouts).toHaveLength(1)
        expect((await api.get("/vendor/ledger", sellerA)).data.payouts).toEqual([
          expect.objectContaining({ batch_id: batchId, status: "pending", amount: 90_000, lines: 1 }),
        ])
      })
    })

    describe("payout batches", () => {
      it("pays card nets minus cash fees per verified seller, leaves the others out with a reason and carries their lines over", async () => {
        // A: a real cash part (10 % fee) plus card lines; verified.
        const parent = await orders().placePickupOrder([{ handle: A.handle, sku: A_VARIANT.sku, quantity: 2 }])
        await orders().completePart(parent, A.handle)
        const [cashLine] = await ledger().listLedgerEntries({ parent_order_id: parent })
        const cashFee = Number(cashLine.fee)
        expect(cashFee).toBe(Math.round(A_VARIANT.price * 2 * 0.1))
        await line(A.handle, "card", 150_000, 15_000)
        await line(A.handle, "card", 52_000, 5_200)
        await line(A.handle, "cash", 20_000, 2_000)
        // B: owed money but its account is only pending. C: owes the city (cash only). D: no account.
        await line(B.handle, "card", 80_000, 8_000)
        await line(C.handle, "cash", 40_000, 4_000)
        await line(D.handle, "card", 10_000, 1_000)
        await bankAccount(A.handle)
        await bankAccount(B.handle, false)
        await bankAccount(C.handle)
        const cutoff = new Date()
        await new Promise((resolve) => setTimeout(resolve, 20))
        await line(A.handle, "card", 1_000_000, 100_000) // settled after the cut-off

        const { data } = await api.post("/admin/payouts", { cutoff_at: cutoff.toISOString() }, admin)
        const amountA = 135_000 + 46_800 - 2_000 - cashFee
        expect(data.payout).toMatchObject({ status: "pending", total: amountA, sellers: 1, cutoff_at: cutoff.toISOString() })
        expect(data.payout.items).toEqual([
          expect.objectContaining({
            seller: { name: A.name, handle: A.handle }, amount: amountA, lines: 4,
            bank_code: "014", bank_name: "BCA", account_number: "1234567890", account_holder: "Imas Masitoh",
          }),
        ])
        const leftOut = Object.fromEntries(data.left_out.map((l: Row) => [l.seller.handle, [l.reason, l.amount, l.lines]]))
        expect(leftOut).toEqual({
          [B.handle]: ["bank_account_pending", 72_000, 1],
          [C.handle]: ["nothing_owed", -4_000, 1],
          [D.handle]: ["no_bank_account", 9_000, 1],
        })
        expect(await linesOf(data.payout.id)).toHaveLength(4)
        expect(await linesOf(null)).toHaveLength(4) // B, C, D and A's late line carry over

        // The bank sheet.
        const csv = await api.get(`/admin/payouts/${data.payout.id}/export`, admin)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        expect(csv.data).toBe(
          "seller_name,bank,bank_code,account_number,account_holder,amount\r\n" +
            `${A.name},BCA,014,1234567890,Imas Masitoh,${amountA}\r\n`
        )

        // The next batch takes nothing twice: B (now verified) and A's late line only.
        const [accountB] = await ledger().listSellerBankAccounts({ seller_id: await orders().sellerId(B.handle) })
        await api.post(`/admin/bank-accounts/${accountB.id}/verify`, {}, admin)
        const next = (await api.post("/admin/payouts", {}, admin)).data
        expect(Object.fromEntries(next.payout.items.map((i: Row) => [i.seller.handle, [i.amount, i.lines]]))).toEqual({
          [A.handle]: [900_000, 1],
          [B.handle]: [72_000, 1],
        })
        expect(next.left_out.map((l: Row) => l.reason).sort()).toEqual(["no_bank_account", "nothing_owed"])
        expect(await linesOf(data.payout.id)).toHaveLength(4)
        const list = (await api.get("/admin/payouts", admin)).data.payouts
        expect(list.map((b: Row) => [b.id, b.total, b.sellers])).toEqual([
          [next.payout.id, 972_000, 2],
          [data.payout.id, amountA, 1],
        ])
        // Nobody left to pay: no batch, the reasons only.
        const none = (await api.post("/admin/payouts", {}, admin)).data
        expect(none.payout).toBeNull()
        expect(none.left_out).toHaveLength(2)
        expect((await settle(api.post("/admin/payouts", { cutoff_at: "2999-01-01" }, admin))).status).toBe(400)
      })

      it("marks a batch paid once: again is the same answer, a different reference is refused, and the paid batch never changes", async () => {
        await bankAccount(A.handle)
        await line(A.handle, "card", 50_000, 5_000)
        const batch = (await api.post("/admin/payouts", {}, admin)).data.payout
        const paid = (await api.post(`/admin/payouts/${batch.id}/mark-paid`, { transfer_reference: "TRF-0412" }, admin)).data.payout
        expect(paid).toMatchObject({ status: "paid", transfer_reference: "TRF-0412", total: 45_000 })
        expect(paid.paid_at).toBeTruthy()

        const again = await api.post(`/admin/payouts/${batch.id}/mark-paid`, {}, admin)
        expect(again.data.payout).toEqual(paid)
        const same = await api.post(`/admin/payouts/${batch.id}/mark-paid`, { transfer_reference: "TRF-0412" }, admin)
        expect(same.data.payout).toEqual(paid)
        const other = await settle(api.post(`/admin/payouts/${batch.id}/mark-paid`, { transfer_reference: "TRF-9999" }, admin))
        expect(other.status).toBe(409)
        expect((await api.get(`/admin/payouts/${batch.id}`, admin)).data.payout).toEqual(paid)

        // A new line and a changed account do not touch the paid batch.
        await line(A.handle, "card", 20_000, 2_000)
        await api.post("/vendor/sellers/me/bank-account", { ...GOOD_ACCOUNT, bank_code: "009" }, await as(A.handle))
        expect((await api.get(`/admin/payouts/${batch.id}`, admin)).data.payout).toEqual(paid)
        expect(await linesOf(batch.id)).toHaveLength(1)
        expect((await api.get("/vendor/ledger", await as(A.handle))).data.payouts).toEqual([
          expect.objectContaining({ batch_id: batch.id, status: "paid", amount: 45_000, transfer_reference: "TRF-0412", bank_name: "BCA" }),
        ])
        expect((await settle(api.post("/admin/payouts/pay_unknown/mark-paid", {}, admin))).status).toBe(404)
      })

      it("never puts a line in two batches when two staff create batches at the same moment", async () => {
        await bankAccount(A.handle)
        await bankAccount(B.handle)
        for (let i = 1; i <= 6; i++) {
          await line(A.handle, "card", 10_000 * i, 1_000 * i)
          await line(B.handle, i % 2 ? "card" : "cash", 20_000, 2_000)
        }
        const expected = 9_000 * 21 + (18_000 * 3 - 2_000 * 3)
        for (let round = 0; round < 3; round++) {
          const responses = await Promise.all([settle(api.post("/admin/payouts", {}, admin)), settle(api.post("/admin/payouts", {}, admin))])
          expect(responses.map((r) => r.status)).toEqual([200, 200])
          if (round > 0) expect(responses.every((r) => r.data.payout === null)).toBe(true)
        }
        const batches = (await api.get("/admin/payouts", admin)).data.payouts
        expect(batches).toHaveLength(1)
        expect(batches[0].total).toBe(expected)
        expect(await linesOf(batches[0].id)).toHaveLength(12)
        expect(await linesOf(null)).toHaveLength(0)
      })
    })
  },
})
