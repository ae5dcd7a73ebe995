import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellerStatusChangeStep } from "./steps/create-seller-status-change"
import { recordSellerReviewStep, type RecordSellerReviewStepInput, type SellerReviewKind } from "./steps/record-seller-review"
import type { Actor } from "./types"

export const SELLER_REVIEW_EVENTS: Record<SellerReviewKind, string> = {
  request_changes: "seller.changes_requested",
  reject_document: "seller.document_rejected",
  expire_document: "seller.document_expired",
}

export interface ReviewSellerInput extends RecordSellerReviewStepInput {
  /** Shown to the seller in its status history (and as `status_reason` for a change request). */
  reason: string
  actor: Actor
}

/** The history line of a note: a document's notes name the document. */
const historyReason = ({ kind, document_type, reason }: ReviewSellerInput) =>
  kind === "request_changes" ? reason : `${document_type!.toUpperCase()}: ${reason}`

/**
 * A review note on a seller without a status change (decision 097): staff ask a pending seller for
 * changes, or reject one of its documents; the nightly job takes an expired document's badge off.
 * Each is recorded in the seller's status history (from = to = the current status) with who and
 * why, under the same per-seller lock as approve/suspend; a failure undoes everything.
 */
export const reviewSellerWorkflow = createWorkflow("review-seller", (input: ReviewSellerInput) => {
  const lockKey = transform({ input }, ({ input }) => `seller-status:${input.seller_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })

  const { status } = recordSellerReviewStep(
    transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      kind: input.kind,
      document_type: input.document_type,
      reason: historyReason(input),
    }))
  )
  const statusChange = createSellerStatusChangeStep(
    transform({ input, status }, ({ input, status }) => ({
      seller_id: input.seller_id,
      from_status: status,
      to_status: status,
      reason: historyReason(input),
      actor: input.actor,
    }))
  )
  emitEventStep(
    transform({ input }, ({ input }) => ({
      eventName: SELLER_REVIEW_EVENTS[input.kind],
      data: { id: input.seller_id, document_type: input.document_type ?? null, reason: input.reason },
    }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ status_change: statusChange })
})
