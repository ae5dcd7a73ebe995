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

const revertTicket = (service: SellerModuleService, input: SetTicketStatusInput) =>
  service.updateOrderTickets({ id: input.ticket_id, status: input.from_status, reason: input.previous_reason })

/** Moves a ticket to its new status and records the event (who, when, from → to, why). */
export const setTicketStatusStep = createStep(
  "set-ticket-status",
  async (input: SetTicketStatusInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const reason = input.reason?.trim() || null
    // The ticket keeps the reason of a decline/cancel; any other reason lives on the event only.
    const ticket = await service.updateOrderTickets({
      id: input.ticket_id,
      status: input.to_status,
      ...(isReleased(input.to_status) ? { reason } : {}),
    })
    const event = await service
      .createOrderTicketEvents({
        ticket_id: input.ticket_id,
        from_status: input.from_status,
        to_status: input.to_status,
        reason,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
      })
      .catch(async (error) => {
        // A failing step is not compensated: undo its own first write before failing.
        await revertTicket(service, input)
        throw error
      })
    return new StepResponse(ticket, { input, event_id: event.id })
  },
  async (data, { container }) => {
    if (!data) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteOrderTicketEvents(data.event_id)
    await revertTicket(service, data.input)
  }
)
