import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDistrictStep } from "./steps/update-district"
import { validateDistrictUpdateStep } from "./steps/validate-district-update"

export const DISTRICT_UPDATED_EVENT = "district.updated"

/** What city staff curate on a kecamatan; an omitted field is left unchanged, null clears it. */
export interface DistrictCuration {
  featured_rank?: number | null
  headline?: string | null
  story?: string | null
  hero_image_url?: string | null
  flagship_product_id?: string | null
}

export interface UpdateDistrictInput {
  code: string
  update: DistrictCuration
}

/**
 * Curates a kecamatan: featured rank, headline, story, hero image and flagship product. The
 * flagship must be a product of an approved seller of this kecamatan.
 */
export const updateDistrictWorkflow = createWorkflow("update-district", (input: UpdateDistrictInput) => {
  const { id } = validateDistrictUpdateStep(input)
  const district = updateDistrictStep(transform({ id, input }, ({ id, input }) => ({ id, update: input.update })))
  emitEventStep({
    eventName: DISTRICT_UPDATED_EVENT,
    data: transform({ id, input }, ({ id, input }) => ({ id, code: input.code })),
  })
  return new WorkflowResponse(district)
})
