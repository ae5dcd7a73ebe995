import { describe, expect, it } from "vitest"
import { ledgerRows, payoutAccountState, payoutRows, saldoSummary, shownCount, wibTime, type VendorLedgerLine } from "./saldo"

const line = (id: string, method: "cash" | "card", gross: number, fee: number, settled_at: string, payout_batch_id: string | null = null): VendorLedgerLine => ({
  id, order_id: `order_${id}`, method, gross, fee, net: gross - fee, settled_at, payout_batch_id,
})

// Oldest first, as GET /vendor/ledger lists them: 5% fee, whole Rupiah.
const LINES = [
  line("a", "card", 120_000, 6_000, "2026-12-01T03:00:00.000Z", "batch_1"),
  line("b", "cash", 45_500, 2_275, "2026-12-01T05:00:00.000Z", "batch_1"),
  line("c", "card", 87_250, 4_363, "2026-12-02T10:30:00.000Z"),
  line("d", "cash", 64_000, 3_200, "2026-12-03T01:15:00.000Z"),
  line("e", "card", 25_000, 1_250, "2026-12-03T16:59:00.000Z"),
  line("f", "cash", 19_999, 1_000, "2026-12-04T02:00:00.000Z"),
]

describe("saldoSummary", () => {
  it("sums card net and cash fees of unbatched lines only, to the Rupiah", () => {
    expect(saldoSummary(LINES, [])).toEqual({
      cardNetOwed: 82_887 + 23_750,
      cashFeeOwed: 3_200 + 1_000,
      balance: 106_637 - 4_200,
      pendingPayouts: 0,
    })
  })

  it("is negative when the seller's cash fees outweigh what the city holds", () => {
    const cashOnly = [line("x", "cash", 200_000, 10_000, "2026-12-01T00:00:00.000Z"), line("y", "card", 5_000, 250, "2026-12-01T01:00:00.000Z")]
    expect(saldoSummary(cashOnly, []).balance).toBe(4_750 - 10_000)
  })

  it("adds up payouts still waiting for the transfer", () => {
    expect(saldoSummary([], [{ status: "pending", amount: 112_225 }, { status: "paid", amount: 50_000 }, { status: "pending", amount: 1 }]).pendingPayouts).toBe(112_226)
  })

  it("is all zero without lines", () => {
    expect(saldoSummary([], [])).toEqual({ cardNetOwed: 0, cashFeeOwed: 0, balance: 0, pendingPayouts: 0 })
  })
})

describe("ledgerRows", () => {
  it("lists the newest first with Rupiah amounts, the order's number when known and whether it is paid out", () => {
    const { rows, more } = ledgerRows(LINES, new Map([["order_d", 1042]]))
    expect(more).toBe(false)
    expect(rows.map((r) => r.id)).toEqual(["f", "e", "d", "c", "b", "a"])
    expect(rows[2]).toEqual({
      id: "d", orderId: "order_d", orderNumber: 1042, settledAt: "2026-12-03T01:15:00.000Z",
      methodKey: "mitra.saldo.method.cash", gross: "Rp 64.000", fee: "Rp 3.200", net: "Rp 60.800", paidOut: false,
    })
    expect(rows[0].orderNumber).toBeNull()
    expect(rows.map((r) => r.paidOut)).toEqual([false, false, false, false, true, true])
    expect(rows[3].methodKey).toBe("mitra.saldo.method.card")
  })

  it("caps at the number shown and says there are more", () => {
    const { rows, more } = ledgerRows(LINES, new Map(), 4)
    expect(rows.map((r) => r.id)).toEqual(["f", "e", "d", "c"])
    expect(more).toBe(true)
  })
})

describe("payoutRows", () => {
  it("keeps the newest-first order and says which are transferred, with the reference", () => {
    const base = { lines: 3, bank_name: "BCA", account_number: "1234567890", created_at: "2026-12-01T02:00:00.000Z" }
    expect(payoutRows([
      { ...base, batch_id: "b2", status: "pending", amount: 102_437, paid_at: null, transfer_reference: null },
      { ...base, batch_id: "b1", status: "paid", amount: 1_500_000, paid_at: "2026-12-02T03:00:00.000Z", transfer_reference: "TRF-77" },
    ])).toEqual([
      { id: "b2", paid: false, amount: "Rp 102.437", orders: 3, bank: "BCA", accountNumber: "1234567890", createdAt: base.created_at, paidAt: null, reference: null },
      { id: "b1", paid: true, amount: "Rp 1.500.000", orders: 3, bank: "BCA", accountNumber: "1234567890", createdAt: base.created_at, paidAt: "2026-12-02T03:00:00.000Z", reference: "TRF-77" },
    ])
  })
})

describe("shownCount", () => {
  it("reads ?tampil= as whole pages of 50 lines, at least one", () => {
    expect([null, "", "abc", "-5", "10", "50", "51", "100", "120.5"].map(shownCount)).toEqual([50, 50, 50, 50, 50, 50, 100, 100, 50])
  })
})

describe("wibTime", () => {
  it("shows the time in WIB (UTC+7), across midnight", () => {
    expect(wibTime("2026-12-03T16:59:00.000Z", "id")).toBe("3 Des 2026 23.59 WIB")
    expect(wibTime("2026-12-03T17:01:00.000Z", "en")).toBe("4 Dec 2026 00:01 WIB")
  })
})

describe("payoutAccountState", () => {
  it("is missing without an account, else the account's verification", () => {
    expect(payoutAccountState(null)).toBe("missing")
    expect(payoutAccountState({ status: "rejected" })).toBe("rejected")
  })
})
