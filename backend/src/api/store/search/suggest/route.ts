import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { DISTRICT_MODULE } from "../../../../modules/district"
import type DistrictModuleService from "../../../../modules/district/service"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { productIndexFor } from "../helpers"
import type { StoreSearchSuggestQueryType } from "../validators"

const PRODUCT_FIELDS = ["id", "handle", "title", "thumbnail", "price", "seller_name", "district_name", "city"]

/**
 * GET /store/search/suggest?q=&limit= — the search box: up to `limit` products, sellers and
 * kecamatan for what the shopper has typed so far. One query per kind, run in parallel:
 * products from the product index (prefix on the last word, typo tolerant, no count), approved
 * sellers by name, kecamatan by name.
 */
export async function GET(req: MedusaRequest<unknown, StoreSearchSuggestQueryType>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as StoreSearchSuggestQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const sellers: SellerModuleService = req.scope.resolve(SELLER_MODULE)
  const districts: DistrictModuleService = req.scope.resolve(DISTRICT_MODULE)
  const channels = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids: string[] } })
    .publishable_key_context?.sales_channel_ids ?? []
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

  const [products, sellerRows, districtRows] = await Promise.all([
    productIndexFor(req.scope).then((entity) =>
      query.search({
        entity,
        fields: PRODUCT_FIELDS,
        filters: { q, status: ProductStatus.PUBLISHED, sales_channel_ids: channels },
        pagination: { take: limit },
        search_options: { match_strategy: "last", typo_tolerance: true, count: "none" },
      })
    ),
    sellers.listSellers(
      { status: "approved", name: { $ilike: pattern } },
      { take: limit, select: ["id", "handle", "name", "logo_url"], order: { name: "ASC" } }
    ),
    districts.listDistricts(
      { name: { $ilike: pattern } },
      { take: limit, select: ["code", "name", "regency_name"], order: { name: "ASC" } }
    ),
  ])

  res.json({
    q,
    products: products.data,
    sellers: sellerRows.map(({ id, handle, name, logo_url }) => ({ id, handle, name, logo_url })),
    districts: districtRows.map(({ code, name, regency_name }) => ({ code, name, city: regency_name })),
  })
}
