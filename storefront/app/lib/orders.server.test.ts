import { describe, expect, it } from "vitest"
import type { ApiPart } from "./orders.server"

// env.server.ts validates process.env when first imported; give it a valid key for that.
process.env.MEDUSA_PUBLISHABLE_KEY ??= "pk_unit_test"
const { toOrderPart } = await import("./orders.server")

const part = (status: ApiPart["status"]): ApiPart => ({
  id: "order_1",
  display_id: 7,
  status,
  fulfillment_type: "pickup",
  reason: null,
  total: 25000,
  pickup_code: "K7P2Q",
  payment: { state: "awaiting_cash" },
  items: [],
  seller: { handle: "dapur-bu-imas", name: "Dapur Bu Imas", pickup_address: "Jl. Dago 10", district: { name: "Coblong" } },
})

describe("an order part's pickup code", () => {
  it.each(["received", "preparing", "ready"] as const)("is shown while the part is %s", (status) => {
    expect(toOrderPart(part(status)).pickupCode).toBe("K7P2Q")
  })

  it.each(["completed", "declined", "cancelled"] as const)("is gone once the part is %s", (status) => {
    expect(toOrderPart(part(status)).pickupCode).toBeNull()
  })
})
