import type { TicketStatus } from "../../modules/seller/models"
import type { Actor } from "../seller/types"

/** Emitted once per seller order created by the split (data: SellerOrderEventData). */
export const SELLER_ORDER_RECEIVED_EVENT = "seller_order.received"

/** `seller_order.preparing`, `.ready`, `.completed`, `.declined`, `.cancelled`. */
export const sellerOrderEvent = (status: TicketStatus) => `seller_order.${status}`

export interface SellerOrderEventData {
  /** The seller's (child) order. */
  id: string
  parent_order_id: string
  seller_id: string
  ticket_id: string
  from_status: TicketStatus | null
  to_status: TicketStatus
  reason: string | null
  actor_type: Actor["type"] | "customer"
  actor_id: string
}

/** Metadata keys Sentra writes on Medusa orders and their line items. */
export const ORDER_METADATA = {
  /** On a seller (child) order: the shopper's (parent) order it was split from. */
  parentOrderId: "parent_order_id",
  /** On a seller order: the seller it belongs to (the seller ↔ order link is the source of truth). */
  sellerId: "seller_id",
  /** On a seller order's line item: the parent order's line item (which holds the reservation). */
  parentLineItemId: "parent_line_item_id",
  /** On a parent order: total of the seller parts released while the payment was only authorized. */
  releasedAmount: "released_amount",
  /**
   * On a cart and the parent order Medusa makes of it: what the shopper told each seller, by seller
   * id (`{ [seller_id]: { note, ready_date } }`), written by POST /store/carts/:id/part-details and
   * checked again when the cart completes (docs/decisions/100-part-notes.md).
   */
  partDetails: "part_details",
  /** On a seller order: the shopper's note for the seller, copied by the split (validated). */
  note: "note",
  /** On a seller order: the pre-order ready date (`YYYY-MM-DD`, WIB), copied by the split (validated). */
  readyDate: "ready_date",
} as const

export interface UpdateTicketStatusInput {
  /** The seller (child) order. */
  order_id: string
  /** From the caller's seller scope, never from the request. */
  seller_id: string
  status: "preparing" | "ready" | "completed" | "declined" | "cancelled"
  reason?: string | null
  pickup_code?: string | null
  actor: Actor
}

/** One seller part's note and ready date as the shopper sends them (POST /store/carts/:id/part-details). */
export interface PartDetailInput {
  seller_id: string
  note?: string | null
  ready_date?: string | null
}
