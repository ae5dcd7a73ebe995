import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { loadSellerOrders, sellerOrderPart, type TicketRow } from "../../../lib/queries/seller-orders"

type Order = Parameters<typeof sellerOrderPart>[1]

/**
 * A seller order as its seller sees it. The pickup code is never shown to the seller: the shopper
 * shows it at the counter. The shopper's phone is shown for pickup orders only (deliveries go
 * through the city courier).
 */
export function vendorOrderView(ticket: TicketRow, order: Order) {
  const pickup = ticket.fulfillment_type === "pickup"
  return {
    ...sellerOrderPart(ticket, order),
    customer: {
      first_name: (order.shipping_address?.first_name as string | undefined) ?? null,
      phone: pickup ? ((order.shipping_address?.phone as string | undefined) ?? null) : null,
    },
  }
}

/** The seller's tickets, newest first, as vendor order views. */
export async function listVendorOrders(
  container: MedusaContainer,
  sellerId: string,
  params: { status?: TicketRow["status"][]; limit: number; offset: number }
) {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const [tickets, count] = await service.listAndCountOrderTickets(
    { seller_id: sellerId, ...(params.status ? { status: params.status } : {}) },
    { order: { created_at: "DESC", id: "DESC" }, skip: params.offset, take: params.limit }
  )
  const orders = await loadSellerOrders(container, tickets.map((t) => t.order_id))
  return {
    orders: tickets.filter((t) => orders.has(t.order_id)).map((t) => vendorOrderView(t, orders.get(t.order_id)!)),
    count,
  }
}

/** One of the seller's orders with its ticket history; 404 when it is not this seller's. */
export async function retrieveVendorOrder(container: MedusaContainer, sellerId: string, orderId: string) {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const [ticket] = await service.listOrderTickets({ order_id: orderId, seller_id: sellerId }, { relations: ["events"] })
  const order = ticket && (await loadSellerOrders(container, [orderId])).get(orderId)
  if (!ticket || !order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)
  }
  const events = [...(ticket.events ?? [])]
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .map((e) => ({
      from_status: e.from_status,
      to_status: e.to_status,
      reason: e.reason,
      actor_type: e.actor_type,
      actor_id: e.actor_id,
      created_at: e.created_at,
    }))
  return { ...vendorOrderView(ticket, order), events }
}
