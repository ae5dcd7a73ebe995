import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DocumentType } from "../../modules/seller/models"
import { setDocumentVerificationStep } from "./steps/set-document-verification"

export const SELLER_DOCUMENT_VERIFIED_EVENT = "seller.document_verified"
export const SELLER_DOCUMENT_UNVERIFIED_EVENT = "seller.document_unverified"

export interface VerifySellerDocumentInput {
  seller_id: string
  type: DocumentType
  /** true = verify, false = take the verification back. */
  verified: boolean
  /** The admin user (city staff) deciding. */
  actor: { type: "user"; id: string }
}

/**
 * City staff verify (or un-verify) a seller's NIB / PIRT / halal document. The store derives
 * the seller's badges from verified, unexpired documents.
 */
export const verifySellerDocumentWorkflow = createWorkflow(
  "verify-seller-document",
  (input: VerifySellerDocumentInput) => {
    const document = setDocumentVerificationStep(
      transform({ input }, ({ input }) => ({
        seller_id: input.seller_id,
        type: input.type,
        verified: input.verified,
        actor_id: input.actor.id,
      }))
    )
    emitEventStep(
      transform({ input }, ({ input }) => ({
        eventName: input.verified ? SELLER_DOCUMENT_VERIFIED_EVENT : SELLER_DOCUMENT_UNVERIFIED_EVENT,
        data: { seller_id: input.seller_id, type: input.type },
      }))
    )
    return new WorkflowResponse(document)
  }
)
