import { model } from "@medusajs/framework/utils"
import OrderTicketEvent from "./order-ticket-event"

export const TICKET_STATUSES = ["received", "preparing", "ready", "completed", "declined", "cancelled"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

/**
 * The seller's kitchen ticket for one seller order (a Medusa order linked to the seller):
 * received → preparing → ready → completed, or declined / cancelled with a reason.
 */
const OrderTicket = model
  .define("order_ticket", {
    id: model.id({ prefix: "tkt" }).primaryKey(),
    order_id: model.text(),
    /** The shopper's order this seller order was split from: one ticket per seller per shopper's order. */
    parent_order_id: model.text().nullable(),
    seller_id: model.text(),
    status: model.enum([...TICKET_STATUSES]).default("received"),
    fulfillment_type: model.enum(["pickup", "delivery"]).default("pickup"),
    pickup_code: model.text(),
    reason: model.text().nullable(),
    events: model.hasMany(() => OrderTicketEvent, { mappedBy: "ticket" }),
  })
  .cascades({ delete: ["events"] })
  .indexes([
    { name: "IDX_order_ticket_order_unique", on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_order_ticket_seller_status", on: ["seller_id", "status"] },
    {
      name: "IDX_order_ticket_parent_seller_unique",
      on: ["parent_order_id", "seller_id"],
      unique: true,
      where: "deleted_at IS NULL AND parent_order_id IS NOT NULL",
    },
  ])

export default OrderTicket
