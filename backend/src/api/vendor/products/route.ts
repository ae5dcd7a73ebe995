import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createVendorProductWorkflow } from "../../../workflows/vendor-product/create-vendor-product"
import { sellerScope } from "../seller-scope"
import { listVendorProducts, retrieveVendorProduct } from "./helpers"
import type { VendorCreateProductType, VendorListProductsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, VendorListProductsType>, res: MedusaResponse) => {
  const { limit, offset, q, status } = req.validatedQuery as VendorListProductsType
  const { products, count } = await listVendorProducts(req.scope, sellerScope(req).seller_id, req.queryConfig.fields, { limit, offset, q, status })
  res.json({ products, count, limit, offset })
}

export const POST = async (req: AuthenticatedMedusaRequest<VendorCreateProductType>, res: MedusaResponse) => {
  const { seller_id } = sellerScope(req)
  const { result } = await createVendorProductWorkflow(req.scope).run({
    input: { seller_id, product: req.validatedBody },
  })
  res.status(201).json({ product: await retrieveVendorProduct(req.scope, seller_id, result.id, req.queryConfig.fields) })
}
