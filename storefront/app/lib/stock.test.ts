import { describe, expect, it } from "vitest"
import { isAvailable, stockLevel, totalStock } from "./stock"

describe("stock", () => {
  it("says sold out, low (≤ 5) or available", () => {
    expect(stockLevel({ kind: "count", count: 0 })).toBe("soldOut")
    expect(stockLevel({ kind: "count", count: 2 })).toBe("low")
    expect(stockLevel({ kind: "count", count: 5 })).toBe("low")
    expect(stockLevel({ kind: "count", count: 6 })).toBe("available")
    expect(stockLevel({ kind: "unlimited" })).toBe("available")
  })

  it("adds up variants; one unlimited variant makes the product unlimited", () => {
    expect(totalStock([{ kind: "count", count: 2 }, { kind: "count", count: 0 }])).toEqual({ kind: "count", count: 2 })
    expect(totalStock([{ kind: "count", count: 0 }, { kind: "unlimited" }])).toEqual({ kind: "unlimited" })
    expect(isAvailable(totalStock([]))).toBe(false)
  })
})
