import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cityFilter } from "../../../lib/queries/districts"
import { toStoreDistricts, type DistrictRow } from "./helpers"
import type { StoreListDistrictsQueryType } from "./validators"

/**
 * GET /store/districts — kecamatan of a city: featured first (by featured_rank), then by name,
 * each with its approved sellers and store-visible products counted and its flagship product's
 * card; `featured=true` only the featured ones (the home page's "One District One Product").
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreListDistrictsQueryType>, res: MedusaResponse) => {
  const { city, featured, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = cityFilter(city)
  if (featured !== undefined) filters.featured_rank = featured ? { $ne: null } : null
  const { data, metadata } = await query.graph({
    entity: "district",
    fields: req.queryConfig.fields,
    filters,
    // PostgreSQL sorts NULL last in ascending order: featured (ranked) kecamatan come first.
    pagination: { skip: offset, take: limit, order: { featured_rank: "ASC", name: "ASC", code: "ASC" } },
  })
  const districts = await toStoreDistricts(
    req.scope,
    data as unknown as DistrictRow[],
    req.publishable_key_context.sales_channel_ids
  )
  res.json({
    districts: districts.map(({ district: { story: _story, ...district } }) => district),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
