import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DOCUMENT_TYPES, type DocumentType } from "../../../modules/seller/models"
import { reviewSellerWorkflow } from "../../../workflows/seller/review-seller"
import { setSellerStatusWorkflow } from "../../../workflows/seller/set-seller-status"
import { verifySellerDocumentWorkflow } from "../../../workflows/seller/verify-seller-document"

/** One seller with these fields (query-config.ts), its status history newest first, or a 404. */
export async function retrieveAdminSeller(container: MedusaContainer, id: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields,
    filters: { id },
  })
  const seller = data[0] as (Record<string, unknown> & { status_changes?: { created_at: string | Date }[] }) | undefined
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${id} was not found`)
  }
  seller.status_changes = [...(seller.status_changes ?? [])].sort(
    (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  return seller
}

/**
 * The handler of POST /admin/sellers/:id/approve and /suspend: runs the status workflow as the
 * calling admin user and answers with the updated seller.
 */
export function sellerStatusHandler(status: "approved" | "suspended") {
  return async (req: AuthenticatedMedusaRequest<{ reason?: string | null }>, res: MedusaResponse) => {
    await setSellerStatusWorkflow(req.scope).run({
      input: {
        seller_id: req.params.id,
        status,
        reason: req.validatedBody.reason ?? null,
        actor: { type: "user", id: req.auth_context.actor_id },
      },
    })
    res.json({ seller: await retrieveAdminSeller(req.scope, req.params.id, req.queryConfig.fields) })
  }
}

/** The `:type` of a document route, or a 400. */
function documentTypeParam(req: AuthenticatedMedusaRequest): DocumentType {
  const type = req.params.type as DocumentType
  if (!DOCUMENT_TYPES.includes(type)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Document type must be one of: ${DOCUMENT_TYPES.join(", ")}`)
  }
  return type
}

/** The handler of POST /admin/sellers/:id/documents/:type/verify and /unverify. */
export function documentVerificationHandler(verified: boolean) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const type = documentTypeParam(req)
    await verifySellerDocumentWorkflow(req.scope).run({
      input: { seller_id: req.params.id, type, verified, actor: { type: "user", id: req.auth_context.actor_id } },
    })
    res.json({ seller: await retrieveAdminSeller(req.scope, req.params.id, req.queryConfig.fields) })
  }
}

/**
 * The handler of POST /admin/sellers/:id/request-changes and .../documents/:type/reject: a review
 * note recorded in the seller's history (decision 097), answered with the updated seller.
 */
export function sellerReviewHandler(kind: "request_changes" | "reject_document") {
  return async (req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) => {
    await reviewSellerWorkflow(req.scope).run({
      input: {
        seller_id: req.params.id,
        kind,
        document_type: kind === "reject_document" ? documentTypeParam(req) : undefined,
        reason: req.validatedBody.reason,
        actor: { type: "user", id: req.auth_context.actor_id },
      },
    })
    res.json({ seller: await retrieveAdminSeller(req.scope, req.params.id, req.queryConfig.fields) })
  }
}
