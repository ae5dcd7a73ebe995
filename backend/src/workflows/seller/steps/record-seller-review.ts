import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type { DocumentType, SellerStatus } from "../../../modules/seller/models"
import type SellerModuleService from "../../../modules/seller/service"

/**
 * What a review note does besides being recorded in the status history:
 * - `request_changes`: a pending seller stays pending; `status_reason` becomes the request (the
 *   seller panel shows it);
 * - `reject_document`: the document's verification (and so its badge) is taken back if it had one;
 * - `expire_document`: the same, written by the nightly job for a document past its expiry.
 */
export type SellerReviewKind = "request_changes" | "reject_document" | "expire_document"

export interface RecordSellerReviewStepInput {
  seller_id: string
  kind: SellerReviewKind
  document_type?: DocumentType
}

interface Previous {
  seller?: { id: string; status_reason: string | null }
  document?: { id: string; verified: boolean; verified_at: Date | null; verified_by: string | null }
}

/**
 * Checks and applies a review note (see SellerReviewKind) and returns the seller's current status,
 * which the status-history record keeps (from = to: the status does not change). Compensation
 * restores the reason and the document's verification.
 */
export const recordSellerReviewStep = createStep(
  "record-seller-review",
  async (input: RecordSellerReviewStepInput & { reason: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [seller] = await service.listSellers({ id: input.seller_id }, { select: ["id", "status", "status_reason"] })
    if (!seller) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} was not found`)
    }
    const previous: Previous = {}
    if (input.kind === "request_changes") {
      if (seller.status !== "pending") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `status: only a pending seller can be asked for changes (this one is ${seller.status})`
        )
      }
      await service.updateSellers({ id: seller.id, status_reason: input.reason })
      previous.seller = { id: seller.id, status_reason: seller.status_reason ?? null }
    } else {
      const [document] = await service.listSellerDocuments({ seller_id: seller.id, type: input.document_type })
      if (!document) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `The seller has no ${input.document_type} document`)
      }
      if (document.verified) {
        await service.updateSellerDocuments({ id: document.id, verified: false, verified_at: null, verified_by: null })
        previous.document = {
          id: document.id,
          verified: true,
          verified_at: document.verified_at ?? null,
          verified_by: document.verified_by ?? null,
        }
      } else if (input.kind === "expire_document") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ${input.document_type} document carries no badge`)
      }
    }
    return new StepResponse({ status: seller.status as SellerStatus }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    if (previous.seller) await service.updateSellers(previous.seller)
    if (previous.document) await service.updateSellerDocuments(previous.document)
  }
)
