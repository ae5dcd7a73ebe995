import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { splitOrderBySellerWorkflow } from "../workflows/order/split-order"

/**
 * Safety net for orders placed without POST /store/carts/:id/complete (e.g. Medusa's payment
 * webhook completing the cart): every placed order gets its seller orders. For orders placed
 * through the store route the split already happened and this finds nothing to do.
 */
export default async function splitPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await splitOrderBySellerWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Could not split order ${event.data.id} by seller: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "sentra-split-placed-order" },
}
