import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { isReleased } from "../../../workflows/order/ticket-rules"
import { ORDER_METADATA } from "../../../workflows/order/types"
import { childOrderIds, loadPartSellers, loadSellerOrders, partSeller, sellerOrderPart } from "../../../lib/queries/seller-orders"

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- query.graph rows

export interface Requester {
  /** The signed-in customer, if any. */
  customer_id?: string
  /** The email given as proof for a guest order. */
  email?: string
}

const notFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Order group ${id} not found`)

/**
 * Who may see an order group: orders of a registered customer only that customer (signed in);
 * guest orders whoever knows both the order id and its email. Anyone else gets the same 404 as
 * for an order that doesn't exist.
 */
function assertOwner(parent: Row, requester: Requester) {
  if (parent.customer?.has_account) {
    if (!requester.customer_id) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Masuk sebagai pelanggan untuk melihat pesanan ini")
    }
    if (requester.customer_id !== parent.customer_id) {
      throw notFound(parent.id)
    }
    return
  }
  if (!requester.email || requester.email.toLowerCase() !== String(parent.email ?? "").toLowerCase()) {
    throw notFound(parent.id)
  }
}

/** The shopper's order with its per-seller parts (GET /store/order-groups/:id); `fields` of the parent: query-config.ts. */
export async function retrieveOrderGroup(
  container: MedusaContainer,
  orderId: string,
  requester: Requester,
  fields: string[]
) {
  const { result: parent } = await getOrderDetailWorkflow(container).run({
    input: { order_id: orderId, fields, filters: { is_draft_order: false } },
  })
  const order = parent as unknown as Row
  if (order.metadata?.[ORDER_METADATA.parentOrderId]) {
    throw notFound(orderId)
  }
  assertOwner(order, requester)

  const ids = await childOrderIds(container, order.id)
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const tickets = ids.length ? await service.listOrderTickets({ order_id: ids }) : []
  const children = await loadSellerOrders(container, ids)
  const sellers = await loadPartSellers(container, tickets.map((t) => t.seller_id))

  const parts = tickets
    .filter((t) => children.has(t.order_id))
    .map((ticket) => {
      const seller = sellers.get(ticket.seller_id)
      const pickup = ticket.fulfillment_type === "pickup"
      return {
        ...sellerOrderPart(ticket, children.get(ticket.order_id)!),
        pickup_code: pickup && !isReleased(ticket.status) ? ticket.pickup_code : null,
        seller: seller
          ? { ...partSeller(seller), pickup_address: pickup ? ((seller.pickup_address as string | null) ?? null) : null }
          : null,
      }
    })
    .sort((a, b) => a.display_id - b.display_id)

  const itemTotal = Number(order.item_total)
  const shippingTotal = Number(order.shipping_total)
  // Each part's total includes its own delivery fee: what is released is the sum of released parts.
  const releasedTotal = parts
    .filter((p) => isReleased(p.status))
    .reduce<ReturnType<typeof MathBN.convert>>((sum, p) => MathBN.add(sum, p.total), MathBN.convert(0))
    .toNumber()
  const placedTotal = itemTotal + shippingTotal

  return {
    id: order.id as string,
    display_id: order.display_id as number,
    created_at: order.created_at as string,
    status: order.status as string,
    payment_status: order.payment_status as string,
    email: order.email as string,
    currency_code: order.currency_code as string,
    shipping_method: (order.shipping_methods?.[0]?.name as string | undefined) ?? null,
    item_total: itemTotal,
    shipping_total: shippingTotal,
    placed_total: placedTotal,
    released_total: releasedTotal,
    payable_total: placedTotal - releasedTotal,
    parts,
  }
}
