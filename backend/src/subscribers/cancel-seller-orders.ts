import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"
import { TICKET_TRANSITIONS } from "../workflows/order/ticket-rules"
import { updateTicketStatusWorkflow } from "../workflows/order/update-ticket-status"
import { childOrderIds } from "../lib/queries/seller-orders"

export const PARENT_CANCELED_REASON = "Pesanan pembeli dibatalkan"

/**
 * When a shopper's order is canceled (e.g. by city staff in Medusa Admin), its sellers must stop
 * cooking: every seller order still open is cancelled (event, `seller_order.cancelled`, seller
 * order canceled). Parts already completed, declined or cancelled are left as they are.
 */
export default async function cancelSellerOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  const ids = await childOrderIds(container, event.data.id)
  if (!ids.length) {
    return
  }
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const open = (await service.listOrderTickets({ order_id: ids })).filter((t) =>
    TICKET_TRANSITIONS[t.status].includes("cancelled")
  )
  for (const ticket of open) {
    try {
      await updateTicketStatusWorkflow(container).run({
        input: {
          order_id: ticket.order_id,
          seller_id: ticket.seller_id,
          status: "cancelled",
          reason: PARENT_CANCELED_REASON,
          actor: { type: "system", id: "order.canceled" },
        },
      })
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`Could not cancel seller order ${ticket.order_id}: ${(error as Error).message}`)
    }
  }
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "sentra-cancel-seller-orders" },
}
