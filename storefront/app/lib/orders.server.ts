import { medusa } from "~/lib/medusa.server"
import type { PartStatus } from "~/lib/order-status"

export type PartPaymentState = "paid" | "awaiting_cash" | "refunded" | "not_charged" | "refund_pending" | "capture_pending"

/** A seller's part of the shopper's order, as the order page renders it. */
export interface OrderPart {
  id: string
  displayId: number
  status: PartStatus
  fulfillmentType: "pickup" | "delivery"
  reason: string | null
  total: number
  pickupCode: string | null
  /** The part's money (backend: partPaymentState). */
  payment: PartPaymentState
  /** The shopper's note for the seller. */
  note: string | null
  /** Pre-order: the day the part is ready (`YYYY-MM-DD`, WIB). */
  readyDate: string | null
  items: { id: string; title: string; variantTitle: string | null; quantity: number; total: number }[]
  seller: { handle: string; name: string; pickupAddress: string | null; district: string | null }
}

export interface OrderGroup {
  id: string
  displayId: number
  createdAt: string
  email: string
  shippingMethod: string | null
  itemTotal: number
  shippingTotal: number
  releasedTotal: number
  payableTotal: number
  parts: OrderPart[]
}

export type ApiPart = {
  id: string
  display_id: number
  status: OrderPart["status"]
  fulfillment_type: OrderPart["fulfillmentType"]
  reason: string | null
  total: number
  pickup_code?: string | null
  payment: { state: PartPaymentState }
  note?: string | null
  ready_date?: string | null
  items: { id: string; title: string; variant_title: string | null; quantity: number; total: number }[]
  seller: { handle: string; name: string; pickup_address: string | null; district?: { name: string } | null }
}

/** A part as the order page renders it. */
export function toOrderPart(p: ApiPart): OrderPart {
  return {
    id: p.id,
    displayId: p.display_id,
    status: p.status,
    fulfillmentType: p.fulfillment_type,
    reason: p.reason,
    total: Number(p.total),
    // The code is what the shopper shows at the counter: gone once the part is handed over or released.
    pickupCode: ["completed", "declined", "cancelled"].includes(p.status) ? null : (p.pickup_code ?? null),
    payment: p.payment.state,
    note: p.note ?? null,
    readyDate: p.ready_date ?? null,
    items: p.items.map((i) => ({ id: i.id, title: i.title, variantTitle: i.variant_title, quantity: i.quantity, total: Number(i.total) })),
    seller: { handle: p.seller.handle, name: p.seller.name, pickupAddress: p.seller.pickup_address, district: p.seller.district?.name ?? null },
  }
}

/** The shopper's order with its parts, proven by the order's email; null when not proven or unknown. */
export async function orderGroup(id: string, email: string): Promise<OrderGroup | null> {
  try {
    const { order_group: g } = await medusa.client.fetch<{ order_group: Record<string, unknown> & { parts: ApiPart[] } }>(
      `/store/order-groups/${encodeURIComponent(id)}`,
      { query: { email } }
    )
    return {
      id: String(g.id),
      displayId: Number(g.display_id),
      createdAt: String(g.created_at),
      email: String(g.email),
      shippingMethod: (g.shipping_method as string | null) ?? null,
      itemTotal: Number(g.item_total),
      shippingTotal: Number(g.shipping_total),
      releasedTotal: Number(g.released_total),
      payableTotal: Number(g.payable_total),
      parts: g.parts.map(toOrderPart),
    }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404 || status === 400 || status === 401) return null
    throw error
  }
}
