import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildExposureReport } from "../../../lib/queries/exposure"
import type { AdminGetExposureType } from "./validators"

/**
 * GET /admin/exposure?from=&to= — how often each seller was shown to shoppers (per surface, per
 * kecamatan) and which sellers the rotation could show were not shown (lib/queries/exposure.ts).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetExposureType>, res: MedusaResponse) => {
  const { from, to } = req.validatedQuery as AdminGetExposureType
  res.json({ exposure: await buildExposureReport(req.scope, { from, to }) })
}
