import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRICT_MODULE } from "../../../modules/district"
import type DistrictModuleService from "../../../modules/district/service"
import type { DistrictCuration } from "../update-district"

const CURATION_FIELDS = ["featured_rank", "headline", "story", "hero_image_url", "flagship_product_id"] as const

/** Applies the curation fields given; compensation writes the previous values back. */
export const updateDistrictStep = createStep(
  "update-district-curation",
  async (input: { id: string; update: DistrictCuration }, { container }) => {
    const service: DistrictModuleService = container.resolve(DISTRICT_MODULE)
    const fields = CURATION_FIELDS.filter((field) => input.update[field] !== undefined)
    const [current] = await service.listDistricts({ id: input.id }, { select: ["id", ...fields] })
    const previous = Object.fromEntries(fields.map((field) => [field, current[field] ?? null])) as DistrictCuration
    const district = await service.updateDistricts({ id: input.id, ...input.update })
    return new StepResponse(district, { id: input.id, previous })
  },
  async (data, { container }) => {
    if (!data) return
    const service: DistrictModuleService = container.resolve(DISTRICT_MODULE)
    await service.updateDistricts({ id: data.id, ...data.previous })
  }
)
