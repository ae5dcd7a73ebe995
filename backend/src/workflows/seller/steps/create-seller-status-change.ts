import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { Actor } from "../types"

export interface CreateSellerStatusChangeStepInput {
  seller_id: string
  from_status: string | null
  to_status: string
  reason?: string | null
  actor: Actor
}

/** Records one status change (who, when, from → to, why). Compensation deletes the record. */
export const createSellerStatusChangeStep = createStep(
  "create-seller-status-change",
  async (input: CreateSellerStatusChangeStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const change = await service.createSellerStatusChanges({
      seller_id: input.seller_id,
      from_status: input.from_status,
      to_status: input.to_status,
      reason: input.reason?.trim() || null,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
    })
    return new StepResponse(change, change.id)
  },
  async (changeId, { container }) => {
    if (!changeId) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellerStatusChanges(changeId)
  }
)
