import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { sellerIdsOfDistrict } from "../../../lib/queries/districts"
import { listStoreSellers } from "./helpers"
import type { StoreListSellersQueryType } from "./validators"

/** GET /store/sellers — approved sellers by kecamatan, category and handle, sorted by name. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreListSellersQueryType>, res: MedusaResponse) => {
  const { district_code, category, handle, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (category) filters.categories = { $contains: [category] }
  if (handle) filters.handle = handle
  if (district_code) {
    const ids = await sellerIdsOfDistrict(req.scope, district_code)
    if (!ids.length) {
      res.json({ sellers: [], count: 0, limit, offset })
      return
    }
    filters.id = ids
  }
  const { sellers, count } = await listStoreSellers(req.scope, req.queryConfig.fields, filters, { skip: offset, take: limit })
  res.json({ sellers, count, limit, offset })
}
