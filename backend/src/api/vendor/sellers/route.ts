import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSellerWorkflow } from "../../../workflows/seller/create-seller"
import { onboardingIdentity, retrieveVendorSeller } from "./helpers"
import type { VendorCreateSellerType } from "./validators"

/**
 * Onboarding: a fresh `seller` identity creates its seller (status pending) and becomes its owner
 * member. The client then logs in again to get a token that carries the member id.
 */
export const POST = async (req: AuthenticatedMedusaRequest<VendorCreateSellerType>, res: MedusaResponse) => {
  const identity = await onboardingIdentity(req.scope, req.auth_context ?? {})
  const { result } = await createSellerWorkflow(req.scope).run({
    input: {
      seller: req.validatedBody,
      owner: { email: identity.email },
      auth_identity_id: identity.auth_identity_id,
      actor: { type: "seller", id: identity.auth_identity_id },
    },
  })
  res.status(201).json({ seller: await retrieveVendorSeller(req.scope, result.seller.id, req.queryConfig.fields) })
}
