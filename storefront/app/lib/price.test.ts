import { describe, expect, it } from "vitest"
import { cheapestVariantPrice } from "./price"

const variant = (amount: number | null | undefined) => ({
  calculated_price: amount === undefined ? undefined : { calculated_amount: amount },
})

describe("cheapestVariantPrice", () => {
  it("picks the cheapest variant, in whole Rupiah as stored", () => {
    expect(cheapestVariantPrice([variant(45000), variant(25000), variant(30000)])).toBe(25000)
  })

  it("skips variants without a price", () => {
    expect(cheapestVariantPrice([variant(null), variant(undefined), variant(18000)])).toBe(18000)
    expect(cheapestVariantPrice([{ calculated_price: null }, variant(12000)])).toBe(12000)
  })

  it("is null when no variant has a price", () => {
    expect(cheapestVariantPrice([variant(null), variant(undefined)])).toBeNull()
    expect(cheapestVariantPrice([])).toBeNull()
    expect(cheapestVariantPrice(null)).toBeNull()
    expect(cheapestVariantPrice(undefined)).toBeNull()
  })

  it("keeps a free variant (0) as the cheapest", () => {
    expect(cheapestVariantPrice([variant(5000), variant(0)])).toBe(0)
  })
})
