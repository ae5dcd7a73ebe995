import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cityFilter } from "../../../lib/queries/districts"
import { toAdminDistricts } from "./helpers"
import type { AdminListDistrictsQueryType } from "./validators"

/** GET /admin/districts — kecamatan by city; featured ones by rank, the others by code. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListDistrictsQueryType>, res: MedusaResponse) => {
  const { city, featured, q, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = { ...cityFilter(city) }
  if (featured !== undefined) filters.featured_rank = featured ? { $ne: null } : null
  if (q) filters.q = q
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "district",
    fields: req.queryConfig.fields,
    filters,
    pagination: { skip: offset, take: limit, order: { featured_rank: "ASC", code: "ASC" } },
  })
  res.json({ districts: await toAdminDistricts(req.scope, data as never), count: metadata?.count ?? data.length, limit, offset })
}
