import { describe, expect, it } from "vitest"

// env.server.ts validates process.env when first imported; give it a valid key for that.
process.env.MEDUSA_PUBLISHABLE_KEY ??= "pk_unit_test"
const { cardReturnNotice, cardReturnPath, CheckoutError } = await import("./checkout.server")

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
