import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteVendorProductWorkflow } from "../../../../workflows/vendor-product/delete-vendor-product"
import { updateVendorProductWorkflow } from "../../../../workflows/vendor-product/update-vendor-product"
import { sellerScope } from "../../seller-scope"
import { retrieveVendorProduct } from "../helpers"
import type { VendorUpdateProductType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ product: await retrieveVendorProduct(req.scope, sellerScope(req).seller_id, req.params.id, req.queryConfig.fields) })
}

export const POST = async (req: AuthenticatedMedusaRequest<VendorUpdateProductType>, res: MedusaResponse) => {
  const { seller_id } = sellerScope(req)
  await updateVendorProductWorkflow(req.scope).run({
    input: { seller_id, product_id: req.params.id, update: req.validatedBody },
  })
  res.json({ product: await retrieveVendorProduct(req.scope, seller_id, req.params.id, req.queryConfig.fields) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { seller_id } = sellerScope(req)
  await deleteVendorProductWorkflow(req.scope).run({ input: { seller_id, product_id: req.params.id } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
