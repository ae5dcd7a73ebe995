import { describe, expect, it } from "vitest"

// env.server.ts validates process.env when first imported; give it a valid key for that.
process.env.MEDUSA_PUBLISHABLE_KEY ??= "pk_unit_test"
const { cardReturnNotice, cardReturnPath, CheckoutError, readPartFields } = await import("./checkout.server")
const { readyDateWindow } = await import("@sentra/vocabulary")

describe("coming back from a card payment that placed nothing", () => {
  it("names the reason in the checkout URL and reads it back as the shopper's message", () => {
    for (const key of ["checkout.error.card", "checkout.error.stock", "checkout.error.unavailable", "checkout.error.busy", "checkout.error.generic"] as const) {
      const path = cardReturnPath(new CheckoutError(key))
      expect(path).toMatch(/^\/checkout\?kartu=[a-z-]+$/)
      expect(cardReturnNotice(new URL(path, "http://localhost").searchParams.get("kartu"))).toBe(key)
    }
  })

  it("says the card was not charged for any other refusal, and nothing for an unknown or missing reason", () => {
    expect(cardReturnPath(new CheckoutError("checkout.error.payment"))).toBe("/checkout?kartu=gagal")
    expect(cardReturnNotice("gagal")).toBe("checkout.error.card")
    expect(cardReturnNotice("toString")).toBeNull()
    expect(cardReturnNotice("<script>")).toBeNull()
    expect(cardReturnNotice(null)).toBeNull()
  })
})

describe("each seller's note and pre-order date in the checkout form", () => {
  const sellers = [{ id: "sel_kitchen", leadTimeDays: 0 }, { id: "sel_batik", leadTimeDays: 3 }]
  const window = readyDateWindow(3)!
  const form = (fields: Record<string, string>) => new URLSearchParams(fields) as unknown as FormData

  it("reads a note for every seller and the date only for the pre-order seller", () => {
    const { parts, errors } = readPartFields(
      form({ "note:sel_kitchen": " tidak pedas ", "ready_date:sel_batik": window.min, "ready_date:sel_kitchen": "2026-01-01" }),
      sellers
    )
    expect(parts).toEqual({ sel_kitchen: { note: "tidak pedas", readyDate: "" }, sel_batik: { note: "", readyDate: window.min } })
    expect(errors).toEqual({})
  })

  it("names the field of the part that is wrong: a missing or out-of-window date, a note over 280 characters", () => {
    expect(readPartFields(form({}), sellers).errors).toEqual({ sel_batik: { readyDate: "checkout.error.readyDateRequired" } })
    const { errors } = readPartFields(form({ "note:sel_kitchen": "a".repeat(281), "ready_date:sel_batik": window.max.replace(/\d$/, "x") }), sellers)
    expect(errors).toEqual({ sel_kitchen: { note: "checkout.error.note" }, sel_batik: { readyDate: "checkout.error.readyDateRange" } })
    const early = readPartFields(form({ "ready_date:sel_batik": readyDateWindow(1)!.min }), sellers).errors
    expect(early).toEqual({ sel_batik: { readyDate: "checkout.error.readyDateRange" } })
  })
})
