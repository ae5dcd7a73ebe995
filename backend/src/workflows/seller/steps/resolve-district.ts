import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRICT_MODULE } from "../../../modules/district"
import type DistrictModuleService from "../../../modules/district/service"

/** Finds a loaded kecamatan by its Kemendagri code, or fails with a 400-style error. */
export const resolveDistrictStep = createStep("resolve-district", async (code: string, { container }) => {
  const service: DistrictModuleService = container.resolve(DISTRICT_MODULE)
  const [district] = await service.listDistricts({ code }, { select: ["id", "code"] })
  if (!district) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown district_code "${code}" (kecamatan not loaded)`)
  }
  return new StepResponse(district)
})
