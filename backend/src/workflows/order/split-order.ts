import type { LinkDefinition, OrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "../../modules/seller"
import { createOrderTicketsStep } from "./steps/create-order-tickets"
import { discardSellerOrdersStep } from "./steps/discard-seller-orders"
import { prepareSellerSplitStep, type AdoptedChild, type SplitPlan } from "./steps/prepare-seller-split"

type RecordedChild = AdoptedChild
import { ORDER_METADATA, SELLER_ORDER_RECEIVED_EVENT, type SellerOrderEventData } from "./types"

export const SPLIT_LOCK_TIMEOUT_SECONDS = 30
export const SPLIT_LOCK_TTL_SECONDS = 120

export const splitLockKey = (orderId: string) => `split:${orderId}`

export interface SplitOrderResult {
  parent_order_id: string
  child_order_ids: string[]
}

/** The created seller order of each planned child, matched through its metadata.seller_id. */
function childOrdersBySeller(plan: SplitPlan, orders: OrderDTO[]) {
  return plan.children.map((child) => {
    const order = orders.find((o) => o.metadata?.[ORDER_METADATA.sellerId] === child.seller_id)!
    return { ...child, order_id: order.id }
  })
}

/**
 * Splits a shopper's order into one Medusa order per seller (the "seller orders"), each linked
 * to its seller and with a kitchen ticket (status received, pickup code). The shopper's order
 * stays the parent: it keeps the payment, the inventory reservations and the shipping fee.
 *
 * Idempotent and safe under concurrency: it runs under the `split:<order id>` lock and creates
 * nothing when seller orders already exist for the order. Used by the cart completion and by
 * the `order.placed` subscriber (orders completed elsewhere, e.g. by a payment webhook).
 */
export const splitOrderBySellerWorkflow = createWorkflow(
  "split-order-by-seller",
  (input: { order_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => splitLockKey(input.order_id))
    acquireLockStep({
      key: lockKey,
      timeout: SPLIT_LOCK_TIMEOUT_SECONDS,
      ttl: SPLIT_LOCK_TTL_SECONDS,
      executeOnSubWorkflow: true,
    })

    const plan = prepareSellerSplitStep({ order_id: input.order_id })

    const created = when("create-seller-orders", { plan }, ({ plan }) => plan.children.length > 0).then(() => {
      const orders = createOrdersStep(transform({ plan }, ({ plan }) => plan.children.map((c) => c.order)))
      return transform({ plan, orders }, ({ plan, orders }) => childOrdersBySeller(plan, orders))
    })

    // The seller orders to record: the ones just created and the ones a cut-off split left unrecorded.
    const toRecord = transform({ plan, created }, ({ plan, created }): RecordedChild[] => [
      ...(created ?? []).map((c) => ({ order_id: c.order_id, seller_id: c.seller_id, fulfillment_type: c.fulfillment_type, linked: false })),
      ...plan.adopted,
    ])

    when("record-seller-orders", { toRecord }, ({ toRecord }) => toRecord.length > 0).then(() => {
      createRemoteLinkStep(
        transform({ toRecord }, ({ toRecord }): LinkDefinition[] =>
          toRecord.filter((c) => !c.linked).map((c) => ({
            [SELLER_MODULE]: { seller_id: c.seller_id },
            [Modules.ORDER]: { order_id: c.order_id },
          }))
        )
      )

      const tickets = createOrderTicketsStep(
        transform({ toRecord, plan }, ({ toRecord, plan }) => ({
          tickets: toRecord.map((c) => ({
            order_id: c.order_id,
            parent_order_id: plan.parent_order_id,
            seller_id: c.seller_id,
            fulfillment_type: c.fulfillment_type,
          })),
          actor: { type: "system" as const, id: "checkout" },
        }))
      )

      emitEventStep({
        eventName: SELLER_ORDER_RECEIVED_EVENT,
        data: transform({ tickets, plan }, ({ tickets, plan }): SellerOrderEventData[] =>
          tickets.map((t) => ({
            id: t.order_id,
            parent_order_id: plan.parent_order_id,
            seller_id: t.seller_id,
            ticket_id: t.id,
            from_status: null,
            to_status: "received",
            reason: null,
            actor_type: "system",
            actor_id: "checkout",
          }))
        ),
      })
    })

    when("discard-unrecorded-seller-orders", { plan }, ({ plan }) => plan.discarded_ids.length > 0).then(() => {
      discardSellerOrdersStep(transform({ plan }, ({ plan }) => plan.discarded_ids))
    })

    releaseLockStep({ key: lockKey, executeOnSubWorkflow: true })

    return new WorkflowResponse(
      transform({ plan, toRecord }, ({ plan, toRecord }): SplitOrderResult => ({
        parent_order_id: plan.parent_order_id,
        child_order_ids: [...plan.existing_child_ids, ...toRecord.map((c) => c.order_id)],
      }))
    )
  }
)
