import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellerIdsOfDistrict } from "../../../lib/queries/districts"
import type { AdminListSellersQueryType } from "./validators"

/** GET /admin/sellers — sellers by status, kecamatan and free text, newest (or oldest) first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListSellersQueryType>, res: MedusaResponse) => {
  const { status, district_code, q, limit, offset, sort } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.q = q
  if (district_code) {
    const ids = await sellerIdsOfDistrict(req.scope, district_code)
    if (!ids.length) {
      res.json({ sellers: [], count: 0, limit, offset })
      return
    }
    filters.id = ids
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: sort === "oldest" ? "ASC" : "DESC", id: "ASC" } },
  })
  res.json({ sellers, count: metadata?.count ?? sellers.length, limit, offset })
}
