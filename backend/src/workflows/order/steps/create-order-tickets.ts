import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { Actor } from "../../seller/types"
import { generatePickupCode } from "../ticket-rules"

export interface CreateOrderTicketsInput {
  tickets: { order_id: string; parent_order_id: string; seller_id: string; fulfillment_type: "pickup" | "delivery" }[]
  actor: Actor
}

/** One kitchen ticket per seller order, status "received", with a pickup code and its first event. */
export const createOrderTicketsStep = createStep(
  "create-order-tickets",
  async (input: CreateOrderTicketsInput, { container }) => {
    if (!input.tickets.length) {
      return new StepResponse([], [])
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    // One transaction: a ticket whose first event fails to write is not left behind.
    const tickets = await service.createTicketsWithFirstEvents(
      input.tickets.map((ticket) => ({
        ...ticket,
        status: "received" as const,
        // Delivery tickets get a code too: the courier can use it at handover.
        pickup_code: generatePickupCode(),
      })),
      input.actor
    )
    return new StepResponse(
      tickets,
      tickets.map((t) => t.id)
    )
  },
  async (ticketIds, { container }) => {
    if (!ticketIds?.length) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    // Hard delete (events cascade): a compensated split leaves no ticket behind.
    await service.deleteOrderTickets(ticketIds)
  }
)
