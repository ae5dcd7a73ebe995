import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_METADATA } from "../types"

/**
 * The shopper's (parent) order a seller order was split from — or the order itself when it has
 * none — so that updates of sibling parts can be serialized on one lock (read-only).
 */
export const resolveParentOrderStep = createStep("resolve-parent-order", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: input.order_id } })
  const parentId = (data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata?.[ORDER_METADATA.parentOrderId]
  return new StepResponse(typeof parentId === "string" ? parentId : input.order_id)
})
