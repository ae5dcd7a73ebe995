import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrdersStep,
  completeOrdersStep,
  createOrderFulfillmentWorkflow,
  deleteReservationsByLineItemsStep,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { markReleasedAmountStep } from "./steps/mark-released-amount"
import { moveMoneyStep } from "./steps/move-money"
import { moneyMoveOf, prepareTicketUpdateStep } from "./steps/prepare-ticket-update"
import { recordLedgerEntryStep } from "./steps/record-ledger-entry"
import { resolveParentOrderStep } from "./steps/resolve-parent-order"
import { setTicketStatusStep } from "./steps/set-ticket-status"
import { sellerOrderEvent, type SellerOrderEventData, type UpdateTicketStatusInput } from "./types"

/**
 * A seller moves its order along the kitchen flow (see ticket-rules.ts). Records the ticket
 * event with the acting member, emits `seller_order.<status>`, and:
 * - completed → the seller order is completed in Medusa and the part is settled: a fulfilment for
 *   its items on the shopper's order, delivered (reservations become shipped stock), its ledger
 *   line, and its money captured when it wasn't yet (cash received at handover);
 * - declined / cancelled → the seller's part is released: the parent order's reservations for
 *   its items are deleted, the seller order is canceled and its money is released (authorized:
 *   marked as not to capture; captured: refunded; last part standing: the parent is canceled
 *   by Medusa's cancelOrderWorkflow, which voids or refunds the rest).
 *
 * One update at a time per shopper's order (lock `order-parts:<parent id>`): two sellers
 * declining at the same moment must not both see the other part still going ahead (then nobody
 * cancels the parent and voids the payment). Money moves last, after every step that can still be
 * compensated; a payment provider refusing it leaves an open payment issue for staff (move-money.ts).
 */
export const updateTicketStatusWorkflow = createWorkflow(
  "update-ticket-status",
  (input: UpdateTicketStatusInput) => {
    const parentId = resolveParentOrderStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    const lockKey = transform({ parentId }, ({ parentId }) => `order-parts:${parentId}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })

    const plan = prepareTicketUpdateStep(input)

    const ticket = setTicketStatusStep(
      transform({ input, plan }, ({ input, plan }) => ({
        ticket_id: plan.ticket.id,
        from_status: plan.ticket.status,
        previous_reason: plan.ticket.reason,
        to_status: input.status,
        reason: input.reason,
        actor: input.actor,
      }))
    )

    when("complete-seller-order", { input }, ({ input }) => input.status === "completed").then(() => {
      completeOrdersStep(transform({ input }, ({ input }) => ({ orderIds: [input.order_id] })))
    })

    when("settle-seller-part", { plan }, ({ plan }) => !!plan.settle && plan.settle.items.length > 0).then(() => {
      const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ plan, input }, ({ plan, input }) => ({
          order_id: plan.settle!.parent_order_id,
          items: plan.settle!.items,
          shipping_option_id: plan.settle!.shipping_option_id ?? undefined,
          created_by: input.actor.id,
          no_notification: true,
          metadata: { seller_order_id: input.order_id },
        })),
      })
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
        input: transform({ plan, fulfillment }, ({ plan, fulfillment }) => ({
          orderId: plan.settle!.parent_order_id,
          fulfillmentId: fulfillment.id,
          no_notification: true,
        })),
      })
      recordLedgerEntryStep(transform({ plan }, ({ plan }) => plan.settle!.entry))
    })

    when("release-seller-part", { plan }, ({ plan }) => !!plan.release).then(() => {
      deleteReservationsByLineItemsStep(transform({ plan }, ({ plan }) => plan.release!.parent_line_item_ids))
      cancelOrdersStep(transform({ input }, ({ input }) => ({ orderIds: [input.order_id] })))
    })

    when("mark-released-amount", { plan }, ({ plan }) =>
      ["release", "refund"].includes(plan.release?.payment.action ?? "")
    ).then(
      () => {
        markReleasedAmountStep(
          transform({ plan }, ({ plan }) => ({ order_id: plan.release!.parent_order_id, amount: plan.release!.amount }))
        )
      }
    )

    // Money last: the goods moved; a refused capture or refund becomes an open payment issue.
    moveMoneyStep(
      transform({ plan, input }, ({ plan, input }) => ({
        move: moneyMoveOf(plan),
        actor_id: input.actor.id,
        note: `Seller order ${input.order_id} ${input.status}: ${input.reason ?? ""}`.trim(),
      }))
    )

    emitEventStep({
      eventName: transform({ input }, ({ input }) => sellerOrderEvent(input.status)),
      data: transform({ input, plan }, ({ input, plan }): SellerOrderEventData => ({
        id: input.order_id,
        parent_order_id: plan.parent_order_id,
        seller_id: input.seller_id,
        ticket_id: plan.ticket.id,
        from_status: plan.ticket.status,
        to_status: input.status,
        reason: input.reason?.trim() || null,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
      })),
    })

    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(ticket)
  }
)
