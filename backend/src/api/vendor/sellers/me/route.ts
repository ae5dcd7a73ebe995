import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateSellerWorkflow } from "../../../../workflows/seller/update-seller"
import { sellerScope } from "../../seller-scope"
import { retrieveVendorSeller } from "../helpers"
import type { VendorUpdateSellerType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ seller: await retrieveVendorSeller(req.scope, sellerScope(req).seller_id, req.queryConfig.fields) })
}

export const POST = async (req: AuthenticatedMedusaRequest<VendorUpdateSellerType>, res: MedusaResponse) => {
  const scope = sellerScope(req)
  if (scope.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the seller's owner can change its profile")
  }
  await updateSellerWorkflow(req.scope).run({
    input: { seller_id: scope.seller_id, update: req.validatedBody },
  })
  res.json({ seller: await retrieveVendorSeller(req.scope, scope.seller_id, req.queryConfig.fields) })
}
