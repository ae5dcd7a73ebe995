import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadDistrictsWorkflow } from "../../../../workflows/district/load-districts"
import type { AdminLoadDistrictsBodyType } from "../validators"

/** POST /admin/districts/load — load every kecamatan of some kabupaten/kota from idn-area-data (idempotent). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminLoadDistrictsBodyType>, res: MedusaResponse) => {
  const { result } = await loadDistrictsWorkflow(req.scope).run({
    input: { regency_codes: req.validatedBody.regency_codes },
  })
  res.json(result)
}
