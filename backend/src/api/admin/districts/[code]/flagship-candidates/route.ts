import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { flagshipCandidates } from "../../helpers"

/** GET /admin/districts/:code/flagship-candidates — approved sellers' store-visible products in this kecamatan. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ products: await flagshipCandidates(req.scope, req.params.code) })
}
