import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPOSURE_MODULE } from "../../../modules/exposure"
import type ExposureModuleService from "../../../modules/exposure/service"
import { existingSellerIds } from "../../../lib/queries/exposure"
import type { PostExposureType } from "./validators"

/**
 * POST /internal/exposure — the storefront server's flush of counted impressions (decision 102).
 * Entries of unknown sellers are ignored; the rest are added in one statement.
 */
export const POST = async (req: MedusaRequest<PostExposureType>, res: MedusaResponse) => {
  const { entries } = req.validatedBody
  const known = await existingSellerIds(req.scope, [...new Set(entries.map((e) => e.seller_id))])
  const kept = entries.filter((e) => known.has(e.seller_id))
  const exposure: ExposureModuleService = req.scope.resolve(EXPOSURE_MODULE)
  const rows = await exposure.addImpressions(kept)
  res.json({ rows, ignored: entries.length - kept.length })
}
