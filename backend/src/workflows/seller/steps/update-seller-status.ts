import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type { SellerStatus } from "../../../modules/seller/models"
import type SellerModuleService from "../../../modules/seller/service"

/** Which status a seller may move to from each status (city staff decisions). */
export const SELLER_STATUS_TRANSITIONS: Record<SellerStatus, readonly SellerStatus[]> = {
  pending: ["approved", "suspended"],
  approved: ["suspended"],
  suspended: ["approved"],
}

/** Throws a 400-style error unless `from → to` is an allowed transition (with a reason where required). */
export function assertSellerStatusTransition(from: SellerStatus, to: SellerStatus, reason?: string | null): void {
  if (from === to) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Seller is already ${to}`)
  }
  if (!SELLER_STATUS_TRANSITIONS[from]?.includes(to)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A seller can't go from ${from} to ${to}`)
  }
  if (to === "suspended" && !reason?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A suspension needs a reason")
  }
}

export interface UpdateSellerStatusStepInput {
  seller_id: string
  status: SellerStatus
  reason?: string | null
}

interface Previous {
  id: string
  status: SellerStatus
  status_reason: string | null
}

/**
 * Checks the transition against the seller's current status and sets status + status_reason.
 * Compensation puts the previous status and reason back.
 */
export const updateSellerStatusStep = createStep(
  "update-seller-status",
  async (input: UpdateSellerStatusStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [current] = await service.listSellers({ id: input.seller_id }, { select: ["id", "status", "status_reason"] })
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} was not found`)
    }
    assertSellerStatusTransition(current.status, input.status, input.reason)
    const seller = await service.updateSellers({
      id: current.id,
      status: input.status,
      status_reason: input.reason?.trim() || null,
    })
    const previous: Previous = { id: current.id, status: current.status, status_reason: current.status_reason ?? null }
    return new StepResponse({ seller, previous_status: current.status }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers({ id: previous.id, status: previous.status, status_reason: previous.status_reason })
  }
)
