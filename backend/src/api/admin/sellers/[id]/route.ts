import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminSeller } from "../helpers"

/** GET /admin/sellers/:id — the seller with documents, kecamatan, members and status history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ seller: await retrieveAdminSeller(req.scope, req.params.id, req.queryConfig.fields) })
}
