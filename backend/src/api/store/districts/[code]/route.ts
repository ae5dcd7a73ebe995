import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listStoreSellers } from "../../sellers/helpers"
import { storeSellerFields } from "../../sellers/query-config"
import { toStoreDistricts, type DistrictRow } from "../helpers"

/**
 * GET /store/districts/:code — one kecamatan with its story, its flagship product (when it is
 * visible in the store) and its approved sellers.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "district",
    fields: req.queryConfig.fields,
    filters: { code: req.params.code },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `District ${req.params.code} was not found`)
  }
  const [{ district, sellerIds }] = await toStoreDistricts(
    req.scope,
    data as unknown as DistrictRow[],
    req.publishable_key_context.sales_channel_ids
  )
  const { sellers } = sellerIds.length ? await listStoreSellers(req.scope, storeSellerFields, { id: sellerIds }) : { sellers: [] }
  res.json({ district: { ...district, sellers } })
}
