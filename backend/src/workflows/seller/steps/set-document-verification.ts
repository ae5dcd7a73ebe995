import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type { DocumentType } from "../../../modules/seller/models"
import type SellerModuleService from "../../../modules/seller/service"

export interface SetDocumentVerificationStepInput {
  seller_id: string
  type: DocumentType
  verified: boolean
  /** The admin user who verifies; recorded as `verified_by`. */
  actor_id: string
}

interface Previous {
  id: string
  verified: boolean
  verified_at: Date | null
  verified_by: string | null
}

/**
 * Marks one of a seller's legality documents as verified (verified_at = now, verified_by = the
 * staff member) or takes the verification back. An expired document can't be verified.
 * Compensation restores the previous verification.
 */
export const setDocumentVerificationStep = createStep(
  "set-seller-document-verification",
  async (input: SetDocumentVerificationStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [seller] = await service.listSellers({ id: input.seller_id }, { select: ["id"] })
    if (!seller) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} was not found`)
    }
    const [document] = await service.listSellerDocuments({ seller_id: input.seller_id, type: input.type })
    if (!document) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `The seller has no ${input.type} document`)
    }
    if (document.verified === input.verified) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The ${input.type} document is already ${input.verified ? "verified" : "unverified"}`
      )
    }
    if (input.verified && document.expires_at && new Date(document.expires_at) <= new Date()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ${input.type} document has expired`)
    }
    const previous: Previous = {
      id: document.id,
      verified: document.verified,
      verified_at: document.verified_at ?? null,
      verified_by: document.verified_by ?? null,
    }
    const updated = await service.updateSellerDocuments({
      id: document.id,
      verified: input.verified,
      verified_at: input.verified ? new Date() : null,
      verified_by: input.verified ? input.actor_id : null,
    })
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellerDocuments(previous)
  }
)
