import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listStoreSellers, visibleProductsBySeller } from "../helpers"

/** GET /store/sellers/:handle — one approved seller with its store-visible products (404 otherwise). */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { sellers } = await listStoreSellers(req.scope, req.queryConfig.fields, { handle: req.params.handle }, { skip: 0, take: 1 })
  const seller = sellers[0]
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${req.params.handle} was not found`)
  }
  const products = await visibleProductsBySeller(req.scope, [seller.id], req.publishable_key_context.sales_channel_ids)
  res.json({ seller: { ...seller, products: products.get(seller.id) ?? [] } })
}
