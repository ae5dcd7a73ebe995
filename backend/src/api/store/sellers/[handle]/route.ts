import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { visibleProductPage } from "../../../../lib/queries/visible-products"
import { listStoreSellers } from "../helpers"
import type { StoreGetSellerParamsType } from "../validators"

/**
 * GET /store/sellers/:handle — one approved seller (404 otherwise) with one page of its
 * store-visible products (by title; `limit`, `offset`) and `product_count`, all of them.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetSellerParamsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const { sellers } = await listStoreSellers(req.scope, req.queryConfig.fields, { handle: req.params.handle }, { skip: 0, take: 1 })
  const seller = sellers[0]
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${req.params.handle} was not found`)
  }
  const scope = { sellerIds: [seller.id], salesChannelIds: req.publishable_key_context.sales_channel_ids }
  const { products, count } = await visibleProductPage(req.scope, scope, { limit, offset })
  res.json({
    seller: {
      ...seller,
      products: products.map(({ seller_id: _seller, ...card }) => card),
      product_count: count,
    },
    limit,
    offset,
  })
}
