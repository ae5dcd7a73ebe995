import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"
import { TICKET_TRANSITIONS } from "../workflows/order/ticket-rules"
import { updateTicketStatusWorkflow } from "../workflows/order/update-ticket-status"
import { childOrderIds } from "../lib/queries/seller-orders"

export const PARENT_CANCELED_REASON = "Pesanan pembeli dibatalkan"
export const STAFF_CANCELED_REASON = "Dibatalkan oleh petugas kota"

/**
 * An order was canceled outside the kitchen flow (e.g. by city staff in Medusa Admin):
 * - the shopper's order: its sellers must stop cooking, so every seller order still open is
 *   cancelled (event, `seller_order.cancelled`, seller order canceled). Parts already completed,
 *   declined or cancelled are left as they are.
 * - one seller's order: its ticket is cancelled the same way a seller cancels it, so the part's
 *   stock and money are released on the shopper's order.
 */
export default async function cancelSellerOrders({ event, container }: SubscriberArgs<{ id: string }>) {
  const children = await childOrderIds(container, event.data.id)
  const ids = children.length ? children : [event.data.id]
  const reason = children.length ? PARENT_CANCELED_REASON : STAFF_CANCELED_REASON
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
          reason,
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
