import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_METADATA } from "../types"

/**
 * Adds a released seller part to the parent order's `metadata.released_amount`: the part of the
 * one payment that must not be captured (or was refunded). Capture = total − released_amount.
 */
export const markReleasedAmountStep = createStep(
  "mark-released-amount",
  async (input: { order_id: string; amount: number }, { container }) => {
    const service = container.resolve(Modules.ORDER)
    const order = await service.retrieveOrder(input.order_id, { select: ["id", "metadata"] })
    const previous = order.metadata ?? {}
    const released = MathBN.add(MathBN.convert((previous[ORDER_METADATA.releasedAmount] as number) ?? 0), input.amount)
    await service.updateOrders(input.order_id, {
      metadata: { ...previous, [ORDER_METADATA.releasedAmount]: released.toNumber() },
    })
    return new StepResponse(released.toNumber(), { order_id: input.order_id, previous })
  },
  async (data, { container }) => {
    if (!data) {
      return
    }
    await container.resolve(Modules.ORDER).updateOrders(data.order_id, { metadata: data.previous })
  }
)
