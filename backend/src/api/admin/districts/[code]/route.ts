import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateDistrictWorkflow } from "../../../../workflows/district/update-district"
import { retrieveAdminDistrict } from "../helpers"
import type { AdminUpdateDistrictBodyType } from "../validators"

/** GET /admin/districts/:code */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ district: await retrieveAdminDistrict(req.scope, req.params.code, req.queryConfig.fields) })
}

/** POST /admin/districts/:code — curate: featured rank, headline, story, hero image, flagship product. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateDistrictBodyType>, res: MedusaResponse) => {
  await updateDistrictWorkflow(req.scope).run({ input: { code: req.params.code, update: req.validatedBody } })
  res.json({ district: await retrieveAdminDistrict(req.scope, req.params.code, req.queryConfig.fields) })
}
