import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes seller orders a cut-off split created but never recorded (no ticket, never seen by a
 * seller or the shopper) when the seller already has its order (reconcileChildren). Not
 * compensated: they are leftovers, not part of this split.
 */
export const discardSellerOrdersStep = createStep("discard-seller-orders", async (orderIds: string[], { container }) => {
  await container.resolve(Modules.ORDER).deleteOrders(orderIds)
  return new StepResponse(orderIds)
})
