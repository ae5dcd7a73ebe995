import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type { TicketStatus } from "../../../modules/seller/models"
import type SellerModuleService from "../../../modules/seller/service"
import type { Actor } from "../../seller/types"
import { isReleased } from "../ticket-rules"

export interface SetTicketStatusInput {
  ticket_id: string
  from_status: TicketStatus
  previous_reason: string | null
  to_status: TicketStatus
  reason?: string | null
  actor: Actor
}

/** Moves a ticket to its new status and records the event (who, when, from → to, why). */
export const setTicketStatusStep = createStep(
  "set-ticket-status",
  async (input: SetTicketStatusInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const reason = input.reason?.trim() || null
    // One transaction: the ticket moves only if its event is written.
    const { ticket, event } = await service.moveTicketStatus({
      ticket_id: input.ticket_id,
      from_status: input.from_status,
      to_status: input.to_status,
      reason,
      // The ticket keeps the reason of a decline/cancel; any other reason lives on the event only.
      ...(isReleased(input.to_status) ? { ticket_reason: reason } : {}),
      actor: input.actor,
    })
    return new StepResponse(ticket, { input, event_id: event.id })
  },
  async (data, { container }) => {
    if (!data) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteOrderTicketEvents(data.event_id)
    await service.updateOrderTickets({ id: data.input.ticket_id, status: data.input.from_status, reason: data.input.previous_reason })
  }
)
