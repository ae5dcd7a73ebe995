import { describe, expect, it } from "vitest"
import { toCsv } from "../lib/csv"
import { ledgerTotals } from "../lib/queries/ledger"
import { partPaymentState } from "../lib/queries/seller-orders"
import { platformFeePercent, splitGross } from "../workflows/order/steps/record-ledger-entry"
import { regionPaymentProviders } from "../config"

describe("platform fee", () => {
  it("is 0 unless SENTRA_PLATFORM_FEE_PERCENT says otherwise, and refuses nonsense", () => {
    expect(platformFeePercent({})).toBe(0)
    expect(platformFeePercent({ SENTRA_PLATFORM_FEE_PERCENT: " 2.5 " })).toBe(2.5)
    for (const bad of ["-1", "101", "lima", "2,5"]) {
      expect(() => platformFeePercent({ SENTRA_PLATFORM_FEE_PERCENT: bad }), bad).toThrow(/0 to 100/)
    }
  })

  it("splits a gross amount into a whole-Rupiah fee and the rest", () => {
    expect(splitGross(95_000, 0)).toEqual({ fee: 0, net: 95_000 })
    expect(splitGross(95_000, 2.5)).toEqual({ fee: 2_375, net: 92_625 })
    expect(splitGross(25_500, 3)).toEqual({ fee: 765, net: 24_735 })
    expect(splitGross(10_001, 2.5)).toEqual({ fee: 250, net: 9_751 })
    const { fee, net } = splitGross(33_333, 7)
    expect(Number.isInteger(fee) && fee + net === 33_333).toBe(true)
  })
})

describe("ledger totals", () => {
  it("says who owes whom: card net is owed to the seller, a cash part's fee to the city", () => {
    const totals = ledgerTotals([
      { method: "card", gross: 100_000, fee: 2_000, net: 98_000 },
      { method: "cash", gross: 50_000, fee: 1_000, net: 49_000 },
      { method: "cash", gross: 20_000, fee: 0, net: 20_000 },
    ])
    expect(totals).toEqual({
      parts: 3,
      gross: 170_000,
      fee: 3_000,
      net: 167_000,
      cash_received_by_seller: 70_000,
      card_received_by_city: 100_000,
      balance_owed_to_seller: 97_000,
    })
    // Reconciles: what the city received − what it owes the sellers = the fees.
    expect(totals.card_received_by_city - totals.balance_owed_to_seller).toBe(totals.fee)
    expect(ledgerTotals([]).parts).toBe(0)
  })
})

describe("money state of a seller part", () => {
  it("names cash waiting for handover, paid, refunded and not charged", () => {
    expect(partPaymentState("received", "cash")).toBe("awaiting_cash")
    expect(partPaymentState("ready", "cash")).toBe("awaiting_cash")
    expect(partPaymentState("completed", "cash")).toBe("paid")
    expect(partPaymentState("declined", "cash")).toBe("not_charged")
    expect(partPaymentState("preparing", "card")).toBe("paid")
    expect(partPaymentState("cancelled", "card")).toBe("refunded")
    // An open payment issue: nothing shows as paid or refunded before it is.
    expect(partPaymentState("declined", "card", "refund")).toBe("refund_pending")
    expect(partPaymentState("cancelled", "card", "cancel_order")).toBe("refund_pending")
    expect(partPaymentState("completed", "cash", "capture")).toBe("capture_pending")
    expect(partPaymentState("declined", "cash", "cancel_order")).toBe("not_charged")
  })
})

describe("payment providers of the region", () => {
  it("offers cash unless SENTRA_CASH=off, and card when STRIPE_API_KEY is set", () => {
    expect(regionPaymentProviders({})).toEqual(["pp_cash_cash"])
    expect(regionPaymentProviders({ STRIPE_API_KEY: "sk_test_x" })).toEqual(["pp_cash_cash", "pp_stripe_stripe"])
    expect(regionPaymentProviders({ STRIPE_API_KEY: "sk_test_x", SENTRA_CASH: "OFF" })).toEqual(["pp_stripe_stripe"])
  })
})

describe("CSV", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas typed by sellers", () => {
    expect(toCsv(["name", "amount"], [["Batik \"Ibu\", Coblong", 25000], ["=HYPERLINK(\"x\")", -1], [null, 0]])).toBe(
      'name,amount\r\n"Batik ""Ibu"", Coblong",25000\r\n"\'=HYPERLINK(""x"")",-1\r\n,0\r\n'
    )
  })
})
