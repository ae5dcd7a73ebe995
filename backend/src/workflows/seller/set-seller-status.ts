import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerStatus } from "../../modules/seller/models"
import { createSellerStatusChangeStep } from "./steps/create-seller-status-change"
import { syncProductVisibilityStep } from "./steps/sync-product-visibility"
import { updateSellerStatusStep } from "./steps/update-seller-status"
import type { Actor } from "./types"

export const SELLER_STATUS_EVENTS: Partial<Record<SellerStatus, string>> = {
  approved: "seller.approved",
  suspended: "seller.suspended",
}

export interface SetSellerStatusInput {
  seller_id: string
  status: Exclude<SellerStatus, "pending">
  reason?: string | null
  actor: Actor
}

/**
 * City staff approve or suspend a seller. Allowed: pending → approved | suspended,
 * approved → suspended, suspended → approved (a suspension needs a reason). Records who, when
 * and why, re-syncs the storefront visibility of all the seller's products and emits
 * `seller.approved` / `seller.suspended`. A lock per seller serialises concurrent decisions;
 * any failure restores the previous status and removes the record.
 */
export const setSellerStatusWorkflow = createWorkflow("set-seller-status", (input: SetSellerStatusInput) => {
  const lockKey = transform({ input }, ({ input }) => `seller-status:${input.seller_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })

  const { seller, previous_status } = updateSellerStatusStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, status: input.status, reason: input.reason }))
  )
  const statusChange = createSellerStatusChangeStep(
    transform({ input, previous_status }, ({ input, previous_status }) => ({
      seller_id: input.seller_id,
      from_status: previous_status,
      to_status: input.status,
      reason: input.reason,
      actor: input.actor,
    }))
  )
  syncProductVisibilityStep(transform({ input }, ({ input }) => ({ seller_ids: [input.seller_id] })))

  emitEventStep(
    transform({ input, previous_status }, ({ input, previous_status }) => ({
      eventName: SELLER_STATUS_EVENTS[input.status]!,
      data: { id: input.seller_id, from_status: previous_status, status: input.status, reason: input.reason ?? null },
    }))
  )
  releaseLockStep({ key: lockKey })

  return new WorkflowResponse({ seller, status_change: statusChange })
})
