import { model } from "@medusajs/framework/utils"
import OrderTicket from "./order-ticket"

/** One transition of a ticket: who (actor), when (created_at), from → to, and why. */
const OrderTicketEvent = model.define("order_ticket_event", {
  id: model.id({ prefix: "tktev" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text(),
  ticket: model.belongsTo(() => OrderTicket, { mappedBy: "events" }),
})

export default OrderTicketEvent
